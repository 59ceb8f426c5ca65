import { allianceByYearQuery, readAllianceByYear } from '../queries/alliance-by-year';
import { allianceChannelsQuery, readAllianceChannels } from '../queries/alliance-channels';
import { eventsQuery, readEvents } from '../queries/events';
import { feeSchedulesQuery, readFeeSchedules } from '../queries/fee-schedules';
import { platformEconomicsQuery, readPlatformEconomics } from '../queries/platform-economics';
import { overviewQueries } from '../queries/overview-queries';
import { readRevenueDrivers } from '../queries/revenue-drivers';
import type { Filters } from '../state/filters';
import { useNamedQuery } from './use-named-query';

/** Every panel of the competition view, each its own named query on the active dataset. */
export function useCompetition(filters: Filters) {
  const dataset = filters.dataset;
  return {
    channels: useNamedQuery(dataset, allianceChannelsQuery(filters), readAllianceChannels),
    years: useNamedQuery(dataset, allianceByYearQuery(filters), readAllianceByYear),
    // Growth since a launch reaches back before the chosen period's start (up to its end).
    history: useNamedQuery(dataset, allianceByYearQuery({ ...filters, from: null }), readAllianceByYear),
    platforms: useNamedQuery(dataset, platformEconomicsQuery(filters), readPlatformEconomics),
    fees: useNamedQuery(dataset, feeSchedulesQuery(dataset), readFeeSchedules),
    // Every dated event: a partnership's launch may lie before the chosen period.
    events: useNamedQuery(dataset, eventsQuery({ ...filters, retailer: null, from: null, to: null }), readEvents),
  };
}

export type CompetitionData = ReturnType<typeof useCompetition>;

/** Orders × basket by channel over the KPIs' window and a year earlier, with its target. */
export function useRevenueDrivers(filters: Filters) {
  return useNamedQuery(filters.dataset, overviewQueries(filters).drivers, readRevenueDrivers);
}
