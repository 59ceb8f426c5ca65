/**
 * French for the text that comes with the bundled datasets (`data/public/`, `data/sample/`):
 * target and event labels, fee-schedule labels, what the revenue measures (`metric`) and the
 * sources that are not web addresses. The data stays English (it is shared with the command line,
 * the SQL console and exports); the page translates at display time, like the ingest's messages.
 *
 * Keyed by the exact English text of the bundled rows: an uploaded file's labels are shown as
 * written (unless they repeat a bundled label word for word, which then reads in French too).
 * A test checks that every such text of the bundled files has its entry here, so a row added
 * to the data without a translation fails rather than showing English on the French page.
 * The sources are French press; the wording follows them ("chiffre d’affaires e-commerce
 * alimentaire", A8 in shared/FIGURES.md) and the page's own terms ("GMV e-commerce").
 */
const LABELS: ReadonlyMap<string, string> = new Map([
  // targets.csv: label
  ['Carrefour 2022 plan: €5bn of food e-commerce sales in 2022', 'Plan Carrefour 2022 : 5 Md€ de ventes e-commerce alimentaire en 2022'],
  ['Restated: €4.2bn of food e-commerce revenue in 2022', 'Objectif révisé : 4,2 Md€ de chiffre d’affaires e-commerce alimentaire en 2022'],
  ['Carrefour 2026 plan: triple e-commerce GMV to €10bn by 2026', 'Plan Carrefour 2026 : tripler la GMV e-commerce pour atteindre 10 Md€ en 2026'],
  [
    'Illustrative goal: €250m of Monoprix e-commerce in 2022 (no public target exists)',
    'Objectif illustratif : 250 M€ de chiffre d’affaires e-commerce Monoprix en 2022 (aucun objectif public n’existe)',
  ],
  // targets.csv and sales.csv: metric
  ['food e-commerce sales', 'ventes e-commerce alimentaire'],
  ['online sales (food e-commerce)', 'ventes en ligne (e-commerce alimentaire)'],
  ['e-commerce GMV', 'GMV e-commerce'],
  ['analyst estimate (midpoint of €10–15m)', 'estimation d’analyste (milieu de la fourchette de 10 à 15 M€)'],
  ['illustrative', 'illustratif'],
  // events.csv: label
  ['Carrefour 2022 plan: €5bn food e-commerce goal for 2022', 'Plan Carrefour 2022 : objectif de 5 Md€ de chiffre d’affaires e-commerce alimentaire en 2022'],
  ['Monoprix × Amazon Prime Now partnership announced', 'Annonce du partenariat Monoprix × Amazon Prime Now'],
  ['Carrefour × Google partnership announced', 'Annonce du partenariat Carrefour × Google'],
  ['Goal restated: €4.2bn in 2022 (was €5bn)', 'Objectif révisé : 4,2 Md€ en 2022 (au lieu de 5 Md€)'],
  ['Voice grocery shopping launches on Google Assistant', 'Lancement des courses alimentaires à la voix sur l’Assistant Google'],
  ['Carrefour 2026 plan: €10bn e-commerce GMV by 2026', 'Plan Carrefour 2026 : 10 Md€ de GMV e-commerce d’ici 2026'],
  [
    'Metric change: food e-commerce sales (to 2020) → e-commerce GMV (from 2022); 2021 value not published',
    'Changement d’indicateur : ventes e-commerce alimentaire (jusqu’en 2020) → GMV e-commerce (à partir de 2022) ; valeur 2021 non publiée',
  ],
  ['2022 results: €4.2bn e-commerce GMV, restated goal met', 'Résultats 2022 : 4,2 Md€ de GMV e-commerce, objectif révisé atteint'],
  // platform_fees.csv: label
  [
    "Shopping Actions France: Google's published example rate (Carrefour's own rate undisclosed)",
    'Shopping Actions France : taux publié en exemple par Google (le taux propre à Carrefour n’a pas été divulgué)',
  ],
  [
    "Illustrative: Google's rate on voice orders is undisclosed; the Shopping Actions example rate is assumed",
    'Illustratif : le taux de Google sur les commandes vocales n’est pas divulgué ; le taux d’exemple de Shopping Actions est retenu',
  ],
  ["Amazon's commission on Monoprix baskets, about 8% (Europe 1)", 'Commission d’Amazon sur les paniers Monoprix, environ 8 % (Europe 1)'],
  ['Own channel: no platform commission', 'Canal propre : aucune commission de plateforme'],
  // Sources that are not web addresses (sample sales, the sample's Monoprix goal).
  [
    'Illustrative: data/generate-sample.ts (seed 20180611), yearly totals calibrated to public figures',
    'Illustratif : data/generate-sample.ts (graine 20180611), totaux annuels calés sur les chiffres publiés',
  ],
  ['Illustrative: data/sample/PROVENANCE.md', 'Illustratif : data/sample/PROVENANCE.md'],
]);

/** Several goals' labels shown together (a scope of several retailers) are joined like this by the KPI query. */
const JOINED = ' · ';

/** The French of a bundled dataset's text, or the text itself when it has none (uploads, names). */
export function bundledLabelFr(text: string): string {
  const exact = LABELS.get(text);
  if (exact !== undefined) return exact;
  return text.includes(JOINED)
    ? text
        .split(JOINED)
        .map((part) => LABELS.get(part) ?? part)
        .join(JOINED)
    : text;
}

/** Whether the text has a French translation here (for the test that every bundled text has one). */
export function hasBundledLabelFr(text: string): boolean {
  return LABELS.has(text);
}
