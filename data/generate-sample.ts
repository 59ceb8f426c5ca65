/**
 * Writes the illustrative `sample` dataset into data/sample/: daily channel sales 2017–2023 by
 * retailer, platform, region and category. Deterministic: same seed, same bytes. Run with
 * `npm run data:generate`; test/integration/sample-data.test.ts checks the committed file matches.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { CATEGORIES, CATEGORY_WEIGHTS, FIRST_DAY, LAST_DAY, REGION_WEIGHTS, SEED, STREAMS, dayWeight, type Stream } from './sample-model';
import { seededUniform } from '../src/analytics/random';

function daysOf(year: number, start: string): Date[] {
  const days: Date[] = [];
  const from = new Date(`${year}-01-01T00:00:00Z`);
  for (let d = from; d.getUTCFullYear() === year; d = new Date(d.getTime() + 86_400_000)) {
    const iso = d.toISOString().slice(0, 10);
    if (iso >= start && iso >= FIRST_DAY && iso <= LAST_DAY) days.push(d);
  }
  return days;
}

interface Cell {
  date: string;
  region: string;
  category: string;
  weight: number;
}

/** Splits `total` euros into cents over cells by weight; the rounding residue goes to the largest cell. */
function allocateCents(total: number, cells: Cell[]): number[] {
  const totalCents = Math.round(total * 100);
  const weightSum = cells.reduce((sum, cell) => sum + cell.weight, 0);
  const cents = cells.map((cell) => Math.floor((totalCents * cell.weight) / weightSum));
  const residue = totalCents - cents.reduce((a, b) => a + b, 0);
  let largest = 0;
  cells.forEach((cell, i) => {
    if (cell.weight > cells[largest]!.weight) largest = i;
  });
  cents[largest]! += residue;
  return cents;
}

const csvField = (value: string) => (/[",\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
const euros = (cents: number) => (cents / 100).toFixed(2);

export const SALES_HEADER = 'date,retailer,channel,platform,region,category,orders,revenue_eur,commission_eur,metric,source';
const SOURCE = 'Illustrative: data/generate-sample.ts (seed 20180611), yearly totals calibrated to public figures';

export function generateSalesCsv(): string {
  const random = seededUniform(SEED);
  const lines: string[] = [SALES_HEADER];
  for (const stream of STREAMS) {
    for (let year = 2017; year <= 2023; year++) {
      const total = stream.yearly(year);
      const days = daysOf(year, stream.start);
      if (total <= 0 || days.length === 0) continue;
      lines.push(...yearRows(stream, year, total, days, random));
    }
  }
  return `${lines.join('\n')}\n`;
}

function yearRows(stream: Stream, year: number, total: number, days: Date[], random: () => number): string[] {
  const cells: Cell[] = [];
  const yearStart = Date.UTC(year, 0, 1);
  for (const day of days) {
    // Growth within the year: the run-rate climbs through the year rather than stepping on 1 Jan.
    const withinYear = (day.getTime() - yearStart) / (366 * 86_400_000);
    const trend = 0.85 + 0.3 * withinYear;
    const base = dayWeight(day, stream.channel) * trend;
    for (const region of stream.regions) {
      for (const category of CATEGORIES) {
        const noise = 0.85 + 0.3 * random();
        const weight = base * (REGION_WEIGHTS[region] ?? 1) * CATEGORY_WEIGHTS[stream.channel]![category]! * noise;
        cells.push({ date: day.toISOString().slice(0, 10), region, category, weight });
      }
    }
  }
  const cents = allocateCents(total, cells);
  return cells.map((cell, i) => {
    const revenueCents = cents[i]!;
    const orders = Math.max(1, Math.round(revenueCents / 100 / stream.averageBasket));
    const commissionCents = Math.round(revenueCents * stream.commissionRate);
    return [
      cell.date, stream.retailer, stream.channel, csvField(stream.platform), csvField(cell.region), csvField(cell.category),
      String(orders), euros(revenueCents), euros(commissionCents), 'illustrative', csvField(SOURCE),
    ].join(',');
  });
}

function main(): void {
  const outDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sample');
  const csv = generateSalesCsv();
  // mtime 0 in the gzip header (Node's default): the same CSV always gives the same bytes.
  writeFileSync(path.join(outDir, 'sales.csv.gz'), gzipSync(csv, { level: 9 }));
  console.log(`wrote ${csv.split('\n').length - 2} sales rows to ${outDir}/sales.csv.gz`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) main();
