import { describe, expect, it } from 'vitest';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { parseTypedAmount, parseTypedRate } from '../../src/ingest/typed-amount';
import { goalPeriodOf, typedFeeCsv, typedGoalCsv, typedGoalSetOn } from '../../src/ingest/typed-rows';

describe('a goal or a rate typed on the page', () => {
  it.each([
    ['5000000', 5_000_000],
    ['5 000 000', 5_000_000],
    ['5\u202f000\u202f000 €', 5_000_000],
    ['5,000,000', 5_000_000],
    ['5.000.000', 5_000_000],
    ['1 234,56', 1234.56],
    ['1,234.56', 1234.56],
    ['1.234,56', 1234.56],
    ['4200000.5', 4_200_000.5],
    ['12,5', 12.5],
    ['5,5 Md€', 5_500_000_000],
    ['€4.2bn', 4_200_000_000],
    ['200 M€', 200_000_000],
    ['1,5 million', 1_500_000],
    ['750k', 750_000],
  ])('parseTypedAmount(%j) reads %d euros', (text, amount) => {
    expect(parseTypedAmount(text)).toBe(amount);
  });

  it.each(['', 'abc', '-5', '0', '5 Mx', '1,2,3.4.5', '5 000 000 000 000 000 000 000 000 trillion'])('parseTypedAmount(%j) is not an amount', (text) => {
    expect(parseTypedAmount(text)).toBeNull();
  });

  it.each([
    ['12', 12],
    ['12,5 %', 12.5],
    ['0.8%', 0.8],
    ['101', null],
    ['douze', null],
  ])('parseTypedRate(%j) is %s', (text, rate) => {
    expect(parseTypedRate(text)).toBe(rate);
  });

  it('a deadline is a year or the last day of twelve months', () => {
    expect(goalPeriodOf('2024')).toEqual({ start: '2024-01-01', end: '2024-12-31' });
    expect(goalPeriodOf('30/06/2025')).toEqual({ start: '2024-07-01', end: '2025-06-30' });
    expect(goalPeriodOf('2025-12-31')).toEqual({ start: '2025-01-01', end: '2025-12-31' });
    expect(goalPeriodOf('31/02/2025')).toBeNull();
  });

  it('a typed goal counts as known from the start of the data’s last year, or its own start if earlier', () => {
    expect(typedGoalSetOn('2026-01-01', '2023-06-30')).toBe('2023-01-01');
    expect(typedGoalSetOn('2022-01-01', '2023-06-30')).toBe('2022-01-01');
  });

  it('typed rows are a targets file and a fees file the ingest loads as uploaded ones', async () => {
    const goal = typedGoalCsv({
      retailer: 'Carrefour, "FR"',
      amount: 5_500_000_000,
      periodStart: '2024-01-01',
      periodEnd: '2024-12-31',
      setOn: '2023-01-01',
      label: 'Goal',
      source: 'Board, 2023',
    });
    const targets = await prepareIngest({ fileName: 'goal.csv', bytes: new TextEncoder().encode(goal), kind: 'targets' });
    expect(targets.report).toMatchObject({ refused: false, rowsLoaded: 1, rowsRejected: 0 });
    expect(String(targets.csv)).toContain('"Carrefour, ""FR""",,2024-01-01,2024-12-31,5500000000.00,2023-01-01');
    const fee = typedFeeCsv({ platform: 'Uber Eats', validFrom: '2022-01-01', ratePct: 12.5, label: 'Rate typed', source: 'Contract' });
    const fees = await prepareIngest({ fileName: 'fee.csv', bytes: new TextEncoder().encode(fee), kind: 'fees' });
    expect(fees.report).toMatchObject({ refused: false, rowsLoaded: 1, rowsRejected: 0 });
    expect(String(fees.csv)).toContain('"Uber Eats",2022-01-01,,12.5,0,"Rate typed","Contract"');
  });
});
