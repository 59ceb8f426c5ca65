import { readAllianceByYear } from '../queries/alliance-by-year';
import { readAllianceChannels } from '../queries/alliance-channels';
import { competitionQueries } from '../queries/competition-queries';
import { readEvents } from '../queries/events';
import { readFeeSchedules } from '../queries/fee-schedules';
import { readPlatformEconomics } from '../queries/platform-economics';
import type { Filters } from '../state/filters';
import { useNamedQuery } from './use-named-query';

/** Every panel of the competition view, each its own named query (see queries/competition-queries.ts). */
export function useCompetition(filters: Filters) {
  const dataset = filters.dataset;
  const q = competitionQueries(filters);
  return {
    channels: useNamedQuery(dataset, q.channels, readAllianceChannels),
    years: useNamedQuery(dataset, q.years, readAllianceByYear),
    history: useNamedQuery(dataset, q.history, readAllianceByYear),
    platforms: useNamedQuery(dataset, q.platforms, readPlatformEconomics),
    fees: useNamedQuery(dataset, q.fees, readFeeSchedules),
    events: useNamedQuery(dataset, q.events, readEvents),
  };
}

export type CompetitionData = ReturnType<typeof useCompetition>;
