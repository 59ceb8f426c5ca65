import { describe, expect, it } from 'vitest';
import { contentKey, RecentAnswers } from '../../src/session/recent-answers';

describe('RecentAnswers: a costly pure function answered once per distinct input', () => {
  const counting = (capacity: number) => {
    const asked: unknown[] = [];
    const recent = new RecentAnswers<{ n: number; rows?: number[] }, { double: number }>(async (input) => {
      asked.push(input);
      if (input.n < 0) throw new Error(`negative: ${input.n}`);
      return { double: input.n * 2 };
    }, capacity);
    return { asked, recent };
  };

  it('gives the same answer object for an input with the same content, without computing again', async () => {
    const { asked, recent } = counting(4);
    const first = await recent.ask({ n: 1, rows: [1, 2] });
    const again = await recent.ask({ n: 1, rows: [1, 2] });
    expect(again).toBe(first);
    expect(asked).toHaveLength(1);
    expect(await recent.ask({ n: 1, rows: [1, 3] })).toEqual({ double: 2 });
    expect(asked).toHaveLength(2);
  });

  it('forgets the least recently asked input beyond its capacity', async () => {
    const { asked, recent } = counting(2);
    await recent.ask({ n: 1 });
    await recent.ask({ n: 2 });
    await recent.ask({ n: 1 }); // 1 is now the most recent: 2 goes first
    await recent.ask({ n: 3 });
    expect(asked).toHaveLength(3);
    await recent.ask({ n: 1 });
    expect(asked).toHaveLength(3);
    await recent.ask({ n: 2 });
    expect(asked).toHaveLength(4);
  });

  it('keeps no failure: the same input asked again is computed again', async () => {
    const { asked, recent } = counting(4);
    await expect(recent.ask({ n: -1 })).rejects.toThrow('negative: -1');
    await expect(recent.ask({ n: -1 })).rejects.toThrow('negative: -1');
    expect(asked).toHaveLength(2);
  });

  it('recalls an answer already in at once, and nothing for an input still computing or never asked', async () => {
    const { asked, recent } = counting(4);
    expect(recent.recall({ n: 5 })).toBeUndefined();
    expect(asked).toHaveLength(0);
    const pending = recent.ask({ n: 5 });
    expect(recent.recall({ n: 5 })).toBeUndefined();
    const answer = await pending;
    expect(recent.recall({ n: 5 })).toBe(answer);
    expect(asked).toHaveLength(1);
    await expect(recent.ask({ n: -2 })).rejects.toThrow();
    expect(recent.recall({ n: -2 })).toBeUndefined();
  });

  it('counts a recall as a use: the recalled answer is kept over older ones', async () => {
    const { asked, recent } = counting(2);
    await recent.ask({ n: 1 });
    await recent.ask({ n: 2 });
    expect(recent.recall({ n: 1 })).toEqual({ double: 2 }); // 1 is now the most recent: 2 goes first
    await recent.ask({ n: 3 });
    expect(recent.recall({ n: 1 })).toEqual({ double: 2 });
    expect(recent.recall({ n: 2 })).toBeUndefined();
    expect(asked).toHaveLength(3);
  });

  it('keys apart what JSON would confuse', () => {
    const keys = [{ a: null }, { a: undefined }, {}, { a: Number.NaN }, { a: Infinity }, { a: -Infinity }, { a: 0 }, { a: -0 }].map(contentKey);
    expect(new Set(keys).size).toBe(keys.length);
    expect(contentKey({ a: 1, b: [2, 'x'] })).toBe(contentKey({ a: 1, b: [2, 'x'] }));
  });
});
