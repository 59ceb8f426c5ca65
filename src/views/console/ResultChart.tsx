import { useMemo } from 'react';
import { Bar, BarChart, CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '../components/chart-grid';
import type { ResultTable } from '../../hooks/use-sql-console';
import { numberFormat } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { ChartCard } from '../components/ChartCard';
import { buildChart, MAX_POINTS, MAX_SERIES, type ChartSpec } from './chart-model';
import { numberFormatter } from './grid-format';
import { seriesId } from '../components/series-id';

/** The value axis' ticks: `1.2M` / `1,2 M`. */
const COMPACT = { notation: 'compact', maximumSignificantDigits: 3 } as const;

const COLORS = ['#1d4ed8', '#b45309', '#15803d', '#b91c1c', '#7c3aed', '#0e7490', '#be185d', '#4d7c0f', '#475569', '#c2410c', '#0369a1', '#a16207'];

interface ResultChartProps {
  table: ResultTable;
  spec: ChartSpec;
  onSpecChange: (spec: ChartSpec) => void;
  title: string;
}

/** The result drawn as lines or bars: the analyst picks what goes across, up, and what splits it. */
export function ResultChart({ table, spec, onSpecChange, title }: ResultChartProps) {
  const { t, locale, count } = useI18n();
  const model = useMemo(() => buildChart(table, spec), [table, spec]);
  const numeric = table.names.filter((n) => table.columns[n] instanceof Float64Array);
  const splittable = table.names.filter((n) => n !== spec.x && !(table.columns[n] instanceof Float64Array));
  const yFormat = numberFormatter(spec.y[0] ?? '', table.types[spec.y[0] ?? ''] ?? 'DOUBLE', locale);
  const xFormat = table.columns[spec.x] instanceof Float64Array ? numberFormatter(spec.x, table.types[spec.x] ?? '', locale) : null;
  const compact = numberFormat(locale, COMPACT);
  const toggleY = (name: string) => {
    const y = spec.y.includes(name) ? spec.y.filter((n) => n !== name) : [...spec.y, name];
    if (y.length > 0) onSpecChange({ ...spec, y });
  };

  const Chart = spec.kind === 'line' ? LineChart : BarChart;
  const notes = [
    model.cappedPoints ? t('console.chart.cappedPoints', { shown: count(MAX_POINTS), total: count(model.cappedPoints) }) : null,
    model.cappedSeries ? t('console.chart.cappedSeries', { shown: MAX_SERIES, total: count(model.cappedSeries) }) : null,
    model.summed ? t('console.chart.summed') : null,
  ].filter((note): note is string => note !== null);

  return (
    <ChartCard
      testId="sql-chart"
      title={title}
      subtitle={`${spec.y.join(', ')} × ${spec.x}${spec.series ? ` / ${spec.series}` : ''}`}
      status="ready"
      error={null}
      empty={model.data.length === 0}
      exportData={{
        columns: [spec.x, ...model.series.map((s) => s.name)],
        rows: model.data.map((row) => [row.x ?? null, ...model.series.map((s) => row[s.id] ?? null)]),
      }}
      footer={notes.length ? <span data-testid="sql-chart-note">{notes.join(' ')}</span> : undefined}
    >
      <div className="chart-controls console-chart-controls">
        <label className="field field-inline">
          <span className="field-label">{t('console.chart.kind')}</span>
          <select data-testid="sql-chart-kind" value={spec.kind} onChange={(e) => onSpecChange({ ...spec, kind: e.target.value as ChartSpec['kind'] })}>
            <option value="line">{t('console.chart.line')}</option>
            <option value="bar">{t('console.chart.bar')}</option>
          </select>
        </label>
        <label className="field field-inline">
          <span className="field-label">{t('console.chart.x')}</span>
          <select
            data-testid="sql-chart-x"
            value={spec.x}
            onChange={(e) => onSpecChange({ ...spec, x: e.target.value, series: spec.series === e.target.value ? null : spec.series })}
          >
            {table.names.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label className="field field-inline">
          <span className="field-label">{t('console.chart.series')}</span>
          <select
            data-testid="sql-chart-series"
            value={spec.series ?? ''}
            onChange={(e) => onSpecChange({ ...spec, series: e.target.value || null, y: e.target.value ? spec.y.slice(0, 1) : spec.y })}
          >
            <option value="">{t('console.chart.none')}</option>
            {splittable.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        {spec.series ? (
          <label className="field field-inline">
            <span className="field-label">{t('console.chart.y')}</span>
            <select data-testid="sql-chart-y" value={spec.y[0]} onChange={(e) => onSpecChange({ ...spec, y: [e.target.value] })}>
              {numeric.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ) : (
          <fieldset className="series-toggles">
            <legend className="field-label">{t('console.chart.y')}</legend>
            {numeric.map((name) => (
              <label key={name} className="series-toggle">
                <input type="checkbox" data-testid={`sql-chart-y-${name}`} checked={spec.y.includes(name)} onChange={() => toggleY(name)} />
                {name}
              </label>
            ))}
          </fieldset>
        )}
      </div>
      <ResponsiveContainer width="100%" height={360}>
        <Chart data={model.data} margin={{ top: 16, right: 24, bottom: 8, left: 16 }}>
          <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
          <XAxis dataKey="x" minTickGap={16} tickFormatter={(value: unknown) => (xFormat && typeof value === 'number' ? xFormat(value) : String(value))} />
          <YAxis width={72} tickFormatter={(value: number) => compact.format(value)} />
          <Tooltip formatter={(value: unknown) => (typeof value === 'number' ? yFormat(value) : String(value ?? ''))} />
          {model.series.length > 1 ? <Legend verticalAlign="bottom" /> : null}
          {model.series.map((s, index) =>
            spec.kind === 'line' ? (
              <Line
                key={s.id}
                id={seriesId('sql', s.id)}
                type="monotone"
                dataKey={s.id}
                name={s.name}
                stroke={COLORS[index % COLORS.length]}
                dot={model.data.length <= 60}
                strokeWidth={2}
                connectNulls
                isAnimationActive={false}
              />
            ) : (
              <Bar key={s.id} id={seriesId('sql', s.id)} dataKey={s.id} name={s.name} fill={COLORS[index % COLORS.length]} isAnimationActive={false} />
            ),
          )}
        </Chart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
