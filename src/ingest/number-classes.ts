import { NUMBER_FORMATS, parseNumber, type NumberFormat } from './numbers';

/**
 * Number cells sorted into a few shape classes, so that DuckDB can sort a million cells in SQL
 * and JS can still decide the column's format exactly as detectNumberFormat() would.
 *
 * Within a class every cell reads (or fails to read) the same way under every candidate format:
 * whether `1234.56` parses depends on its shape (digits, one '.', digit counts around it), not on
 * its digits (a property test checks this for random members of each class). So the verdicts of
 * one representative per class, plus those of the few cells of no class, decide the format.
 * At most 15 digits either side: a 400-digit number would read as Infinity and fail.
 */
export const NUMBER_CLASS = {
  /** Empty (or NULL): not evidence, and loaded as NULL unless the column is required. */
  empty: 0,
  /** `-?d{1,15}` */
  integer: 1,
  /** `-?d{1,3}.ddd`: a decimal point, or a thousands point (`1.234` is 1234 in French). */
  dotThousands: 2,
  /** `-?d{1,15}.d{1,15}`, other than the above. */
  dot: 3,
  /** `-?d{1,3},ddd` */
  commaThousands: 4,
  /** `-?d{1,15},d{1,15}`, other than the above. */
  comma: 5,
  /** Anything else (spaces, signs, currencies, text): read one by one in JS. */
  other: 9,
} as const;
export type NumberClass = (typeof NUMBER_CLASS)[keyof typeof NUMBER_CLASS];

const REPRESENTATIVE: Record<Exclude<NumberClass, 0 | 9>, string> = { 1: '0', 2: '0.000', 3: '0.00', 4: '0,000', 5: '0,00' };

const PLAIN_DOT = /^-?\d{1,15}(\.\d{1,15})?$/;
const PLAIN_COMMA = /^-?\d{1,15},\d{1,15}$/;

/** The class of one raw cell, in JS: the same answer as {@link numberClassSql} gives in DuckDB. */
export function numberClassOf(raw: string): NumberClass {
  if (raw === '') return 0;
  const minus = raw.startsWith('-') ? 1 : 0;
  if (PLAIN_DOT.test(raw)) {
    const point = raw.indexOf('.');
    if (point < 0) return 1;
    return raw.length - point === 4 && point - minus <= 3 ? 2 : 3;
  }
  if (PLAIN_COMMA.test(raw)) {
    const comma = raw.indexOf(',');
    return raw.length - comma === 4 && comma - minus <= 3 ? 4 : 5;
  }
  return 9;
}

/**
 * The class of the VARCHAR expression `cell` in SQL (NULL counts as empty). Regular expressions
 * are RE2's; `strpos` and `length` count characters, which are bytes here (digits and signs).
 */
export function numberClassSql(cell: string): string {
  const v = `coalesce(${cell}, '')`;
  const thousands = (sep: string) =>
    `length(${v}) - strpos(${v}, '${sep}') = 3 AND strpos(${v}, '${sep}') - CASE WHEN starts_with(${v}, '-') THEN 1 ELSE 0 END <= 4`;
  return `CASE WHEN ${v} = '' THEN 0
    WHEN regexp_full_match(${v}, '-?[0-9]{1,15}(\\.[0-9]{1,15})?') THEN CASE WHEN NOT contains(${v}, '.') THEN 1 WHEN ${thousands('.')} THEN 2 ELSE 3 END
    WHEN regexp_full_match(${v}, '-?[0-9]{1,15},[0-9]{1,15}') THEN CASE WHEN ${thousands(',')} THEN 4 ELSE 5 END
    ELSE 9 END`;
}

/** Classes whose cells a format reads as they are (the plain fast path of normalizeNumber). */
export function plainClasses(format: NumberFormat, integer: boolean): NumberClass[] {
  if (integer) return [1];
  return format.decimal === '.' ? [1, 2, 3] : [1, 4, 5];
}

/** What the cells of the number columns show, gathered in SQL (see fast-ingest.ts). */
export interface NumberEvidence {
  /** Shaped classes holding at least one cell. */
  present: readonly NumberClass[];
  /** Distinct trimmed, non-empty values of the cells of no class. */
  others: readonly string[];
  /**
   * Distinct values per class, and how many of `others` are already among them (a cell ` 12.5`
   * trims to a `12.5` that may also be a cell of its own): only needed when every format fails
   * some cell, since the format failing the fewest distinct values then wins.
   */
  counts?: { perClass: Partial<Record<NumberClass, number>>; othersAlsoInClasses: ReadonlySet<string> };
}

export type NumberDecision = { format: NumberFormat } | { needsCounts: true };

/** The format detectNumberFormat() would choose for the cells described by `evidence`. */
export function decideNumberFormat(evidence: NumberEvidence, preferDecimal: '.' | ','): NumberDecision {
  const shaped = evidence.present.filter((k): k is Exclude<NumberClass, 0 | 9> => k !== 0 && k !== 9);
  const failures = NUMBER_FORMATS.map((format) => {
    const failingClasses = shaped.filter((k) => !parseNumber(REPRESENTATIVE[k], format).ok);
    const failingOthers = evidence.others.filter((v) => !parseNumber(v, format).ok);
    return { format, failingClasses, failingOthers };
  });
  let scores: number[];
  if (failures.some((f) => f.failingClasses.length === 0 && f.failingOthers.length === 0)) {
    // Some format reads everything: the winners are those, however many cells each class holds.
    scores = failures.map((f) => (f.failingClasses.length === 0 && f.failingOthers.length === 0 ? 0 : 1));
  } else {
    const counts = evidence.counts;
    if (!counts) return { needsCounts: true };
    scores = failures.map(
      (f) => f.failingClasses.reduce((sum, k) => sum + (counts.perClass[k] ?? 0), 0) + f.failingOthers.filter((v) => !counts.othersAlsoInClasses.has(v)).length,
    );
  }
  const best = Math.min(...scores);
  const winners = failures.filter((_, i) => scores[i] === best);
  return { format: (winners.find((w) => w.format.decimal === preferDecimal) ?? winners[0]!).format };
}
