import type { robustEn } from './messages-robust-en';

/** Texte français de la gestion des pannes : le moteur de base de données s’est arrêté et a redémarré. */
export const robustFr: Record<keyof typeof robustEn, string> = {
  'restart.restarting': 'Le moteur de base de données s’est arrêté ({reason}) ; redémarrage et rechargement de vos données…',
  'restart.restarted': 'Le moteur de base de données s’est arrêté ({reason}) et a été redémarré ; vos données ont été rechargées depuis leur copie enregistrée. Les tables simples chargées pour le SQL seulement (hors jeu de données) sont à charger à nouveau.',
  'restart.dismiss': 'Fermer',
};
