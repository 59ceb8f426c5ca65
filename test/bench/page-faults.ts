/**
 * What a first touch of memory costs on this machine. Some virtual machines fault a fresh page in
 * at about 10 µs instead of well under 1 µs; the browser's figures (a page's heaps growing, a
 * 34 MB WASM fetched into new buffers) then take about twice as long as on a machine that does
 * not, while Node's figures, which reuse DuckDB's memory, barely move. Reported with the machine,
 * so two runs' absolute figures can be told apart from their ratios.
 */
import { summarize } from './stats';

const PAGE = 4096;
const BYTES = 128 * 1024 * 1024;

/** Microseconds per fresh 4 KiB page written once (median of three 128 MiB buffers). */
export function pageFaultMicros(): number {
  const samples: number[] = [];
  for (let run = 0; run < 3; run++) {
    // A zero-filled allocation this large is mapped lazily: each page is faulted in by its first write.
    const buffer = Buffer.alloc(BYTES);
    const start = performance.now();
    for (let offset = 0; offset < BYTES; offset += PAGE) buffer[offset] = 1;
    samples.push(((performance.now() - start) * 1000) / (BYTES / PAGE));
  }
  return summarize(samples).median;
}
