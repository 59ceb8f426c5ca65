import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { createEngineWatch } from '../../src/engine/engine-watch';

// A full, synchronous garbage collection, as the browser bench forces through DevTools.
v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

async function settleAndCollect(): Promise<void> {
  for (let i = 0; i < 3; i++) await new Promise((resolve) => setTimeout(resolve, 0));
  collectGarbage();
}

describe('the engine watch over a long session', () => {
  it('keeps no answer of a call once it settled (the watch lives as long as the engine)', async () => {
    const watch = createEngineWatch(async () => undefined);
    // In a function of its own, so that no variable of the test holds the answer or its promise.
    const callOnce = async () => {
      const answer = { rows: new Float64Array(1000) };
      expect(await watch.guard(async () => answer)).toBe(answer);
      return new WeakRef(answer);
    };
    const held = await callOnce();
    await settleAndCollect();
    expect(held.deref()).toBeUndefined();
    expect(watch.isDead()).toBe(false);
  });

  it('keeps nothing of a heartbeat once it was answered', async () => {
    const idle = async () => undefined;
    let ping: () => Promise<unknown> = idle;
    const watch = createEngineWatch(() => ping());
    const checkOnce = async () => {
      const reply = { big: new Float64Array(1000) };
      ping = async () => reply;
      expect(await watch.check(60_000)).toBe(true);
      return new WeakRef(reply);
    };
    const held = await checkOnce();
    // Set here, not in checkOnce: a closure made there would share its scope, and keep `reply`.
    ping = idle;
    await settleAndCollect();
    expect(held.deref()).toBeUndefined();
  });

  it('still rejects a call in flight when the engine dies', async () => {
    const watch = createEngineWatch(async () => undefined);
    const call = watch.guard(() => new Promise<never>(() => undefined));
    watch.kill('the worker failed');
    await expect(call).rejects.toMatchObject({ name: 'EngineCrashedError' });
  });
});
