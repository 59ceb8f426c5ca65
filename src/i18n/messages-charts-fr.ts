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
  'charts.chipValue': '{kind} {value}',
  'charts.clear': 'Retirer le filtre « {value} »',
  'charts.clearHint': 'Échap retire tous les filtres posés d’un clic.',
  'charts.clickHint': 'Cliquez ou appuyez sur Entrée sur une barre pour filtrer la page sur son canal, sur une date pour restreindre la période ; une seconde fois pour retirer le filtre.',
  'charts.segment': '{channel}, {bucket} : {value}. Filtrer la page sur {channel}.',
  'charts.segmentActive': '{channel}, {bucket} : {value}. La page est filtrée sur {channel} : appuyez à nouveau pour retirer le filtre.',
  'charts.bucketFilter': 'Filtrer la page sur {bucket}',
  'charts.platformFilter': '{platform} : filtrer la page sur cette plateforme',
  'charts.channelFilter': '{channel} : filtrer la page sur ce canal',
};
