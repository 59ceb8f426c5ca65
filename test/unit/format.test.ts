import { describe, expect, it } from 'vitest';
import { formatDate, formatEuroCompact, formatPercent, formatPeriod } from '../../src/i18n/format';
import { preferredLocale } from '../../src/i18n/locale';

const nbsp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatEuroCompact()', () => {
  it.each([
    [5e9, 'en', '€5.0bn'],
    [5e9, 'fr', '5,0 Md€'],
    [4.2e9, 'fr', '4,2 Md€'],
    [1.8517e9, 'en', '€1.85bn'],
    [850e6, 'en', '€850m'],
    [850e6, 'fr', '850 M€'],
    [12.5e6, 'fr', '12,5 M€'],
    [-231e6, 'en', '-€231m'],
    [0, 'en', '€0'],
    [0, 'fr', '0 €'],
  ] as const)('%d in %s is %s', (value, locale, expected) => {
    expect(nbsp(formatEuroCompact(value, locale))).toBe(expected);
  });

  it('shows a dash, not NaN, for a missing number', () => {
    expect(formatEuroCompact(Number.NaN, 'en')).toBe('—');
  });
});

describe('formatPercent()', () => {
  it.each([
    [0.84, 'en', '84%'],
    [0.84, 'fr', '84 %'],
    [0.018, 'en', '1.8%'],
    [1, 'fr', '100 %'],
  ] as const)('%d in %s is %s', (value, locale, expected) => {
    expect(nbsp(formatPercent(value, locale))).toBe(expected);
  });
});

describe('formatPeriod()', () => {
  it('writes a calendar year as the year, yearly figures as a year range, other periods as dates', () => {
    expect(formatPeriod('2022-01-01', '2022-12-31', 'en')).toBe('2022');
    expect(formatPeriod('2017-12-31', '2023-12-31', 'en')).toBe('2017–2023');
    expect(formatPeriod('2022-01-01', '2022-06-30', 'en')).toBe('1 Jan 2022 – 30 Jun 2022');
    expect(formatPeriod('2022-01-01', '2022-06-30', 'fr')).toBe('1 janv. 2022 – 30 juin 2022');
  });
});

describe('formatDate()', () => {
  it('shows a dash instead of throwing for a missing date (panels render while data changes)', () => {
    expect(formatDate('', 'en')).toBe('—');
    expect(formatDate('2020-02-27', 'fr')).toBe('27 févr. 2020');
  });
});

describe('preferredLocale()', () => {
  it('is French when the browser prefers French, English otherwise', () => {
    expect(preferredLocale(['fr-FR', 'en-US'])).toBe('fr');
    expect(preferredLocale(['de-DE', 'fr-CH'])).toBe('fr');
    expect(preferredLocale(['en-GB', 'fr-FR'])).toBe('en');
    expect(preferredLocale(['de-DE'])).toBe('en');
  });
});
