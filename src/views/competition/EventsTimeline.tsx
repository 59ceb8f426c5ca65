import { CartesianGrid, ResponsiveContainer, Scatter, ScatterChart, Tooltip, XAxis, YAxis } from 'recharts';
import { useI18n } from '../../i18n/i18n-context';
import type { DatedEvent } from '../../queries/events';
import { ChartCard } from '../components/ChartCard';
import { SourceLink } from '../components/SourceLink';
import { retailerColor } from './retailer-colors';
import { InTurn } from '../components/draw-in-turn';
import { seriesId } from '../components/series-id';

interface Props {
  events: DatedEvent[];
  retailers: string[];
  from: string | null;
  to: string | null;
  status: 'loading' | 'ready' | 'error';
  error: Error | null;
}

const time = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

/** The compared retailers' dated events on one time axis, one row per retailer, each with its source. */
export function EventsTimeline({ events, retailers, from, to, status, error }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const shown = events.filter((e) => retailers.includes(e.retailer));
  const height = Math.max(110, retailers.length * 44 + 50);
  const inPeriod = (e: DatedEvent) => (!from || e.date >= from) && (!to || e.date <= to);
  const series = retailers.map((retailer, row) => ({
    retailer,
    row,
    points: shown.filter((e) => e.retailer === retailer).map((e) => ({ x: time(e.date), y: row, label: e.label, date: e.date })),
  }));
  const times = shown.map((e) => time(e.date));
  const pad = 90 * 86_400_000;
  const domain: [number, number] = [Math.min(...times) - pad, Math.max(...times) + pad];
  // A tick on each 1 January the axis spans, labelled with its year.
  const ticks: number[] = [];
  for (let year = new Date(domain[0]).getUTCFullYear() + 1; year <= new Date(domain[1]).getUTCFullYear(); year += 1) ticks.push(Date.UTC(year, 0, 1));
  return (
    <ChartCard
      testId="competition-events"
      title={t('events.title')}
      subtitle={t('events.sub')}
      status={status}
      error={error}
      empty={shown.length === 0}
      exportData={{ columns: ['date', 'retailer', 'label', 'source_url'], rows: shown.map((e) => [e.date, e.retailer, e.label, e.sourceUrl]) }}
    >
      <div role="img" aria-label={t('events.title')}>
        <InTurn height={height}>
          <ResponsiveContainer width="100%" height={height}>
            <ScatterChart margin={{ top: 8, right: 24, bottom: 8, left: 8 }}>
              <CartesianGrid stroke="#e2e8f0" />
              <XAxis dataKey="x" type="number" scale="time" domain={domain} ticks={ticks} tickFormatter={(x: number) => String(new Date(x).getUTCFullYear())} />
              <YAxis
                dataKey="y"
                type="number"
                domain={[-0.5, retailers.length - 0.5]}
                ticks={retailers.map((_, i) => i)}
                tickFormatter={(i: number) => retailers[i] ?? ''}
                width={90}
                reversed
              />
              <Tooltip
                cursor={false}
                content={({ payload }) => {
                  const p = payload?.[0]?.payload as { label: string; date: string } | undefined;
                  return p ? (
                    <div className="chart-tooltip">
                      {i18n.date(p.date)} — {i18n.dataText(p.label)}
                    </div>
                  ) : null;
                }}
              />
              {series.map((s) => (
                <Scatter
                  key={s.retailer}
                  id={seriesId('events', s.retailer)}
                  name={s.retailer}
                  data={s.points}
                  fill={retailerColor(s.row)}
                  isAnimationActive={false}
                />
              ))}
            </ScatterChart>
          </ResponsiveContainer>
        </InTurn>
      </div>
      <ol className="event-list event-list-sources">
        {shown.map((e) => (
          <li key={`${e.date}-${e.retailer}-${e.label}`} className={inPeriod(e) ? undefined : 'event-outside'}>
            <span className="swatch" style={{ background: retailerColor(retailers.indexOf(e.retailer)) }} aria-hidden="true" />
            <time dateTime={e.date}>{i18n.date(e.date)}</time> · {e.retailer} — {i18n.dataText(e.label)}
            {e.sourceUrl ? (
              <>
                {' '}
                (<SourceLink source={e.sourceUrl} />)
              </>
            ) : null}
            {inPeriod(e) ? null : <span className="muted-note"> · {t('events.outside')}</span>}
          </li>
        ))}
      </ol>
    </ChartCard>
  );
}
