import type { goalEn } from './messages-goal-en';

/** Texte français de l’objectif jugé à une date (voir messages-goal-en.ts). */
export const goalFr: Record<keyof typeof goalEn, string> = {
  'kpi.goal': 'Objectif',
  'kpi.goalDetail': 'pour {period} · fixé le {date}',
  'kpi.goalNotSetYet': 'pas encore fixé au {asOf} : fixé pour la première fois le {date} ({amount})',
  'kpi.targetPhased': 'L’objectif {year} ramené à cette période : {path} depuis les {baseAmount} de {base}',
  'kpi.targetPhasedNoBase': 'Réparti sur {period}',
  'kpi.pathCompound': 'croissance annuelle constante',
  'kpi.pathLinear': 'ligne droite',
  'kpi.measuredFrom':
    'Mesuré sur {period}. {base} est la dernière année complète connue quand l’objectif a été fixé : la trajectoire part de son réalisé, elle n’est donc pas comparée à une cible.',
  'kpi.measuredNone':
    'Cette période se termine avant le {date}, où commence la trajectoire vers l’objectif : il n’y a pas de cible à lui comparer. L’objectif et sa prévision sont affichés.',
  'kpi.projectionAhead': 'Prévision de {period} à partir des données jusqu’au {asOf} ; intervalle à {level} : {lower} – {upper}',
  'kpi.projectionAheadNone': 'Trop peu d’historique au {asOf} pour prévoir {period}',
  'goal.growth': 'Pour atteindre {goal} en {year} : {required} par an depuis {runRate} (les 12 mois au {end}) ; croissance sur la dernière année : {achieved}.',
  'goal.growthYearly': 'Pour atteindre {goal} en {year} : {required} par an depuis {runRate} ({end}) ; croissance sur la dernière année : {achieved}.',
  'goal.growthUnknown': 'inconnue',
  'goal.notFound': 'Aucun objectif ne se termine le {date} pour cette sélection : voici l’objectif qui compte au {asOf}.',
  'pacing.aheadAsOf':
    'Jugé au {asOf}, avant la période de l’objectif ({period}) : la prévision de cette période, ajustée sur l’historique jusqu’au {asOf}, face à l’objectif.',
  'pacing.aheadProjection': 'Prévision pour {period}',
  'pacing.aheadProjectionValue': '{amount} ({percent} de l’objectif de {goal}) ; intervalle à {level} : {lower} – {upper}',
  'pacing.aheadGrowth': 'Croissance nécessaire chaque année',
  'pacing.aheadScenario': 'Les scénarios portent sur la période de l’objectif : ils s’ouvrent dès que la date d’observation y entre.',
  'filters.goal': 'Objectif',
  'filters.goalAuto': 'L’objectif qui compte à la fin de la période',
  'filters.goalGroup': 'Objectif pour {period}',
  'filters.goalOption': '{amount} pour {year}',
  'filters.goalVersion': '{amount}, fixé le {date}',
  'filters.datePlaceholder': 'jj/mm/aaaa',
  'filters.dateInvalid': 'Saisissez un jour au format jj/mm/aaaa, du {min} au {max}.',
  'filters.asOf': 'Au',
  'filters.asOfHelp': 'Voir le tableau de bord tel qu’il était à une date : les données jusqu’à ce jour et les objectifs connus alors.',
  'progress.aheadTitle': 'Progression vers l’objectif',
  'progress.aheadSubtitle':
    'Chiffre d’affaires réalisé {unit} jusqu’au {asOf}, la trajectoire phasée de chaque version de l’objectif jusqu’au {deadline}, et la prévision avec son intervalle à {level}',
  'progress.forecast': 'Prévision (somme annuelle des mois du modèle)',
  'progress.goalMarker': 'Objectif : {amount}',
  'progress.noTarget':
    'Pas de cible pour cette sélection, donc pas de trajectoire à tracer. Le chiffre d’affaires est affiché plus haut ; chargez un fichier d’objectifs dans la page Données, ou retirez les filtres de région, catégorie ou canal.',
};
