import { describe, expect, test } from 'vitest';
import { copyInSlices } from '../../src/engine/copy-in-slices';
import { nextTask } from '../../src/engine/next-task';

describe('copyInSlices', () => {
  const bytes = Uint8Array.from({ length: 1000 }, (_, i) => (i * 7) % 256);

  test.each([1, 64, 999, 1000, 4096])('copies every byte in slices of %i, into a buffer of its own', async (slice) => {
    const copy = await copyInSlices(bytes, slice);
    expect(copy).toEqual(bytes);
    expect(copy.buffer).not.toBe(bytes.buffer);
    // The caller's bytes stay usable after the copy is handed over (transferred, detached).
    structuredClone(copy.buffer, { transfer: [copy.buffer] });
    expect(copy.length).toBe(0);
    expect(bytes[999]).toBe((999 * 7) % 256);
  });

  test('copies a view at its own offset, not the whole buffer under it', async () => {
    expect(await copyInSlices(bytes.subarray(10, 20), 3)).toEqual(bytes.slice(10, 20));
  });

  test('lets other tasks run between slices, and copies a small file in one go', async () => {
    const tasksDuring = async (slice: number) => {
      let done = false;
      let tasks = 0;
      const copying = copyInSlices(bytes, slice).then(() => (done = true));
      while (!done) {
        await nextTask();
        if (!done) tasks++;
      }
      await copying;
      return tasks;
    };
    expect(await tasksDuring(100)).toBeGreaterThan(0);
    expect(await tasksDuring(bytes.length)).toBe(0);
  });
});
