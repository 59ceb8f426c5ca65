import { useEffect, useLayoutEffect, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Charts drawn one at a time when a page first shows them. A Recharts chart draws when its
 * ResizeObserver reports its width, and all the charts mounted in one frame report in the same
 * frame: the overview's seven first drew in one task of over a second, during which the page
 * answered no click or key. In turn, each chart draws in its own task and the browser paints and
 * handles input between them. Only the first draw waits: a chart already drawn updates at once.
 */

interface Turn {
  /** Lets the chart draw (or ends the turn at once if it already has). */
  release: () => void;
  shown: boolean;
}

const waiting: Turn[] = [];
/** The turn whose chart is drawing (released, its frame not yet over), if any. */
let drawing: Turn | null = null;
const listeners = new Set<() => void>();
/** Pages holding first draws back (useHoldFirstDraws); none drawn while any holds. */
let holds = 0;
/** Some chart has drawn; then the queue ran dry: the page's first charts are all on screen. */
let drewAny = false;
let firstDrawsDone = false;

function next(): void {
  if (!drawing && holds === 0) {
    drawing = waiting.shift() ?? null;
    if (drawing) drewAny = true;
    else if (drewAny) firstDrawsDone = true;
    drawing?.release();
  }
  for (const listener of listeners) listener();
}

function finish(turn: Turn): void {
  if (drawing !== turn) return;
  drawing = null;
  next();
}

/** Ends a turn once the chart's frame is over (its ResizeObserver ran and it painted). */
function endTurnAfterFrame(turn: Turn): void {
  // The task after the next frame; a timer too, as a hidden tab runs no frames.
  requestAnimationFrame(() => setTimeout(() => finish(turn), 0));
  setTimeout(() => finish(turn), 250);
}

/** Shows `waiting` until it is this chart's turn, then its children for good. */
export function DrawInTurn({ children, waiting: placeholder, next: jumpsQueue = false }: { children: ReactNode; waiting: ReactNode; next?: boolean }) {
  const [released, setReleased] = useState(false);
  // Mutable on purpose and read only in effects and the queue: not state, it draws nothing.
  const turnRef = useRef<Turn>({ release: () => {}, shown: false });
  useEffect(() => {
    if (released) return;
    const turn = turnRef.current;
    turn.release = () => (turn.shown ? queueMicrotask(() => finish(turn)) : setReleased(true));
    if (jumpsQueue) waiting.unshift(turn);
    else waiting.push(turn);
    next();
  }, [released, jumpsQueue]);
  useEffect(() => {
    if (!released) return;
    turnRef.current.shown = true;
    endTurnAfterFrame(turnRef.current);
  }, [released]);
  useEffect(() => {
    const turn = turnRef.current;
    // Gone before its turn, or during it: the next chart goes.
    return () => {
      const at = waiting.indexOf(turn);
      if (at >= 0) waiting.splice(at, 1);
      finish(turn);
      next();
    };
  }, []);
  return released ? children : placeholder;
}

/**
 * A chart's series (bars, lines, reference lines), drawn in the turn right after the chart's
 * frame (grid, axes, legend), while the page draws its first charts. A chart's first draw is
 * Recharts registering each part in its store and drawing the whole chart again after each round
 * of registrations: the overview's charts took 60–90 ms each, in one task. In two turns, each
 * part is a shorter task, and the loading page answers a click or a key between them. Once the
 * first charts are on screen, a chart mounted later (the goal's, when a filter switches it on)
 * draws in one go: a person who asked for it waits for the whole chart, not for shorter tasks.
 * Put it inside the chart, around the parts drawn from the data.
 */
export function SeriesInTurn({ children }: { children: ReactNode }) {
  // Decided when the chart mounts: a chart drawn in two turns stays so.
  const [inTwoTurns] = useState(() => !firstDrawsDone);
  return inTwoTurns ? (
    <DrawInTurn waiting={null} next>
      {children}
    </DrawInTurn>
  ) : (
    children
  );
}

/** A chart of a known height drawn in turn: a blank of that height holds its place meanwhile. */
export function InTurn({ height, children }: { height: number; children: ReactNode }) {
  return <DrawInTurn waiting={<div className="chart-pending-inline" style={{ height }} aria-busy="true" />}>{children}</DrawInTurn>;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const allDrawn = () => drawing === null && waiting.length === 0;

/** True once no chart waits for its turn: the page's readiness includes its charts being drawn. */
export function useChartsDrawn(): boolean {
  return useSyncExternalStore(subscribe, allDrawn, allDrawn);
}

/**
 * Holds charts' first draws back while `hold` is true, for at most `atMostMs`. The overview holds
 * them while the build's snapshot stands in for the live numbers: a chart drawn from the snapshot
 * is drawn again with the live numbers moments later, and its first draw (Recharts' code running
 * for the first time, about 0.1 s a chart) takes the page's thread while DuckDB's WASM compiles
 * on the other cores. On a 2-core machine drawing them first put the first live KPI 0.5 s later.
 * When DuckDB is slow to start (a slow network or device), the charts draw from the snapshot
 * once the time is up, and update when the live numbers come.
 */
export function useHoldFirstDraws(hold: boolean, atMostMs: number): void {
  // A layout effect: registered before the charts' own (passive) effects ask for their turn.
  useLayoutEffect(() => {
    if (!hold) return;
    holds++;
    let held = true;
    const letGo = () => {
      if (!held) return;
      held = false;
      holds--;
      next();
    };
    const timer = setTimeout(letGo, atMostMs);
    return () => {
      clearTimeout(timer);
      letGo();
    };
  }, [hold, atMostMs]);
}
