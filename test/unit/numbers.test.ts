import { englishText } from '../../src/i18n/message';
import { describe, expect, it } from 'vitest';
import { detectNumberFormat, parseNumber, type NumberFormat } from '../../src/ingest/numbers';

const FR: NumberFormat = { decimal: ',', thousands: ' ' };
const US: NumberFormat = { decimal: '.', thousands: ',' };
const DE: NumberFormat = { decimal: ',', thousands: '.' };

describe('parseNumber()', () => {
  it.each([
    ['1 234,56', FR, 1234.56],
    ['1\u202f234,56 €', FR, 1234.56],
    ['-440,20', FR, -440.2],
    ['133,55-', FR, -133.55],
    ['1,234.56', US, 1234.56],
    ['$600,000 ', US, 600000],
    ['(12.00)', US, -12],
    ['1.234,56', DE, 1234.56],
    ['0,5', { decimal: ',', thousands: '' }, 0.5],
    ['.5', { decimal: '.', thousands: '' }, 0.5],
  ] as const)('reads %j', (raw, format, expected) => {
    expect(parseNumber(raw, format)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['', FR, 'empty'],
    ['abc', US, 'not a number'],
    ['1,23,4.5', US, 'misplaced thousands separator ","'],
    ['1.5', FR, 'a "." in a column whose decimal separator is ","'],
    ['1,5', { decimal: '.', thousands: '' }, 'a "," in a column whose decimal separator is "."'],
  ] as const)('refuses %j with a reason', (raw, format, reason) => {
    const result = parseNumber(raw, format);
    expect(result.ok ? result : englishText(result.reason)).toBe(reason);
  });
});

describe('detectNumberFormat()', () => {
  it('recognises a French column from its decimal commas and spaced thousands', () => {
    expect(detectNumberFormat(['1 234,56', '12,5', '-440,20', '133,55-'])).toMatchObject({
      format: { decimal: ',', thousands: ' ' },
      failures: 0,
      ambiguous: false,
    });
  });

  it('recognises a US column with dollar signs and thousands commas', () => {
    expect(detectNumberFormat(['$600,000 ', '$1,234.50', '12.00'])).toMatchObject({ format: { decimal: '.', thousands: ',' }, failures: 0, ambiguous: false });
  });

  it('flags a column that reads two ways (1,234 = 1234 or 1.234) as ambiguous', () => {
    expect(detectNumberFormat(['1,234', '5,678']).ambiguous).toBe(true);
  });

  it('counts the cells no format can read instead of dropping them', () => {
    expect(detectNumberFormat(['12.5', '13.1', 'n/a']).failures).toBe(1);
  });
});
