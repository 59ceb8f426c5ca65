import { parseDateInput } from '../i18n/date-input';
import { PLATFORM_FEES_COLUMNS, TARGETS_COLUMNS } from '../model/schema';
import { csvLine } from './canonical-csv';

/**
 * A goal or a platform's rate typed on the page, written as the targets or platform-fees file an
 * analyst would upload (the templates' columns): it then goes through the same ingest, storage
 * and share links as a file.
 */
export interface TypedGoal {
  retailer: string;
  amount: number;
  periodStart: string;
  periodEnd: string;
  setOn: string;
  label: string;
  source: string;
}

export interface TypedFee {
  platform: string;
  validFrom: string;
  ratePct: number;
  label: string;
  source: string;
}

/** The goal's period from a typed deadline: a year (`2024`) or its last day (`30/06/2024`, ISO too): the twelve months ending then. */
export function goalPeriodOf(deadline: string): { start: string; end: string } | null {
  const text = deadline.trim();
  if (/^\d{4}$/.test(text)) return { start: `${text}-01-01`, end: `${text}-12-31` };
  const end = parseDateInput(text);
  if (!end) return null;
  const next = new Date(`${end}T00:00:00Z`);
  next.setUTCDate(next.getUTCDate() + 1);
  next.setUTCFullYear(next.getUTCFullYear() - 1);
  return { start: next.toISOString().slice(0, 10), end };
}

/**
 * When a typed goal counts as known: the start of the data's last year, or the goal period's start
 * if earlier. The default view (the data's last year) is then measured against it, and a goal
 * for a later year is phased back from the year before.
 */
export function typedGoalSetOn(periodStart: string, lastDataDate: string | null): string {
  const lastYearStart = lastDataDate ? `${lastDataDate.slice(0, 4)}-01-01` : periodStart;
  return lastYearStart < periodStart ? lastYearStart : periodStart;
}

export function typedGoalCsv(goal: TypedGoal): string {
  const header = csvLine(Object.keys(TARGETS_COLUMNS).map((name) => ({ text: name })));
  const row = csvLine([
    { text: goal.retailer },
    null,
    { bare: goal.periodStart },
    { bare: goal.periodEnd },
    { bare: goal.amount.toFixed(2) },
    { bare: goal.setOn },
    { text: goal.label },
    null,
    { text: goal.source },
  ]);
  return `${header}\n${row}\n`;
}

export function typedFeeCsv(fee: TypedFee): string {
  const header = csvLine(Object.keys(PLATFORM_FEES_COLUMNS).map((name) => ({ text: name })));
  const row = csvLine([
    { text: fee.platform },
    { bare: fee.validFrom },
    null,
    { bare: String(fee.ratePct) },
    { bare: '0.00' },
    { text: fee.label },
    { text: fee.source },
  ]);
  return `${header}\n${row}\n`;
}
