import type { chartsEn } from './messages-charts-en';

/** Textes français des graphiques interactifs : filtres croisés, infobulles, modes de la tendance, axes. */
export const chartsFr: Record<keyof typeof chartsEn, string> = {
  'charts.tooltipItem': '{name} : {value}',
  'charts.tooltipShare': '{name} : {value} ({share})',
  'charts.total': 'Total',
  'charts.mode': 'Affichage',
  'charts.mode.stacked': 'Empilé (€)',
  'charts.mode.share': 'Part (100 %)',
  'charts.mode.multiples': 'Un graphique par canal',
  'charts.axisShare': 'Part du chiffre d’affaires',
  'charts.multiplesNote': 'Chaque canal à sa propre échelle : comparez les formes, pas les hauteurs.',
  'charts.filteredBy': 'Filtré par',
  'charts.kind.channel': 'canal',
  'charts.kind.platform': 'plateforme',
  'charts.kind.period': 'période',
  'charts.kind.retailer': 'enseigne',
  'charts.chipValue': '{kind} {value}',
  'charts.clear': 'Retirer le filtre « {value} »',
  'charts.clearHint': 'Échap retire tous les filtres posés d’un clic.',
  'charts.clickHint':
    'Cliquez ou appuyez sur Entrée sur une barre pour filtrer la page sur son canal, sur une date pour restreindre la période ; une seconde fois pour retirer le filtre.',
  'charts.segment': '{channel}, {bucket} : {value}. Filtrer la page sur {channel}.',
  'charts.segmentActive': '{channel}, {bucket} : {value}. La page est filtrée sur {channel} : appuyez à nouveau pour retirer le filtre.',
  'charts.bucketFilter': 'Filtrer la page sur {bucket}',
  'charts.platformFilter': '{platform} : filtrer la page sur cette plateforme',
  'charts.channelFilter': '{channel} : filtrer la page sur ce canal',
  'goal.missingTitle': 'Aucun objectif à atteindre',
  'goal.missing':
    'Le chiffre d’affaires est là ; c’est l’objectif qui manque : aucun objectif chargé dans ce jeu de données ne s’applique à cette sélection (un objectif vaut pour une enseigne, tous canaux ou un seul). Chargez un fichier d’objectifs dans la page Données ; le modèle en donne les colonnes.',
  'goal.templateTargets': 'Télécharger un modèle d’objectifs (CSV)',
  'goal.templateFees': 'Télécharger un modèle de commissions (CSV)',
  'fees.missingHint':
    'Une plateforme absente des barèmes de commission apparaît comme « commission non publiée » : indiquez son taux dans un fichier de commissions (modèle ci-dessous) et chargez-le dans la page Données.',
  'data.templatesTitle': 'Modèles à remplir',
  'data.templatesHelp':
    'Les objectifs (ce à quoi comparer le chiffre d’affaires) et les commissions des plateformes (ce que prend chacune) se chargent à côté des ventes : les modèles en donnent les colonnes exactes et une ligne d’exemple à remplacer.',
  'drivers.noEarlier': 'Aucune vente sur {previous} : pas d’année antérieure à laquelle comparer, donc pas de pont à tracer.',
  'charts.gapUnpublished': '{period} non publié',
  'charts.gapNoData': '{period} : pas de données',
  'filters.singleValue': '{filters} : une seule valeur dans ce jeu de données (ses chiffres ne sont pas ventilés ainsi), donc rien à filtrer.',
  'competition.coverage': 'chiffres pour {count} des {total} années ({years})',
  'competition.coverageAll': 'chiffres pour chaque année ({years})',
  'filters.platform': 'Plateforme',
};
