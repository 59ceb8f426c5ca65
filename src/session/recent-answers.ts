/** JSON, with what JSON would blur kept apart: undefined, NaN, ±Infinity and -0. */
export function contentKey(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (v === undefined) return '\u0000undefined';
    if (typeof v === 'number' && (!Number.isFinite(v) || Object.is(v, -0))) return `\u0000${Object.is(v, -0) ? '-0' : String(v)}`;
    return v;
  });
}

/**
 * The answers of a pure, costly function for its last few distinct inputs, keyed by content.
 * The page builds a new input object on every render that brings new numbers, often with the
 * same content as one it has already answered (an executive switching a filter back, or the
 * build's snapshot followed by the same live numbers on load). An input seen before gets the same
 * answer object again, without asking the worker: nothing is computed twice, and React, handed
 * the same object, draws nothing again. A failure is not kept, so the next ask tries again.
 */
export class RecentAnswers<I, A> {
  private readonly answers = new Map<string, Promise<A>>();

  constructor(
    private readonly compute: (input: I) => Promise<A>,
    private readonly capacity: number,
  ) {}

  ask(input: I): Promise<A> {
    const key = contentKey(input);
    const known = this.answers.get(key);
    if (known) {
      // Map order is the recency order: move it to the back.
      this.answers.delete(key);
      this.answers.set(key, known);
      return known;
    }
    const answer = this.compute(input);
    this.answers.set(key, answer);
    answer.catch(() => {
      if (this.answers.get(key) === answer) this.answers.delete(key);
    });
    while (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    return answer;
  }
}
