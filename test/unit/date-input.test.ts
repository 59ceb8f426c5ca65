import { describe, expect, it } from 'vitest';
import { formatDateInput, parseDateInput } from '../../src/i18n/date-input';

describe('dates typed in the period fields', () => {
  it('are shown day first, as the English (en-GB) and French pages write them', () => {
    expect(formatDateInput('2019-12-31')).toBe('31/12/2019');
    expect(formatDateInput(null)).toBe('');
  });

  it.each([
    ['31/12/2019', '2019-12-31'],
    ['1/2/2018', '2018-02-01'],
    ['01.02.2018', '2018-02-01'],
    ['2019-12-31', '2019-12-31'],
    [' 29/02/2020 ', '2020-02-29'],
    ['29/02/2019', null],
    ['12/31/2019', null],
    ['31/12/19', null],
    ['demain', null],
    ['', null],
  ])('parseDateInput(%j) is %j', (text, iso) => {
    expect(parseDateInput(text)).toBe(iso);
  });
});
