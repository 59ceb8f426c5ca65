import type { Filters } from '../state/filters';
import { allianceByYearQuery } from './alliance-by-year';
import { allianceChannelsQuery } from './alliance-channels';
import type { BuiltQuery } from './built-query';
import { eventsQuery } from './events';
import { feeSchedulesQuery } from './fee-schedules';
import { platformEconomicsQuery } from './platform-economics';
import type { SalesSource } from './sales-facts';

/**
 * Every panel of the competition view, each its own named query on the active dataset, in one
 * pure place like `overviewQueries`. The page reads the dataset's summary table (`cube`); `raw`
 * gives the same answers from the sales table alone.
 */
export function competitionQueries(filters: Filters, source: SalesSource = 'cube') {
  return {
    channels: allianceChannelsQuery(filters, source),
    years: allianceByYearQuery(filters, source),
    // Growth since a launch reaches back before the chosen period's start (up to its end).
    history: allianceByYearQuery({ ...filters, from: null }, source),
    platforms: platformEconomicsQuery(filters, source),
    fees: feeSchedulesQuery(filters.dataset),
    // Every dated event: a partnership's launch may lie before the chosen period.
    events: eventsQuery({ ...filters, retailer: null, from: null, to: null }),
  } satisfies Record<string, BuiltQuery>;
}
