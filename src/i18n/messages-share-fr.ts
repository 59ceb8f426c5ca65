import type { shareEn } from './messages-share-en';

/** Texte français des liens de partage, exports et de la note imprimée. */
export const shareFr: Record<keyof typeof shareEn, string> = {
  'export.label': 'Exporter « {chart} »',
  'share.copy': 'Copier le lien',
  'share.copied': 'Lien copié',
  'share.copyFailed': 'Copie impossible : sélectionnez la barre d’adresse et copiez-la',
  'share.copyWithData': 'Copier le lien avec les données',
  'share.tooLarge': 'Trop volumineux pour tenir dans un lien ({size} Ko ; la limite est de {limit} Ko). Déposez le fichier CSV sur un serveur web et partagez un lien vers lui, ou envoyez le fichier.',
  'dataset.linked': 'Données portées par ce lien',
  'print.button': 'Imprimer la note',
  'print.title': 'Note de synthèse',
  'print.dataset': 'Jeu de données',
  'print.filters': 'Filtres',
  'print.link': 'Ouvrir cette vue',
  'print.printedOn': 'Imprimé le {date}',
};
