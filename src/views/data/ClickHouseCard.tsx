import { useState } from 'react';
import { useClusterFetch } from '../../hooks/use-cluster-fetch';
import type { ClusterFetch } from '../../session/cluster-store';
import { formLink, reachable, useClickHouseConnect, type ConnectForm, type ConnectPhase } from '../../hooks/use-clickhouse-connect';
import { useClusterColumns, type ColumnsPhase } from '../../hooks/use-cluster-columns';
import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';
import type { ClusterLink } from '../../state/app-state';
import { ClusterError } from '../components/ClusterError';
import { ClusterMapping } from './ClusterMapping';

interface ClickHouseCardProps {
  /** The cluster the page shows now (from the link), to fill the form and say where the data lives. */
  cluster: ClusterLink | null;
  /** The active dataset's id: its fetch's status is shown when it is a cluster's. */
  dataset: string;
  onLoaded: (link: ClusterLink) => void;
}

const TEXT_FIELDS = [
  ['url', 'ch.url'],
  ['database', 'ch.database'],
  ['sales', 'ch.sales'],
  ['targets', 'ch.targets'],
  ['fees', 'ch.fees'],
  ['events', 'ch.events'],
  ['user', 'ch.user'],
] as const satisfies readonly (readonly [keyof ConnectForm, MessageKey])[];

function initialForm(cluster: ClusterLink | null): ConnectForm {
  const [database = '', table = ''] = cluster ? (cluster.table.includes('.') ? cluster.table.split('.') : ['', cluster.table]) : ['', ''];
  return { url: cluster?.url ?? 'http://127.0.0.1:8123/', database, sales: table, targets: '', fees: '', events: '', user: '', password: '', mapping: { ...cluster?.map } };
}

/**
 * "Connect to ClickHouse": the cluster's address, tables and credentials (the password in this
 * tab's memory only), the fetch's progress and errors with what to do, and where the data shown
 * lives. Tables with the canonical column names need no mapping; for others, "Read the columns"
 * offers the upload's mapping over the table's columns (ClusterMapping).
 */
export function ClickHouseCard({ cluster, dataset, onLoaded }: ClickHouseCardProps) {
  const { t } = useI18n();
  const [form, setForm] = useState<ConnectForm>(() => initialForm(cluster));
  const { phase, connect, cancel } = useClickHouseConnect(onLoaded);
  const columns = useClusterColumns();
  const readColumns = () => {
    const link = formLink(form);
    if (link && reachable(link, form)) void columns.read(link.url, link.table, { user: form.user.trim() || undefined, password: form.password || undefined });
  };
  const setMapping = (canonical: string, column: string) => setForm((f) => ({ ...f, mapping: { ...f.mapping, [canonical]: column } }));
  const fetched = useClusterFetch(cluster ? dataset : null);
  const set = (key: keyof ConnectForm) => (event: { target: { value: string } }) => setForm((f) => ({ ...f, [key]: event.target.value }));
  return (
    <section className="panel clickhouse-card" data-testid="clickhouse-card">
      <h2>{t('ch.title')}</h2>
      <p className="muted">{t('ch.intro')}</p>
      {fetched?.state === 'loaded' ? <ClusterStatus fetched={fetched} /> : null}
      <form
        className="clickhouse-form"
        onSubmit={(event) => {
          event.preventDefault();
          void connect(form);
        }}
      >
        {TEXT_FIELDS.map(([key, label]) => (
          <label key={key} className="field">
            <span className="field-label">{t(label)}</span>
            <input type="text" name={`ch-${key}`} data-testid={`ch-${key}`} value={form[key]} onChange={set(key)} autoComplete="off" spellCheck={false} />
          </label>
        ))}
        <label className="field">
          <span className="field-label">{t('ch.password')}</span>
          <input type="password" name="ch-password" data-testid="ch-password" value={form.password} onChange={set('password')} autoComplete="off" />
        </label>
        {columns.phase.step === 'read' ? <ClusterMapping {...columns.phase} mapping={form.mapping} onChange={setMapping} /> : null}
        <button type="button" className="button-secondary" data-testid="ch-columns" onClick={readColumns} disabled={columns.phase.step === 'reading'}>
          {t('ch.readColumns')}
        </button>{' '}
        <button type="submit" className="button-primary" data-testid="ch-connect" disabled={phase.step === 'working'}>
          {t('ch.connect')}
        </button>
      </form>
      <p className="muted">
        {t('ch.passwordNote')} {t('ch.smallTablesNote')}
      </p>
      <ColumnsError phase={columns.phase} host={form.url} />
      <PhaseLine phase={phase} onCancel={cancel} />
    </section>
  );
}

function ClusterStatus({ fetched }: { fetched: Extract<ClusterFetch, { state: 'loaded' }> }) {
  const i18n = useI18n();
  const time = new Date(fetched.fetchedAt).toLocaleString(i18n.locale === 'fr' ? 'fr-FR' : 'en-GB');
  const values = { host: new URL(fetched.url).host, table: fetched.table, time, rows: i18n.count(fetched.rowsOnCluster), sent: i18n.count(fetched.rowsSent) };
  return (
    <p className="notice" data-testid="ch-status" data-value={fetched.rowsOnCluster}>
      {i18n.t('ch.loaded', values)}
    </p>
  );
}

function PhaseLine({ phase, onCancel }: { phase: ConnectPhase; onCancel: () => void }) {
  const { t } = useI18n();
  if (phase.step === 'idle') return null;
  if (phase.step === 'invalid') return <p className="error-text" role="alert">{t(phase.field === 'url' ? 'ch.badUrl' : 'ch.badTable')}</p>;
  if (phase.step === 'reloading') return <p role="status">{t('ch.reloading', { host: phase.host })}</p>;
  if (phase.step === 'working') {
    return (
      <p role="status" aria-live="polite" data-testid="ch-progress">
        <progress /> {t('ch.loading', { host: phase.host, table: phase.table })}{' '}
        <button type="button" className="button-secondary" onClick={onCancel}>
          {t('ch.cancel')}
        </button>
      </p>
    );
  }
  return <ClusterError code={phase.code} detail={phase.detail} host={phase.host} table={phase.table} />;
}

function ColumnsError({ phase, host }: { phase: ColumnsPhase; host: string }) {
  if (phase.step !== 'failed') return null;
  const name = URL.canParse(host) ? new URL(host).host : host;
  return <ClusterError code={phase.code} detail={phase.detail} host={name} table={phase.table} />;
}
