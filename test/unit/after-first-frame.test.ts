import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { afterFirstFrame } from '../../src/session/after-first-frame';

describe('afterFirstFrame', () => {
  let frames: FrameRequestCallback[];
  beforeEach(() => {
    vi.useFakeTimers();
    frames = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });
  const drawFrame = () => frames.splice(0).forEach((callback) => callback(0));

  test('runs in the task after the next frame, once', () => {
    const run = vi.fn();
    afterFirstFrame(run);
    vi.advanceTimersByTime(50);
    expect(run).not.toHaveBeenCalled();
    drawFrame();
    expect(run).not.toHaveBeenCalled(); // not inside the frame itself
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1000);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('runs after the wait when no frame comes (a hidden tab)', () => {
    const run = vi.fn();
    afterFirstFrame(run, 100);
    vi.advanceTimersByTime(99);
    expect(run).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(run).toHaveBeenCalledTimes(1);
    drawFrame();
    vi.advanceTimersByTime(0);
    expect(run).toHaveBeenCalledTimes(1);
  });

  test('runs at once when asked before the frame, and not again after it', () => {
    const run = vi.fn();
    const runNow = afterFirstFrame(run);
    runNow();
    expect(run).toHaveBeenCalledTimes(1);
    drawFrame();
    vi.advanceTimersByTime(1000);
    runNow();
    expect(run).toHaveBeenCalledTimes(1);
  });
});
