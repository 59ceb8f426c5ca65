/** English text of fault handling: the database engine died and was restarted. */
export const robustEn = {
  'restart.restarting': 'The database engine stopped ({reason}); restarting it and reloading your data…',
  'restart.restarted': 'The database engine stopped ({reason}) and was restarted; your data was reloaded from its stored copy. Plain tables loaded for SQL only (not part of a dataset) must be loaded again.',
  'restart.dismiss': 'Dismiss',
} as const;
