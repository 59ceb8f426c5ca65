import { useCallback, useRef, useState } from 'react';
import { DEFAULT_STATE, type ClusterLink } from '../state/app-state';
import { clusterDatasetId, isClusterTable } from '../state/cluster-link';
import { DEFAULT_FILTERS } from '../state/filters';
import { encodeHash } from '../state/url-hash';
import { setClusterTables, setCredentials } from '../session/cluster-store';
import { useEngineContext } from './engine-context';
import { agreeTo, policyAllows } from '../session/source-agreement';

/** What the analyst types in the Data page's "Connect to ClickHouse" form. */
export interface ConnectForm {
  url: string;
  database: string;
  sales: string;
  targets: string;
  fees: string;
  events: string;
  user: string;
  password: string;
  /** Canonical sales column → the table's column, where the analyst chose one (Data page mapping). */
  mapping: Record<string, string>;
}

export type ConnectPhase =
  | { step: 'idle' }
  | { step: 'invalid'; field: 'url' | 'table' }
  | { step: 'working'; host: string; table: string }
  | { step: 'reloading'; host: string }
  | { step: 'failed'; code: string; detail: string; host: string; table: string };

/** `db.table` from the form's database and table (a table written `db.table` keeps its own). */
function qualified(database: string, table: string): string {
  const name = table.trim();
  return name.includes('.') || !database.trim() ? name : `${database.trim()}.${name}`;
}

function webAddress(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && !url.username && !url.password ? url.toString() : null;
  } catch {
    return null;
  }
}

/** The form's cluster as a link: address, table, and the mapped columns that differ from their canonical name. */
export function formLink(form: ConnectForm): ClusterLink | null {
  const url = webAddress(form.url);
  const table = qualified(form.database, form.sales);
  if (!url || !isClusterTable(table)) return null;
  const map = Object.fromEntries(Object.entries(form.mapping).filter(([canonical, column]) => column && column !== canonical));
  return { url, table, ...(Object.keys(map).length ? { map } : {}) };
}

/**
 * Lets the page reach the form's cluster: true when it already may; else the link goes into the
 * address (never the password) and the page reloads with that origin allowed (source-agreement.ts).
 */
export function reachable(link: ClusterLink, form: ConnectForm): boolean {
  setCredentials(link.url, { user: form.user.trim() || undefined, password: form.password || undefined });
  if (!policyAllows(link.url))
    window.history.replaceState(
      null,
      '',
      encodeHash({ ...DEFAULT_STATE, view: 'data', cluster: link, filters: { ...DEFAULT_FILTERS, dataset: clusterDatasetId(link) } }),
    );
  return agreeTo(link.url) === 'ready';
}

/**
 * Connects the form's cluster: keeps the credentials in memory, fetches the summed sales and
 * installs them as the cluster's dataset; only then `onLoaded` switches the dashboard to it, so a
 * failed or cancelled fetch leaves the data shown as it was.
 */
export function useClickHouseConnect(onLoaded: (link: ClusterLink) => void) {
  const { installDataset } = useEngineContext();
  const [phase, setPhase] = useState<ConnectPhase>({ step: 'idle' });
  const running = useRef<AbortController | null>(null);

  const connect = useCallback(
    async (form: ConnectForm) => {
      const link = formLink(form);
      const optional = [form.targets, form.fees, form.events].map((t) => (t.trim() ? qualified(form.database, t) : null));
      if (!webAddress(form.url)) return setPhase({ step: 'invalid', field: 'url' });
      if (!link || !optional.every((t) => t === null || isClusterTable(t))) return setPhase({ step: 'invalid', field: 'table' });
      const { table } = link;
      const id = clusterDatasetId(link);
      const host = new URL(link.url).host;
      setClusterTables(id, { sales: table, targets: optional[0], fees: optional[1], events: optional[2] });
      // A new address needs a reload, which comes back to this page with the address, table and
      // mapping filled in (never the password).
      if (!reachable(link, form)) return setPhase({ step: 'reloading', host });
      running.current?.abort();
      const controller = new AbortController();
      running.current = controller;
      setPhase({ step: 'working', host, table });
      try {
        const { fetchCluster } = await import('../session/clickhouse-source');
        const dataset = await fetchCluster(id, link, controller.signal);
        if (controller.signal.aborted) throw Object.assign(new Error('cancelled'), { code: 'cancelled', detail: '' });
        await installDataset(id, dataset.files);
        setPhase({ step: 'idle' });
        onLoaded(link);
      } catch (error) {
        const { code = 'other', detail = error instanceof Error ? error.message : String(error) } = error as { code?: string; detail?: string };
        setPhase({ step: 'failed', code, detail, host, table });
      } finally {
        if (running.current === controller) running.current = null;
      }
    },
    [installDataset, onLoaded],
  );

  const cancel = useCallback(() => running.current?.abort(), []);
  return { phase, connect, cancel };
}
