import { describe, expect, it } from 'vitest';
import { measurePoints } from '../bench/session-memory';

describe('the long-session probe’s measuring points', () => {
  it('falls on whole rounds of the filter changes, so every point shows the same filters', () => {
    const points = measurePoints(500, 16);
    expect(points).toEqual([64, 128, 192, 256, 320, 384, 448, 512]);
    for (const at of points) expect(at % 16).toBe(0);
  });

  it('runs at least the changes asked for, and measures after at least 50 when there are that many', () => {
    expect(measurePoints(500, 16).at(-1)).toBeGreaterThanOrEqual(500);
    expect(measurePoints(500, 16)[0]).toBeGreaterThanOrEqual(50);
    expect(measurePoints(100, 50)).toEqual([50, 100]);
  });

  it('takes one point for a session shorter than the first point', () => {
    expect(measurePoints(20, 16)).toEqual([32]);
  });
});
