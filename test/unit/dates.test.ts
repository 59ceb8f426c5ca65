import { describe, expect, it } from 'vitest';
import { detectDateFormat, parseDate } from '../../src/ingest/dates';

describe('parseDate()', () => {
  it.each([
    ['2022-12-31', 'yyyy-mm-dd', '2022-12-31'],
    ['31/12/2022', 'dd/mm/yyyy', '2022-12-31'],
    ['1/2/2019', 'mm/dd/yyyy', '2019-01-02'],
    ['05-02-2010', 'dd-mm-yyyy', '2010-02-05'],
    ['2022-12-31T00:00:00Z', 'yyyy-mm-dd', '2022-12-31'],
  ] as const)('reads %j as %s', (raw, format, iso) => {
    expect(parseDate(raw, format)).toEqual({ ok: true, value: iso });
  });

  it('refuses a day that does not exist', () => {
    expect(parseDate('30/02/2022', 'dd/mm/yyyy')).toEqual({ ok: false, reason: { code: 'ingest.reject.noSuchDay', values: { text: '30/02/2022' } } });
  });
});

describe('detectDateFormat()', () => {
  it('settles day-first from a single unambiguous cell anywhere in the column', () => {
    expect(detectDateFormat(['03/04/2022', '05/06/2022', '25/04/2022'])).toEqual({ format: 'dd/mm/yyyy', failures: 0, alternatives: [] });
  });

  it('settles month-first (US exports) the same way', () => {
    expect(detectDateFormat(['2/5/2010', '12/31/2010'])).toEqual({ format: 'mm/dd/yyyy', failures: 0, alternatives: [] });
  });

  it('asks when the whole column reads both ways', () => {
    expect(detectDateFormat(['03/04/2022', '05/06/2022']).alternatives).toEqual(['dd/mm/yyyy', 'mm/dd/yyyy']);
  });

  it('is not ambiguous when both readings give the same dates (day = month)', () => {
    expect(detectDateFormat(['01/01/2022', '02/02/2022']).alternatives).toEqual([]);
  });

  it('counts unreadable cells and finds nothing in a column of words', () => {
    expect(detectDateFormat(['2022-01-01', 'soon']).failures).toBe(1);
    expect(detectDateFormat(['soon', 'later'])).toEqual({ format: null, failures: 2, alternatives: [] });
  });
});
