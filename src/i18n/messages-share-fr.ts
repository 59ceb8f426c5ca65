import type { shareEn } from './messages-share-en';

/** Texte français des liens de partage, exports et de la note imprimée. */
export const shareFr: Record<keyof typeof shareEn, string> = {
  'export.label': 'Exporter « {chart} »',
  'share.copy': 'Copier le lien',
  'share.copied': 'Lien copié',
  'share.copyFailed': 'Copie impossible : sélectionnez la barre d’adresse et copiez-la',
  'share.copyWithData': 'Copier le lien avec les données',
  'share.tooLarge':
    'Trop volumineux pour tenir dans un lien ({size} Ko ; la limite est de {limit} Ko). Déposez le fichier CSV sur un serveur web et partagez un lien vers lui, ou envoyez le fichier.',
  'dataset.linked': 'Données portées par ce lien',
  'dataset.remote': 'Données de {host}',
  'remote.title': 'Ce lien charge des données depuis {host}',
  'remote.explain': 'Cible va télécharger ce fichier dans votre navigateur (l’hébergeur voit votre adresse ; rien d’autre n’est envoyé) :',
  'remote.load': 'Charger les données de {host}',
  'remote.decline': 'Non, ouvrir les données d’exemple',
  'filters.target': "Version de l'objectif",
  'filters.targetLatest': 'En vigueur à la fin de la période',
  'filters.targetOption': 'Fixé le {date} : {amount} pour {year}',
  'filters.targetHint': "Mesuré par rapport à l'objectif tel qu'il était le {date}",
  'chart.bucketLabel': 'Regrouper par',
  'chart.showSeries': 'Afficher {name}',
  'filters.auto': 'Auto ({bucket})',
  'chart.seriesLegend': 'Canaux affichés',
  'print.button': 'Imprimer la note',
  'print.title': 'Note de synthèse',
  'print.dataset': 'Jeu de données',
  'print.filters': 'Filtres',
  'print.link': 'Ouvrir cette vue',
  'print.printedOn': 'Imprimé le {date}',
};
