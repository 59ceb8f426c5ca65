import type { engineEn } from './messages-engine-en';

/** Texte français de ce que rapporte le moteur de base de données : requête annulée ou mal lue, arrêt et redémarrage. */
export const engineFr: Record<keyof typeof engineEn, string> = {
  'restart.restarting': 'Le moteur de base de données s’est arrêté ({reason}) ; redémarrage et rechargement de vos données…',
  'restart.restarted':
    'Le moteur de base de données s’est arrêté ({reason}) et a été redémarré ; vos données ont été rechargées depuis leur copie enregistrée. Les tables simples chargées pour le SQL seulement (hors jeu de données) sont à charger à nouveau.',
  'restart.dismiss': 'Fermer',
  'restart.gaveUp':
    'Le moteur de base de données s’est arrêté {count} fois en quelques minutes (dernière fois : {reason}) ; il n’est plus redémarré. Les données sont peut-être trop volumineuses pour cet appareil : rechargez la page, ou ouvrez un jeu de données plus petit.',
  'engine.cancelled': 'Requête annulée par l’utilisateur (INTERRUPT)',
  'engine.notNumeric': 'La colonne « {column} » n’est pas numérique dans ce résultat ({columns})',
  'engine.notText': 'La colonne « {column} » n’est pas du texte dans ce résultat ({columns})',
};
