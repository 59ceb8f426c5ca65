import { CartesianGrid, Legend, Line, LineChart, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '../components/chart-grid';
import { useI18n } from '../../i18n/i18n-context';
import type { RevenueBasis } from '../../state/filters';
import { ChartCard } from '../components/ChartCard';
import { SourceLink } from '../components/SourceLink';
import type { AllianceModel } from './alliance-model';
import type { CrossFilterControl } from '../../state/cross-filter';
import { retailerColor } from './retailer-colors';
import { InTurn } from '../components/draw-in-turn';
import { seriesId } from '../components/series-id';

const CHART_HEIGHT = 280;

interface Props {
  /** A legend entry compares its retailer alone (the competition view's cross-filter). */
  cross: CrossFilterControl;
  alliances: AllianceModel[];
  status: 'loading' | 'ready' | 'error';
  error: Error | null;
  basis: RevenueBasis;
  footer: React.ReactNode;
}

/** Each retailer's yearly revenue as an index (launch year = 100) on a shared axis of years since launch. */
export function LaunchIndexChart({ alliances, status, error, basis, footer, cross }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const offsets = [...new Set(alliances.flatMap((a) => a.index.points.map((p) => p.offset)))].sort((x, y) => x - y);
  const rows = offsets.map((offset) => {
    const row: Record<string, number | null> = { offset };
    for (const a of alliances) {
      const point = a.index.points.find((p) => p.offset === offset);
      row[a.retailer] = point?.index ?? null;
      row[`year:${a.retailer}`] = point?.year ?? null;
    }
    return row;
  });
  const tick = (offset: number) => (offset === 0 ? t('index.launchTick') : t('index.offsetTick', { offset: offset > 0 ? `+${offset}` : String(offset) }));
  const indexed = alliances.filter((a) => a.index.points.some((p) => p.index !== null));
  return (
    <ChartCard
      testId="chart-launch-index"
      title={t('index.title')}
      subtitle={t('index.sub', { basis: t(basis === 'net' ? 'competition.basisNet' : 'competition.basisGross') })}
      status={status}
      error={error}
      empty={indexed.length === 0}
      footer={footer}
      exportData={{
        columns: ['retailer', 'year', 'years_since_launch', 'index'],
        rows: alliances.flatMap((a) => a.index.points.map((p) => [a.retailer, p.year, p.offset, p.index])),
      }}
    >
      <div role="img" aria-label={t('index.title')}>
        <InTurn height={CHART_HEIGHT}>
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <LineChart data={rows} margin={{ top: 16, right: 24, bottom: 8, left: 16 }}>
              <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
              <XAxis dataKey="offset" type="number" domain={['dataMin', 'dataMax']} ticks={offsets} tickFormatter={tick} allowDecimals={false} />
              <YAxis
                width={64}
                tickFormatter={(v: number) => i18n.count(v)}
                label={{
                  value: t('index.axis'),
                  angle: -90,
                  position: 'insideLeft',
                  offset: -2,
                  style: { textAnchor: 'middle', fill: '#475569', fontSize: 12 },
                }}
              />
              <Tooltip
                labelFormatter={(offset) => tick(Number(offset))}
                formatter={(value, name, item) => {
                  const year = (item.payload as Record<string, number | null>)[`year:${String(name)}`];
                  return [typeof value === 'number' ? `${i18n.count(value)} (${year})` : '—', String(name)];
                }}
              />
              <Legend
                verticalAlign="bottom"
                height={28}
                onClick={(entry) => cross.toggle({ kind: 'retailer', retailer: String(entry.dataKey) })}
                wrapperStyle={{ cursor: 'pointer' }}
              />
              <ReferenceLine y={100} stroke="#94a3b8" strokeDasharray="4 4" />
              <ReferenceLine x={0} stroke="#94a3b8" strokeDasharray="2 4" />
              {alliances.map((a, i) => (
                <Line
                  key={a.retailer}
                  id={seriesId('launch-index', a.retailer)}
                  dataKey={a.retailer}
                  name={a.retailer}
                  stroke={retailerColor(i)}
                  strokeWidth={2.5}
                  dot={{ r: 3 }}
                  connectNulls={false}
                  isAnimationActive={false}
                />
              ))}
            </LineChart>
          </ResponsiveContainer>
        </InTurn>
      </div>
      <ul className="index-bases">
        {alliances.map((a, i) => (
          <li key={a.retailer}>
            <span className="swatch" style={{ background: retailerColor(i) }} aria-hidden="true" />
            {a.launch && a.index.base === 'launch'
              ? t('index.launchedWith', {
                  retailer: a.retailer,
                  year: a.index.baseYear ?? '',
                  label: i18n.dataText(a.launch.label),
                  date: i18n.date(a.launch.date),
                })
              : a.index.base === 'first-year'
                ? t('index.firstYear', { retailer: a.retailer, year: a.index.baseYear ?? '' })
                : `${a.retailer}: ${t('competition.growthNone', { reason: t(`index.reason.${a.index.base === 'launch-year-missing' ? 'launch-year-missing' : 'no-data'}`, { year: a.index.baseYear ?? '' }) })}`}
            {a.launch?.sourceUrl ? (
              <>
                {' '}
                <SourceLink source={a.launch.sourceUrl} />
              </>
            ) : null}
            {a.indexMetrics.length > 1 ? (
              <span className="metric-break"> {t('index.metricBreak', { metrics: a.indexMetrics.map(i18n.dataText).join(' → ') })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </ChartCard>
  );
}
