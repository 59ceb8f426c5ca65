/** English text of what the database engine reports: a query cancelled or misread, the engine died and was restarted. */
export const engineEn = {
  'restart.restarting': 'The database engine stopped ({reason}); restarting it and reloading your data…',
  'restart.restarted':
    'The database engine stopped ({reason}) and was restarted; your data was reloaded from its stored copy. Plain tables loaded for SQL only (not part of a dataset) must be loaded again.',
  'restart.dismiss': 'Dismiss',
  'restart.gaveUp':
    'The database engine stopped {count} times in a few minutes (last: {reason}); it is not restarted again. The data may be too large for this device: reload the page, or open a smaller dataset.',
  'engine.cancelled': 'Query cancelled by the user (INTERRUPT)',
  'engine.notNumeric': 'Column "{column}" is not numeric in this result ({columns})',
  'engine.notText': 'Column "{column}" is not text in this result ({columns})',
} as const;
