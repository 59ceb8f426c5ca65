import { nextTask } from './next-task';

/** 8 MiB: a slice took 20–30 ms to copy on a 2-core VM where each fresh memory page costs ~10 µs. */
const SLICE_BYTES = 8 * 1024 * 1024;

/**
 * A copy of `bytes`, made a slice at a time with a task boundary between slices. Copying a 100
 * MB upload in one go (`slice()`) was one task of 314–443 ms on the page's thread there (on an
 * Intel machine the whole upload's longest task was 57 ms): the page neither painted nor answered
 * input meanwhile.
 */
export async function copyInSlices(bytes: Uint8Array, sliceBytes = SLICE_BYTES): Promise<Uint8Array<ArrayBuffer>> {
  const copy = new Uint8Array(bytes.length);
  for (let at = 0; at < bytes.length; at += sliceBytes) {
    if (at > 0) await nextTask();
    copy.set(bytes.subarray(at, at + sliceBytes), at);
  }
  return copy;
}
