/**
 * `value`, in the page's next task (a timer): work chained after it runs in a task of its own,
 * so the browser can paint and answer input between two long pieces of work.
 */
export function inNextTask<T>(value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), 0));
}
