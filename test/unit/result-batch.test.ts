import { afterEach, describe, expect, it, vi } from 'vitest';
import { querySettled, queryStarted } from '../../src/session/result-batch';

describe('query answers applied together', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('shows the first answer of a burst at once and the others together when the last arrives', () => {
    const applied: string[] = [];
    for (let i = 0; i < 4; i++) queryStarted();
    querySettled(() => applied.push('kpis'));
    expect(applied).toEqual(['kpis']);
    querySettled(() => applied.push('trend'));
    querySettled(() => applied.push('mix'));
    expect(applied).toEqual(['kpis']);
    querySettled(() => applied.push('commission'));
    expect(applied).toEqual(['kpis', 'trend', 'mix', 'commission']);
  });

  it('does not hold an answer longer than 250 ms while a slow query runs', () => {
    vi.useFakeTimers();
    const applied: string[] = [];
    for (let i = 0; i < 3; i++) queryStarted();
    querySettled(() => applied.push('kpis'));
    querySettled(() => applied.push('trend'));
    vi.advanceTimersByTime(249);
    expect(applied).toEqual(['kpis']);
    vi.advanceTimersByTime(1);
    expect(applied).toEqual(['kpis', 'trend']);
    querySettled(() => applied.push('slow'));
    expect(applied).toEqual(['kpis', 'trend', 'slow']);
  });
});
