import { describe, expect, it } from 'vitest';
import { toCsv } from '../../src/export/csv-export';
import { prepareIngest } from '../../src/ingest/prepare-ingest';
import { PLATFORM_FEES_TEMPLATE, TARGETS_TEMPLATE } from '../../src/model/csv-templates';

describe('CSV templates for what an upload lacks', () => {
  it('the targets template has the canonical target columns, in order', () => {
    expect(TARGETS_TEMPLATE.columns).toEqual(['retailer', 'channel', 'period_start', 'period_end', 'target_eur', 'set_on', 'label', 'metric', 'source']);
    expect(PLATFORM_FEES_TEMPLATE.columns).toEqual(['platform', 'valid_from', 'valid_to', 'rate_pct', 'fixed_eur_per_order', 'label', 'source']);
  });

  it.each([
    ['targets', TARGETS_TEMPLATE],
    ['fees', PLATFORM_FEES_TEMPLATE],
  ] as const)('the %s template, downloaded as is, loads without a rejected row', async (kind, template) => {
    const bytes = new TextEncoder().encode(toCsv(template.columns, template.example));
    const prepared = await prepareIngest({ fileName: template.fileName, bytes, kind });
    expect(prepared.report.refused).toBeFalsy();
    expect(prepared.report.rowsLoaded).toBe(template.example.length);
    expect(prepared.report.rowsRejected).toBe(0);
  });
});
