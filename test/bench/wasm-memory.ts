/**
 * The WASM engine's linear memory, seen from outside: WebAssembly.instantiate is wrapped (in the
 * benchmark process only) to remember every memory a module exports or imports. Linear memory
 * only grows, so its size is the high-water mark of everything DuckDB-WASM ever held.
 */
const memories: WebAssembly.Memory[] = [];
let installed = false;

function remember(instance: WebAssembly.Instance, imports: WebAssembly.Imports | undefined): void {
  // Emscripten's `env` is a Proxy that makes stubs for names it is asked: read only own values.
  const env = imports?.env;
  const imported = env && Object.prototype.hasOwnProperty.call(env, 'memory') ? [env.memory] : [];
  for (const value of [...Object.values(instance.exports), ...imported]) {
    if (value instanceof WebAssembly.Memory && !memories.includes(value)) memories.push(value);
  }
}

export function watchWasmMemory(): void {
  if (installed) return;
  installed = true;
  const original = WebAssembly.instantiate.bind(WebAssembly);
  const wrapped = async (source: BufferSource | WebAssembly.Module, imports?: WebAssembly.Imports) => {
    const result = await original(source as BufferSource, imports);
    remember('instance' in result ? result.instance : (result as unknown as WebAssembly.Instance), imports);
    return result;
  };
  WebAssembly.instantiate = wrapped as typeof WebAssembly.instantiate;
}

/** Bytes of the most recently instantiated module's memory (the engine opened last). */
export function latestWasmMemoryBytes(): number | null {
  const latest = memories[memories.length - 1];
  return latest ? latest.buffer.byteLength : null;
}
