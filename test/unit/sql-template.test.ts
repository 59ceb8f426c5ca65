import { describe, expect, it } from 'vitest';
import { ident, join, literal, raw, sql, toQuery } from '../../src/engine/sql';

describe('the sql template', () => {
  it('turns every interpolated value into a ? and its param, in the order of the text', () => {
    const q = sql`SELECT * FROM t WHERE a = ${'x'} AND b > ${2} AND c IS ${null} AND d = ${true}`;
    expect(q.text).toBe('SELECT * FROM t WHERE a = ? AND b > ? AND c IS ? AND d = ?');
    expect(q.params).toEqual(['x', 2, null, true]);
  });

  it('splices a fragment with its params where it stands, between the values around it', () => {
    const where = sql`s.retailer = ${'Carrefour'}`;
    const q = sql`SELECT date_trunc(${'month'}, s.date) FROM s WHERE ${where} AND s.x < ${9}`;
    expect(q.text).toBe('SELECT date_trunc(?, s.date) FROM s WHERE s.retailer = ? AND s.x < ?');
    expect(q.params).toEqual(['month', 'Carrefour', 9]);
  });

  it('carries the params of a fragment used twice twice', () => {
    const where = sql`s.region = ${'Nord'} AND s.channel = ${'voice'}`;
    const q = sql`SELECT ${1} FROM a s WHERE ${where} UNION ALL SELECT ${2} FROM b s WHERE ${where}`;
    expect(q.text).toBe('SELECT ? FROM a s WHERE s.region = ? AND s.channel = ? UNION ALL SELECT ? FROM b s WHERE s.region = ? AND s.channel = ?');
    expect(q.params).toEqual([1, 'Nord', 'voice', 2, 'Nord', 'voice']);
  });

  it('keeps the order through fragments nested several deep', () => {
    const inner = sql`x = ${'a'}`;
    const middle = sql`(${inner} OR y = ${'b'})`;
    const outer = sql`${'first'} ${middle} AND ${sql`z = ${'c'} AND ${inner}`} ${'last'}`;
    expect(outer.text).toBe('? (x = ? OR y = ?) AND z = ? AND x = ? ?');
    expect(outer.params).toEqual(['first', 'a', 'b', 'c', 'a', 'last']);
  });

  it('joins values and fragments with a separator, and nothing into empty text', () => {
    const list = join(['voice', "we'b"], ', ');
    expect(list.text).toBe('?, ?');
    expect(list.params).toEqual(['voice', "we'b"]);
    const clauses = join([sql`a = ${1}`, sql`TRUE`, sql`b IN (${list})`], ' AND ');
    expect(clauses.text).toBe('a = ? AND TRUE AND b IN (?, ?)');
    expect(clauses.params).toEqual([1, 'voice', "we'b"]);
    expect(join([], ', ')).toMatchObject({ text: '', params: [] });
  });

  it('quotes a literal, doubling its single quotes, and adds no param', () => {
    const q = sql`SELECT * FROM read_csv(${literal("/up/l'été's.csv")}, delim = ${literal("'")})`;
    expect(q.text).toBe("SELECT * FROM read_csv('/up/l''été''s.csv', delim = '''')");
    expect(q.params).toEqual([]);
  });

  it('quotes an identifier, doubling its double quotes', () => {
    expect(sql`SELECT ${ident('a "b"')} FROM ${ident('ds_x')}.${ident('sales')}`.text).toBe('SELECT "a ""b""" FROM "ds_x"."sales"');
  });

  it('takes raw text as it is, with no param, for SQL made by code', () => {
    const q = sql`SELECT ${raw('sum(s.revenue_eur)')} FROM s WHERE a = ${'?'}`;
    expect(q.text).toBe('SELECT sum(s.revenue_eur) FROM s WHERE a = ?');
    expect(q.params).toEqual(['?']);
  });

  it('converts to the plain { sql, params } the engine takes, a copy a worker can clone', () => {
    const fragment = sql`SELECT ${1}`;
    const query = toQuery(fragment);
    expect(query).toEqual({ sql: 'SELECT ?', params: [1] });
    expect(Object.getPrototypeOf(query)).toBe(Object.prototype);
    expect(structuredClone(query)).toEqual(query);
    query.params.push(2);
    expect(fragment.params).toEqual([1]);
  });

  it('refuses to become a plain string, which would drop its params', () => {
    expect(() => `${sql`a = ${1}`}`).toThrow(/sql fragment/);
  });
});
