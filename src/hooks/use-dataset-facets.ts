import { datasetFacetsQuery, readDatasetFacets } from '../queries/dataset-facets';
import { useMemo } from 'react';
import { readTargetVersions, targetVersionsQuery, versionsOf, type TargetVersion } from '../queries/target-versions';
import { useNamedQuery } from './use-named-query';

/** What the page around every view needs of a dataset: the filter bar's values and its dates. */
export function useDatasetFacets(dataset: string) {
  // On the summary table, as shellQueries (and so the build-time snapshot) has it. Built once per
  // dataset: the page's shell renders on every filter change, and building and keying the query
  // each time cost about a millisecond of the change.
  const query = useMemo(() => datasetFacetsQuery(dataset, 'cube'), [dataset]);
  return useNamedQuery(dataset, query, readDatasetFacets);
}

/** The dated versions of the goals the filter bar offers to measure against. */
export function useTargetVersions(dataset: string, retailer: string | null): TargetVersion[] | null {
  const query = useMemo(() => targetVersionsQuery(dataset), [dataset]);
  const all = useNamedQuery(dataset, query, readTargetVersions);
  return useMemo(() => (all.data ? versionsOf(all.data, retailer) : null), [all.data, retailer]);
}
