import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import {
  clearAllCrossFilters,
  clearCrossFilter,
  crossChips,
  isCrossActive,
  OVERVIEW_KINDS,
  toggleCrossFilter,
  type CrossChip,
  type CrossFilterControl,
  type CrossKind,
  type CrossState,
} from '../../state/cross-filter';
import type { Filters } from '../../state/filters';

/** Elements where Escape already means something (closing a list, leaving a field). */
const OWN_ESCAPE = 'input, select, textarea, [role="dialog"], [contenteditable="true"]';

type PageCrossFilter = CrossFilterControl & { chips: CrossChip[]; clear: (kind: CrossKind) => void };

/**
 * The page's cross-filter: the reducer of state/cross-filter.ts over the URL's filters, plus the
 * remembered period of a bucket click (kept in the page, not the link) and Escape to clear.
 */
export function useCrossFilter(filters: Filters, onFiltersChange: (filters: Filters) => void, kinds: readonly CrossKind[] = OVERVIEW_KINDS): PageCrossFilter {
  const [periodClick, setPeriodClick] = useState<CrossState['periodClick']>(null);
  const state: CrossState = { filters, periodClick };
  const apply = (next: CrossState) => {
    setPeriodClick(next.periodClick);
    if (next.filters !== filters) onFiltersChange(next.filters);
  };
  const chips = crossChips(state, kinds);
  // Escape reads the latest state through a ref: the listener is added once.
  const latest = useRef({ state, apply, chips, kinds });
  useLayoutEffect(() => {
    latest.current = { state, apply, chips, kinds };
  });
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape' || event.defaultPrevented || latest.current.chips.length === 0) return;
      if (event.target instanceof Element && event.target.closest(OWN_ESCAPE)) return;
      latest.current.apply(clearAllCrossFilters(latest.current.state, latest.current.kinds));
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  // Toggles read the latest state too: a chart kept on screen while new numbers are computed
  // (ChartCard) still holds an older render's handlers, and must not undo a later filter change.
  // The control keeps its identity while the state is the same, so memoised charts skip a render.
  const stateKey = JSON.stringify(state);
  return useMemo<PageCrossFilter>(
    () => ({
      chips,
      toggle: (target) => latest.current.apply(toggleCrossFilter(latest.current.state, target)),
      isActive: (target) => isCrossActive(state, target),
      activeKey: JSON.stringify(chips),
      clear: (kind) => latest.current.apply(clearCrossFilter(latest.current.state, kind)),
    }),
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `stateKey` stands for the state (chips are derived from it)
    [stateKey],
  );
}
