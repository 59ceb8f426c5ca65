import type { snapshotEn } from './messages-snapshot-en';

/** Texte français du premier affichage calculé à la construction du site. */
export const snapshotFr: Record<keyof typeof snapshotEn, string> = {
  'snapshot.badge': 'Calculé à la construction du site · passage au direct…',
  'snapshot.help':
    'Ces chiffres ont été calculés sur les données fournies lors de la construction du site ({date}) ; la base de données du navigateur démarre et donnera les mêmes chiffres dans un instant.',
};
