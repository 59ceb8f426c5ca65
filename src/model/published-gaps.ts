/**
 * What the public figures do not say, and where that is documented (shared/FIGURES.md). The
 * competition view shows these beside the numbers instead of leaving a blank or inventing one.
 * Each note's text lives in the messages (`gap.<id>`); its source is here.
 */

export type GapFigure = 'year' | 'channels' | 'commission' | 'revenue';

export interface PublishedGap {
  id: 'carrefour2021' | 'googleChannels' | 'googleRate' | 'monoprixEstimate' | 'monoprixCommission';
  dataset: string;
  retailer: string;
  figure: GapFigure;
  /** For `year`: the calendar year that was not published. */
  year?: number;
  source: string;
}

export const PUBLISHED_GAPS: readonly PublishedGap[] = [
  // FIGURES.md A11: only growth rates were published for 2021.
  {
    id: 'carrefour2021',
    dataset: 'public',
    retailer: 'Carrefour',
    figure: 'year',
    year: 2021,
    source: 'https://financialreports.eu/filings/carrefour/earnings-release/2022/888050',
  },
  // B6/B7: no revenue figure through Google Assistant or Google Shopping, for any year.
  {
    id: 'googleChannels',
    dataset: 'public',
    retailer: 'Carrefour',
    figure: 'channels',
    source: 'https://www.groceryretailonline.com/doc/voice-grocery-shopping-e-commerce-launched-carrefour-google-in-france-0001',
  },
  // C1: Google refused to say how much it takes.
  {
    id: 'googleRate',
    dataset: 'public',
    retailer: 'Carrefour',
    figure: 'commission',
    source: 'https://quantstreams.com/2018/06/17/up-magazine-gafa-la-grande-distribution-francaise-dans-la-gueule-du-loup/',
  },
  // D4/D5: the €10–15m analyst estimate is the only figure; "€200m a year" was not found.
  {
    id: 'monoprixEstimate',
    dataset: 'public',
    retailer: 'Monoprix',
    figure: 'channels',
    source:
      'https://www.francetvinfo.fr/sante/alimentation/amazon-monoprix-un-accord-symbolique-sur-un-tout-petit-marche-qui-n-a-probablement-pas-vocation-a-devenir-tres-gros_2677226.html',
  },
  // D2: Amazon's ~8% is reported by Europe 1, not stated by either company.
  {
    id: 'monoprixCommission',
    dataset: 'public',
    retailer: 'Monoprix',
    figure: 'commission',
    source: 'http://www.europe1.fr/economie/livraisons-a-domicile-amazon-est-un-partenaire-pas-un-concurrent-assure-le-president-de-monoprix-3753938',
  },
];

export function publishedGaps(dataset: string, retailer: string, figure: GapFigure): PublishedGap[] {
  return PUBLISHED_GAPS.filter((g) => g.dataset === dataset && g.retailer === retailer && g.figure === figure);
}
