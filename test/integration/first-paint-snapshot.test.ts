import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { firstPaintTemplates } from '../../src/cli/first-paint-markup';
import { computeFirstPaintSnapshot } from '../../src/cli/first-paint-snapshot';
import { formatEuroCompact } from '../../src/i18n/format';
import { LOCALES } from '../../src/i18n/locale';
import { shellQueries } from '../../src/queries/overview-queries';
import { fetchOverviewAnswers, overviewResults } from '../../src/session/overview-client';
import { readDatasetFacets } from '../../src/queries/dataset-facets';
import { withDefaultPeriod } from '../../src/state/default-period';
import { DEFAULT_FILTERS } from '../../src/state/filters';
import { decodeResult, snapshotKey, type FirstPaintSnapshot } from '../../src/state/first-paint-snapshot';
import { ROOT, useNodeEngine } from '../support/node-engine';

describe('the build-time snapshot of the default view', () => {
  const engine = useNodeEngine({ bundled: true });
  let snapshot: FirstPaintSnapshot;

  beforeAll(async () => {
    snapshot = await computeFirstPaintSnapshot(path.join(ROOT, 'data'));
  });

  /** The default view's filters as the page resolves them: the data's last year (state/default-period.ts). */
  const defaultView = async () => {
    const facets = shellQueries(DEFAULT_FILTERS).facets;
    return withDefaultPeriod(DEFAULT_FILTERS, readDatasetFacets(await engine.query(facets.sql, facets.params)).lastDate);
  };

  it('holds every query the default view runs, under the key the page looks it up by, with the live answer', async () => {
    const filters = await defaultView();
    expect([filters.from, filters.to]).toEqual(['2023-01-01', '2023-12-31']);
    const queries = [...(await overviewResults(engine, filters)).map(([query]) => query), ...Object.values(shellQueries(DEFAULT_FILTERS))];
    expect(Object.keys(snapshot.results)).toHaveLength(queries.length);
    for (const query of queries) {
      const stored = snapshot.results[snapshotKey(DEFAULT_FILTERS.dataset, query.sql, query.params)];
      expect(stored, query.sql.slice(0, 80)).toBeDefined();
      expect(decodeResult(stored!)).toEqual(await engine.query(query.sql, query.params));
    }
  });

  it("renders the default view's KPI cards as static markup in both languages, with the live numbers, inert and script-free", async () => {
    const live = (await fetchOverviewAnswers(engine, await defaultView())).kpis;
    const html = firstPaintTemplates(snapshot);
    // No script, no event handler: index.html's CSP script stays the only inline script.
    expect(html).not.toMatch(/<script|\son[a-z]+=/i);
    for (const locale of LOCALES) {
      const template = html.match(new RegExp(`<template id="cible-first-paint-${locale}">(.*?)</template>`, 's'))?.[1];
      expect(template, locale).toBeDefined();
      expect(template).toContain('<div class="shell" inert="">');
      expect(template).toContain('data-snapshot="build"');
      expect(template).toContain('data-testid="snapshot-badge"');
      const actual = template!.match(/data-testid="kpi-actual" data-value="([^"]*)"><div class="kpi-label">[^<]*<\/div><div class="kpi-value">([^<]*)</);
      expect(actual?.[1]).toBe(String(live.actual));
      expect(actual?.[2]).toBe(formatEuroCompact(live.actual!, locale));
    }
  });
});
