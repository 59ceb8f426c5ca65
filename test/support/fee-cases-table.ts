import type { Engine } from '../../src/engine/engine';
import { FEE_CASES, FEE_SCHEDULES } from './fee-cases';

const text = (v: string | null) => (v === null ? 'NULL' : `'${v.replaceAll("'", "''")}'`);
const number = (v: number | null) => (v === null ? 'NULL' : String(v));

/** Loads the hand-computed fee cases as a dataset `feecases` (canonical tables) into DuckDB. */
export async function loadFeeCases(engine: Engine): Promise<void> {
  await engine.exec('CREATE SCHEMA IF NOT EXISTS ds_feecases');
  await engine.exec(`CREATE OR REPLACE TABLE ds_feecases.sales (date DATE, retailer VARCHAR, channel VARCHAR, platform VARCHAR, region VARCHAR,
  category VARCHAR, orders BIGINT, revenue_eur DECIMAL(18,4), commission_eur DECIMAL(18,4), metric VARCHAR, source VARCHAR)`);
  await engine.exec(`CREATE OR REPLACE TABLE ds_feecases.platform_fees (platform VARCHAR, valid_from DATE, valid_to DATE, rate_pct DOUBLE,
  fixed_eur_per_order DECIMAL(18,2), label VARCHAR, source VARCHAR)`);
  await engine.exec(
    `INSERT INTO ds_feecases.sales VALUES ${FEE_CASES.map(
      ({ sale: s }) =>
        `(${text(s.date)}, 'R', 'partner', ${text(s.platform)}, 'X', 'Y', ${number(s.orders)}, ${s.revenue}, ${number(s.recordedCommission)}, 'test', NULL)`,
    ).join(', ')}`,
  );
  await engine.exec(
    `INSERT INTO ds_feecases.platform_fees VALUES ${FEE_SCHEDULES.map(
      (f) => `(${text(f.platform)}, ${text(f.validFrom)}, ${text(f.validTo)}, ${f.ratePct}, ${f.fixedEurPerOrder}, ${text(f.label)}, ${text(f.source)})`,
    ).join(', ')}`,
  );
}
