/** English text for the theme, phone and accessibility work. */
export const themeEn = {
  'theme.dark': 'Dark mode',
  'theme.help': 'Switch between light and dark colours; kept in this browser. Without a choice the page follows your system.',
  'overview.heading': 'Overview: revenue against the goal',
  'data.heading': 'Data: upload and manage datasets',
  'console.placeholderHint': '-- Write a query, for example: SELECT channel, sum(revenue_eur) FROM sales GROUP BY ALL',
};
