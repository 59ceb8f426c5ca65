/**
 * Deterministic channel-sales exports for the benchmark: the shape an analyst uploads (English
 * headers our ingest maps on its own, plus a `Store` column it does not need, as real exports
 * carry), about 100 bytes a row, so 1M rows ≈ 100 MB. Same seed and row count, same bytes.
 */
import { CARREFOUR_TOTALS, CATEGORIES, FIRST_DAY, LAST_DAY, REGIONS } from '../../data/sample-model';
import { seededUniform } from '../../src/analytics/random';

export const BENCH_SEED = 20180611;

export const EXPORT_HEADER = 'Date,Retailer,Channel,Platform,Region,Category,Store,Orders,Revenue,Commission';

interface Stream {
  retailer: string;
  channel: string;
  platform: string;
  share: number;
  commission: number;
}

// Raw channel values as an export writes them; our ingest maps Web/Voice/Partner to its channels.
const STREAMS: readonly Stream[] = [
  { retailer: 'Carrefour', channel: 'Web', platform: 'Drive', share: 0.42, commission: 0 },
  { retailer: 'Carrefour', channel: 'Web', platform: 'carrefour.fr', share: 0.28, commission: 0 },
  { retailer: 'Carrefour', channel: 'Partner', platform: 'Google Shopping', share: 0.08, commission: 0.12 },
  { retailer: 'Carrefour', channel: 'Voice', platform: 'Google Assistant', share: 0.05, commission: 0.12 },
  { retailer: 'Monoprix', channel: 'Web', platform: 'monoprix.fr', share: 0.12, commission: 0 },
  { retailer: 'Monoprix', channel: 'Partner', platform: 'Amazon Prime Now', share: 0.05, commission: 0.08 },
];

const STORE_TOWNS = ['Lyon', 'Lille', 'Nantes', 'Marseille', 'Paris 15e', 'Rennes', 'Nancy', 'Toulouse', 'Bordeaux', 'Reims'];

const DAY_MS = 86_400_000;

function isoDays(): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${FIRST_DAY}T00:00:00Z`); t <= Date.parse(`${LAST_DAY}T00:00:00Z`); t += DAY_MS) {
    days.push(new Date(t).toISOString().slice(0, 10));
  }
  return days;
}

/**
 * The export's lines (header first), in date order, for exactly `rows` data rows. Revenue per
 * row is scaled so that the yearly totals stay near Carrefour's public trajectory at any size:
 * the KPIs look alike at 100k and 10M rows, only the work grows.
 */
export function* exportLines(rows: number, seed = BENCH_SEED): Generator<string> {
  const random = seededUniform(seed);
  const days = isoDays();
  yield EXPORT_HEADER;
  let written = 0;
  for (let d = 0; d < days.length && written < rows; d++) {
    const date = days[d]!;
    const year = Number(date.slice(0, 4));
    // Spread the rows evenly over the days; the remainder goes to the first days.
    const today = Math.floor(rows / days.length) + (d < rows % days.length ? 1 : 0);
    const perRow = (CARREFOUR_TOTALS[year] ?? 1e9) / 0.83 / 365 / Math.max(1, today);
    for (let i = 0; i < today; i++) {
      let pick = random();
      let stream = STREAMS[STREAMS.length - 1]!;
      for (const s of STREAMS) {
        if (pick < s.share) {
          stream = s;
          break;
        }
        pick -= s.share;
      }
      const region = REGIONS[Math.floor(random() * REGIONS.length)]!;
      const category = CATEGORIES[Math.floor(random() * CATEGORIES.length)]!;
      const storeNumber = Math.floor(random() * 900) + 100;
      const town = STORE_TOWNS[storeNumber % STORE_TOWNS.length]!;
      const revenue = perRow * (0.5 + random());
      const orders = Math.max(1, Math.round(revenue / (45 + random() * 30)));
      const commission = revenue * stream.commission;
      yield `${date},${stream.retailer},${stream.channel},${stream.platform},${region},${category},${stream.retailer.slice(0, 3).toUpperCase()}-0${storeNumber} ${stream.retailer} Market ${town},${orders},${revenue.toFixed(2)},${commission.toFixed(2)}`;
      written++;
    }
  }
}
