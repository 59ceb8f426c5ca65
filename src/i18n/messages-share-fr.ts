import type { shareEn } from './messages-share-en';

/** Texte français des liens de partage, exports et de la note imprimée. */
export const shareFr: Record<keyof typeof shareEn, string> = {
  'export.label': 'Exporter « {chart} »',
  'share.copy': 'Copier le lien',
  'share.copied': 'Lien copié',
  'share.copyFailed': 'Copie impossible : sélectionnez la barre d’adresse et copiez-la',
  'print.button': 'Imprimer la note',
  'print.title': 'Note de synthèse',
  'print.dataset': 'Jeu de données',
  'print.filters': 'Filtres',
  'print.link': 'Ouvrir cette vue',
  'print.printedOn': 'Imprimé le {date}',
};
