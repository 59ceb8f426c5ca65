/**
 * Amounts and rates typed into a form (a goal, a platform's commission), read as a person writes
 * them in French or English: `5 000 000`, `5000000.50`, `1 234,56`, `5,5 Md€`, `€4.2bn`,
 * `200 M€`, `12,5 %`. Null when the text is not one positive amount.
 */

// Scale words after the number, compared in lower case once spaces are gone.
const SCALES: Record<string, number> = {
  md: 1e9,
  mrd: 1e9,
  mds: 1e9,
  milliard: 1e9,
  milliards: 1e9,
  bn: 1e9,
  b: 1e9,
  billion: 1e9,
  billions: 1e9,
  m: 1e6,
  mn: 1e6,
  mio: 1e6,
  million: 1e6,
  millions: 1e6,
  k: 1e3,
};

/** Digits with `,` `.` as separators: the last kind is the decimal point when both appear. */
function readDigits(digits: string, scaled: boolean): number | null {
  const commas = digits.split(',').length - 1;
  const dots = digits.split('.').length - 1;
  let plain: string;
  if (commas > 0 && dots > 0) {
    const decimal = digits.lastIndexOf(',') > digits.lastIndexOf('.') ? ',' : '.';
    const thousands = decimal === ',' ? '.' : ',';
    plain = digits.replaceAll(thousands, '').replace(decimal, '.');
  } else if (commas + dots === 0) plain = digits;
  else {
    const sep = commas > 0 ? ',' : '.';
    // One separator before exactly three digits, no scale word: a thousands group (euros have two decimals).
    const grouped = commas + dots > 1 || (!scaled && /^\d{1,3}[.,]\d{3}$/.test(digits));
    plain = grouped ? digits.replaceAll(sep, '') : digits.replace(sep, '.');
  }
  if (!/^\d+(\.\d+)?$/.test(plain)) return null;
  return Number(plain);
}

/** A positive amount in euros, rounded to the cent, or null. */
export function parseTypedAmount(text: string): number | null {
  const compact = text.replace(/€|eur(os?)?\b/gi, '').replace(/[\s\u00a0\u202f']/g, '');
  const match = /^(\d[\d.,]*)([a-z]*)$/i.exec(compact);
  if (!match) return null;
  const unit = match[2]!.toLowerCase();
  const scale = unit === '' ? 1 : SCALES[unit];
  if (scale === undefined) return null;
  const value = readDigits(match[1]!, unit !== '');
  if (value === null || !(value > 0)) return null;
  const amount = Math.round(value * scale * 100) / 100;
  return Number.isFinite(amount) && amount > 0 ? amount : null;
}

/** A commission rate in percent (0–100, `12`, `12,5`, `12.5 %`), or null. */
export function parseTypedRate(text: string): number | null {
  const compact = text.replace(/[\s\u00a0\u202f%]/g, '');
  if (!/^\d+([.,]\d+)?$/.test(compact)) return null;
  const rate = Number(compact.replace(',', '.'));
  return rate >= 0 && rate <= 100 ? rate : null;
}
