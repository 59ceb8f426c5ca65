/**
 * English text of what the browser's stores and the datasets read from them report: a store
 * that is missing or refused, a dataset that is not there or was changed in another tab, the
 * data carried by a link.
 */
export const storageEn = {
  'storage.noOpfs': 'OPFS is not available.',
  'storage.noIndexedDb': 'IndexedDB is not available in this browser.',
  'storage.indexedDbFailed': 'IndexedDB request failed',
  'storage.noCrypto': 'sha256Hex needs crypto.subtle, which browsers only provide on HTTPS or localhost.',
  'storage.invalidId': 'Invalid dataset id {id}: expected a lower-case letter followed by at most 62 lower-case letters, digits or "_".',
  'storage.invalidFileName': 'Invalid file name {name}: use 1-255 of A-Z a-z 0-9 . _ - (not "{reserved}").',
  'storage.duplicateFileName': 'Duplicate file name {name} in dataset {dataset}.',
  'storage.conflict': 'Dataset {dataset} was changed elsewhere (expected {expected}, found {found}); nothing was saved.',
  'storage.revision': 'revision {revision}',
  'storage.noDataset': 'no dataset',
  'storage.none': 'none',
  'dataset.notStored': 'Dataset "{dataset}" is not stored in this browser. Upload its files again on the Data page.',
  'dataset.incomplete': 'Dataset "{dataset}" is incomplete in this browser\'s storage (no {table}); upload it again.',
  'dataset.unknown': 'Unknown dataset "{dataset}"',
  'dataset.downloadFailed': 'Could not download {url}: HTTP {status}',
  'link.dataAddressMissing': 'This link’s data address is missing.',
  'link.dataMissing': 'This link’s data is missing. Ask the sender for a new link.',
  'link.dataUnreadable': 'This link’s data cannot be opened: {reason}. Ask the sender for a new link.',
  'link.data.tooLong': 'the data in this link is longer than {limit} characters',
  'link.data.unknownFormat': 'the data in this link is not in a format this version of Cible reads',
  'link.data.tooLarge': 'the data in this link unpacks to more than {limit} MB',
  'link.data.incomplete': 'the data in this link is incomplete',
  'link.data.damaged': 'the data in this link is damaged (truncated or altered)',
} as const;
