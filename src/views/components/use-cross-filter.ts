import { useEffect, useRef, useState } from 'react';
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

/**
 * The page's cross-filter: the reducer of state/cross-filter.ts over the URL's filters, plus the
 * remembered period of a bucket click (kept in the page, not the link) and Escape to clear.
 */
export function useCrossFilter(
  filters: Filters,
  onFiltersChange: (filters: Filters) => void,
  kinds: readonly CrossKind[] = OVERVIEW_KINDS,
): CrossFilterControl & { chips: CrossChip[]; clear: (kind: CrossKind) => void } {
  const [periodClick, setPeriodClick] = useState<CrossState['periodClick']>(null);
  const state: CrossState = { filters, periodClick };
  const apply = (next: CrossState) => {
    setPeriodClick(next.periodClick);
    if (next.filters !== filters) onFiltersChange(next.filters);
  };
  const chips = crossChips(state, kinds);
  // Escape reads the latest state through a ref: the listener is added once.
  const latest = useRef({ state, apply, chips, kinds });
  latest.current = { state, apply, chips, kinds };
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
  return {
    chips,
    toggle: (target) => latest.current.apply(toggleCrossFilter(latest.current.state, target)),
    isActive: (target) => isCrossActive(state, target),
    clear: (kind) => latest.current.apply(clearCrossFilter(latest.current.state, kind)),
  };
}
