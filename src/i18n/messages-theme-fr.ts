import type { themeEn } from './messages-theme-en';

/** Textes du thème, de l'affichage sur téléphone et de l'accessibilité. */
export const themeFr: Record<keyof typeof themeEn, string> = {
  'theme.dark': 'Mode sombre',
  'theme.help': 'Passer des couleurs claires aux sombres ; conservé dans ce navigateur. Sans choix, la page suit votre système.',
  'overview.heading': 'Vue d’ensemble : le chiffre d’affaires face à l’objectif',
  'data.heading': 'Données : importer et gérer les jeux de données',
  'console.placeholderHint': '-- Écrivez une requête, par exemple : SELECT channel, sum(revenue_eur) FROM sales GROUP BY ALL',
};
