import type { typedEn } from './messages-typed-en';

/** Textes des objectifs et taux de commission saisis sur la page (à côté de « aucun objectif »). */
export const typedFr: Record<keyof typeof typedEn, string> = {
  'typed.goalTitle': 'Ou saisissez l’objectif',
  'typed.goalHelp':
    'Conservé avec ce jeu de données comme un fichier d’objectifs (il suit aussi dans les liens partagés). Il compte comme connu depuis le {date}.',
  'typed.retailer': 'Enseigne',
  'typed.amount': 'Objectif (€)',
  'typed.amountHint': 'p. ex. 5 000 000 ou 5,5 Md€',
  'typed.deadline': 'Échéance (année ou dernier jour)',
  'typed.deadlineHint': 'p. ex. 2024 ou 30/06/2025',
  'typed.source': 'Source (facultative)',
  'typed.sourceHint': 'une adresse web ou une note',
  'typed.saveGoal': 'Mesurer face à cet objectif',
  'typed.goalLabel': '{amount} d’ici {deadline} (saisi sur le tableau de bord)',
  'typed.sourceDefault': 'Saisi sur le tableau de bord le {date}',
  'typed.badAmount': 'Saisissez un montant en euros, p. ex. 5 000 000 ou 5,5 Md€.',
  'typed.badDeadline': 'Saisissez une année (2024) ou un jour (31/12/2024).',
  'typed.badRate': 'Saisissez un taux entre 0 et 100 %.',
  'typed.saving': 'Enregistrement…',
  'typed.savedGoal': 'Objectif enregistré avec ce jeu de données.',
  'typed.savedFee': 'Taux enregistré avec ce jeu de données.',
  'typed.failed': 'Non enregistré : {reason}',
  'typed.feeTitle': 'Ou saisissez son taux',
  'typed.feeHelp': 'Appliqué dès le premier jour des données, comme un fichier de commissions (conservé avec ce jeu de données).',
  'typed.platform': 'Plateforme',
  'typed.rate': 'Commission (% du panier)',
  'typed.rateHint': 'p. ex. 12,5',
  'typed.saveFee': 'Utiliser ce taux',
  'typed.feeLabel': 'Commission de {rate} (saisie sur le tableau de bord)',
};
