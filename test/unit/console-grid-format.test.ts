import { describe, expect, it } from 'vitest';
import { cellKind, cellText, columnWidth, numberFormatter, sortOrder } from '../../src/views/console/grid-format';

describe('the console grid’s formats', () => {
  it('writes numbers in the page’s language, keeping a decimal’s scale', () => {
    expect(numberFormatter('revenue_eur', 'DECIMAL(18,2)', 'en')(1234.5)).toBe('1,234.50');
    expect(numberFormatter('revenue_eur', 'DECIMAL(18,2)', 'fr')(1234.5)).toMatch(/^1\s234,50$/);
    expect(numberFormatter('orders', 'BIGINT', 'en')(1234567)).toBe('1,234,567');
    expect(numberFormatter('ratio', 'DOUBLE', 'en')(1 / 3)).toBe('0.333333');
    expect(numberFormatter('year', 'BIGINT', 'fr')(2022)).toBe('2022');
  });

  it('tells NULL from an empty string', () => {
    const format = numberFormatter('x', 'DOUBLE', 'en');
    expect(cellText(new Float64Array([Number.NaN]), 0, format)).toBeNull();
    expect(cellText([null, ''], 0, format)).toBeNull();
    expect(cellText([null, ''], 1, format)).toBe('');
    expect(cellText([true, false], 1, format)).toBe('false');
  });

  it('knows numbers, booleans and text apart', () => {
    expect(cellKind(new Float64Array(1))).toBe('number');
    expect(cellKind([null, true])).toBe('boolean');
    expect(cellKind(['a'])).toBe('text');
  });

  it('sorts by an index array, NULLs last both ways, ties kept in order', () => {
    const numbers = new Float64Array([3, Number.NaN, 1, 3]);
    expect(Array.from(sortOrder(numbers, 4, 'asc'))).toEqual([2, 0, 3, 1]);
    expect(Array.from(sortOrder(numbers, 4, 'desc'))).toEqual([0, 3, 2, 1]);
    expect(Array.from(sortOrder(['b', null, 'a10', 'a9'], 4, 'asc'))).toEqual([3, 2, 0, 1]);
  });

  it('sizes columns from their content, within bounds', () => {
    expect(columnWidth('x', 'DOUBLE', ['1'])).toBe(72);
    expect(columnWidth('label', 'VARCHAR', ['x'.repeat(500)])).toBe(420);
  });
});
