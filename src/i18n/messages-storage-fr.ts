import type { storageEn } from './messages-storage-en';

/** Texte français de ce que rapportent les stockages du navigateur et les données d’un lien. */
export const storageFr: Record<keyof typeof storageEn, string> = {
  'storage.noOpfs': 'OPFS n’est pas disponible.',
  'storage.noIndexedDb': 'IndexedDB n’est pas disponible dans ce navigateur.',
  'storage.indexedDbFailed': 'La requête IndexedDB a échoué',
  'storage.noCrypto': 'sha256Hex a besoin de crypto.subtle, que les navigateurs ne fournissent qu’en HTTPS ou sur localhost.',
  'storage.invalidId':
    'Identifiant de jeu de données invalide {id} : une lettre minuscule suivie d’au plus 62 lettres minuscules, chiffres ou « _ » est attendue.',
  'storage.invalidFileName': 'Nom de fichier invalide {name} : utilisez de 1 à 255 caractères parmi A-Z a-z 0-9 . _ - (pas « {reserved} »).',
  'storage.duplicateFileName': 'Nom de fichier en double {name} dans le jeu de données {dataset}.',
  'storage.conflict': 'Le jeu de données {dataset} a été modifié ailleurs (attendu : {expected}, trouvé : {found}) ; rien n’a été enregistré.',
  'storage.revision': 'révision {revision}',
  'storage.noDataset': 'aucun jeu de données',
  'storage.none': 'aucun',
  'dataset.notStored': 'Le jeu de données « {dataset} » n’est pas enregistré dans ce navigateur. Chargez à nouveau ses fichiers depuis la page Données.',
  'dataset.incomplete': 'Le jeu de données « {dataset} » est incomplet dans le stockage de ce navigateur (pas de {table}) ; chargez-le à nouveau.',
  'dataset.unknown': 'Jeu de données inconnu « {dataset} »',
  'dataset.downloadFailed': 'Impossible de télécharger {url} : HTTP {status}',
  'link.dataAddressMissing': 'L’adresse des données de ce lien manque.',
  'link.dataMissing': 'Les données de ce lien manquent. Demandez un nouveau lien à l’expéditeur.',
  'link.dataUnreadable': 'Les données de ce lien ne peuvent pas être ouvertes : {reason}. Demandez un nouveau lien à l’expéditeur.',
  'link.data.tooLong': 'les données de ce lien dépassent {limit} caractères',
  'link.data.unknownFormat': 'les données de ce lien ne sont pas dans un format que cette version de Cible sait lire',
  'link.data.tooLarge': 'les données de ce lien dépassent {limit} Mo une fois décompressées',
  'link.data.incomplete': 'les données de ce lien sont incomplètes',
  'link.data.damaged': 'les données de ce lien sont endommagées (tronquées ou modifiées)',
};
