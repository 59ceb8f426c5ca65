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
  /** By content key, in recency order; `settled` once the answer is in. */
  private readonly answers = new Map<string, { answer: Promise<A>; settled?: { value: A } }>();

  constructor(
    private readonly compute: (input: I) => Promise<A>,
    private readonly capacity: number,
  ) {}

  ask(input: I): Promise<A> {
    return this.entry(contentKey(input), input).answer;
  }

  /**
   * The answer for an input of this content, if it is already in; undefined otherwise (nothing is
   * computed). A promise, even settled, is read a task later: the page would draw once without
   * the answer it already has, and once more with it.
   */
  recall(input: I): A | undefined {
    const key = contentKey(input);
    const known = this.answers.get(key)?.settled;
    if (known) this.entry(key, input);
    return known?.value;
  }

  private entry(key: string, input: I): { answer: Promise<A>; settled?: { value: A } } {
    const known = this.answers.get(key);
    if (known) {
      // Map order is the recency order: move it to the back.
      this.answers.delete(key);
      this.answers.set(key, known);
      return known;
    }
    const entry: { answer: Promise<A>; settled?: { value: A } } = { answer: this.compute(input) };
    this.answers.set(key, entry);
    entry.answer.then(
      (value) => {
        entry.settled = { value };
      },
      () => {
        if (this.answers.get(key) === entry) this.answers.delete(key);
      },
    );
    while (this.answers.size > this.capacity) this.answers.delete(this.answers.keys().next().value as string);
    return entry;
  }
}
