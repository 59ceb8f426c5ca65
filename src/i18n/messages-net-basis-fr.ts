import type { netBasisEn } from './messages-net-basis-en';

/** French text that says a figure is measured net of the platforms' commission (`basis=net`). */
export const netBasisFr: Record<keyof typeof netBasisEn, string> = {
  'chart.goalProgressSubNet':
    'Chiffre d’affaires cumulé net de commission sur la période de l’objectif, face à une trajectoire linéaire vers chaque version de l’objectif',
  'chart.cumulativeActualNet': 'Réalisé cumulé, net de commission',
  'chart.axisCumulativeNet': 'Chiffre d’affaires net cumulé (€)',
  'forecast.subtitleNet':
    'Chiffre d’affaires net de commission {unit}, prévision du modèle retenu avec son intervalle de prévision, et trajectoire de chaque version de l’objectif {period}',
  'forecast.axisNet': 'Chiffre d’affaires net {unit} (€)',
  'forecast.actualNet': 'Réalisé, net de commission',
  'pacing.basisNet':
    'Mesuré net de la commission des plateformes, comme les indicateurs : réalisé, rythmes, projections et prévision (commission telle qu’enregistrée, sinon selon le barème en vigueur).',
  'scenario.resultNet':
    'Avec ce scénario : {amount} net de commission à l’échéance ({change}), {percent} de l’objectif — {status}. Avant commission : {gross}.',
  'scenario.resultNeutralNet': 'Au rythme actuel : {amount} net de commission à l’échéance, {percent} de l’objectif — {status}. Avant commission : {gross}.',
  'scenario.rowGross': 'Avant commission',
  'phasing.actualNet': 'Réalisé, net',
};
