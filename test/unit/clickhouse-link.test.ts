import { describe, expect, it } from 'vitest';
import { classifyAnswer } from '../../src/remote/clickhouse-error';
import { channelRenames, resolveClusterColumns } from '../../src/ingest/cluster-columns';
import { dailySalesSql, isTableName, quoteColumn, quoteTable } from '../../src/remote/clickhouse-sql';
import { clusterDatasetId, isClusterTable } from '../../src/state/cluster-link';
import { decodeHash, encodeHash } from '../../src/state/url-hash';

describe('a share link naming a ClickHouse cluster', () => {
  it('#ch= and #ch_table= name the cluster and its dataset, and survive a round trip', () => {
    const { state, rejected } = decodeHash('#ch=http%3A%2F%2F127.0.0.1%3A8123%2F&ch_table=cible.sales&retailer=Monoprix&from=2022-02-10&lang=fr');
    expect(rejected).toEqual([]);
    expect(state.cluster).toEqual({ url: 'http://127.0.0.1:8123/', table: 'cible.sales' });
    expect(state.filters.dataset).toBe(clusterDatasetId({ url: 'http://127.0.0.1:8123/', table: 'cible.sales' }));
    expect(state.filters.dataset).toMatch(/^k_[0-9a-f]{12}$/);
    expect(state.filters.retailer).toBe('Monoprix');
    expect(decodeHash(encodeHash(state)).state).toEqual(state);
    expect(encodeHash(state)).toContain('ch_table=cible.sales');
    expect(encodeHash(state)).not.toContain('dataset=');
  });

  it('ch_map= carries a column mapping (names only), in the dataset id too; a bad pair drops it', () => {
    const hash = '#ch=http%3A%2F%2F127.0.0.1%3A8123%2F&ch_table=cible.export&ch_map=date%3Aorder_day%2Ccommission_eur%3Afee%252Ceur';
    const { state, rejected } = decodeHash(hash);
    expect(rejected).toEqual([]);
    expect(state.cluster).toEqual({ url: 'http://127.0.0.1:8123/', table: 'cible.export', map: { date: 'order_day', commission_eur: 'fee,eur' } });
    expect(state.filters.dataset).not.toBe(clusterDatasetId({ url: 'http://127.0.0.1:8123/', table: 'cible.export' }));
    expect(decodeHash(encodeHash(state)).state).toEqual(state);
    const bad = decodeHash('#ch=http%3A%2F%2F127.0.0.1%3A8123%2F&ch_table=cible.export&ch_map=password%3Ax');
    expect(bad.rejected).toContain('ch_map');
    expect(bad.state.cluster).toEqual({ url: 'http://127.0.0.1:8123/', table: 'cible.export' });
  });

  it('refuses credentials in the address, a table that is not a name, and a cluster without its table', () => {
    const withCredentials = decodeHash('#ch=http%3A%2F%2Fbob%3Asecret%40127.0.0.1%3A8123%2F&ch_table=cible.sales');
    expect(withCredentials.state.cluster).toBeUndefined();
    expect(withCredentials.rejected).toContain('ch');
    const injected = decodeHash('#ch=http%3A%2F%2F127.0.0.1%3A8123%2F&ch_table=sales%20WHERE%201');
    expect(injected.state.cluster).toBeUndefined();
    expect(injected.rejected).toContain('ch_table');
    expect(decodeHash('#ch=http%3A%2F%2F127.0.0.1%3A8123%2F').state.cluster).toBeUndefined();
    expect(decodeHash('#ch=javascript%3Aalert(1)&ch_table=t').state.cluster).toBeUndefined();
  });

  it.each(['sales', 'cible.sales', 'db_1.t_2'])('%s is a table name on both sides', (name) => {
    expect(isClusterTable(name)).toBe(true);
    expect(isTableName(name)).toBe(true);
  });
  it.each(['', 'a.b.c', 'x;DROP', '`x`', 'a b', '1abc', 'a.'])('%j is not', (name) => {
    expect(isClusterTable(name)).toBe(false);
    expect(isTableName(name)).toBe(false);
    expect(() => quoteTable(name)).toThrow();
  });
});

describe('the ClickHouse statements and answers', () => {
  it('sums by day and every dimension in one GROUP BY, decimals as text, missing columns empty', () => {
    const sql = dailySalesSql('cible.sales', { date: 'date', retailer: 'retailer', channel: 'channel', revenue_eur: 'revenue_eur', orders: 'orders' });
    expect(sql).toContain('FROM `cible`.`sales`');
    expect(sql.match(/GROUP BY/g)).toHaveLength(1);
    expect(sql).toContain('toString(sum(`revenue_eur`))');
    expect(sql).toContain("'' AS k_platform");
    expect(sql).toContain('isNull(`orders`)');
    expect(sql).not.toContain('isNull(`commission_eur`)');
    expect(sql).toMatch(/FORMAT CSV$/);
  });

  it('reads a mapped table through aliases: its own columns summed, channels renamed in the GROUP BY', () => {
    const columns = resolveClusterColumns('db.export', ['order_day', 'enseigne', 'canal', 'ca_ttc', 'fee', 'Store'], {
      date: 'order_day',
      commission_eur: 'fee',
    });
    expect(columns).toEqual({ date: 'order_day', retailer: 'enseigne', channel: 'canal', revenue_eur: 'ca_ttc', commission_eur: 'fee' });
    const sql = dailySalesSql('db.export', columns, channelRenames(['Web', 'vocal', 'partner', 'kiosk']));
    expect(sql).toContain('toDate(`order_day`) AS k_date');
    expect(sql).toContain('toString(sum(`ca_ttc`)) AS k_revenue');
    expect(sql).toContain('isNull(`fee`)');
    expect(sql).toContain("transform(ifNull(toString(`canal`), ''), ['Web', 'vocal'], ['web', 'voice'], ifNull(toString(`canal`), '')) AS k_channel");
    expect(sql).not.toContain('Store');
  });

  it('a canonical table needs no mapping; a chosen column must exist, a required one must be found', () => {
    const canonical = ['date', 'retailer', 'channel', 'revenue_eur', 'ca'];
    expect(resolveClusterColumns('t', canonical)).toEqual({ date: 'date', retailer: 'retailer', channel: 'channel', revenue_eur: 'revenue_eur' });
    expect(() => resolveClusterColumns('t', canonical, { orders: 'nope' })).toThrow(/nope/);
    expect(() => resolveClusterColumns('t', ['date', 'retailer', 'channel'])).toThrow(/revenue_eur/);
    expect(quoteColumn('a`b\\c')).toBe('`a\\`b\\\\c`');
  });

  it.each([
    [404, "Code: 60, e.displayText() = DB::Exception: Table cible.nope doesn't exist.", 'unknown-table'],
    [404, "Code: 81, e.displayText() = DB::Exception: Database nope doesn't exist", 'unknown-table'],
    [404, 'Code: 47, e.displayText() = DB::Exception: Unknown identifier: zz', 'unknown-column'],
    [401, 'Code: 193, e.displayText() = DB::Exception: Wrong password for user default', 'refused'],
    [516, 'Code: 516. DB::Exception: default: Authentication failed', 'refused'],
    [500, 'Code: 159, e.displayText() = DB::Exception: Timeout exceeded', 'timeout'],
    [400, 'Code: 62, e.displayText() = DB::Exception: Syntax error', 'other'],
  ] as const)('HTTP %i %s is %s', (status, body, code) => {
    expect(classifyAnswer(status, body).code).toBe(code);
  });
});
