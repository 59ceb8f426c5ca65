import { useMemo, useState } from 'react';
import { Bar, BarChart, CartesianGrid, LabelList, Legend, ResponsiveContainer, XAxis, YAxis } from 'recharts';
import { VERTICAL_LINES_ONLY } from '../components/chart-grid';
import { SeriesInTurn } from '../components/draw-in-turn';
import { UNMEASURED_TICK, ValueLabel } from '../components/value-label';
import { ChartTooltip } from '../components/chart-tooltip';
import { useI18n } from '../../i18n/i18n-context';
import type { QueryState } from '../../hooks/use-named-query';
import type { PlatformEconomics } from '../../queries/commission-by-platform';
import type { CrossFilterControl } from '../../state/cross-filter';
import { ChartCard } from '../components/ChartCard';
import { useMarkShape, useNumberLabel, VALUE_LABEL_STYLE } from '../components/use-chart-props';
import { SeriesTooltip } from '../components/SeriesTooltip';
import { TemplateDownload } from '../components/TemplateDownload';
import { PLATFORM_FEES_TEMPLATE } from '../../model/csv-templates';
import { channelLabel } from '../components/channel-style';
import { zeroBasedTicks } from '../components/axis-ticks';
import { rowChartSize, type RowLayout } from '../components/row-slots';
import { useStableValue } from '../../hooks/use-stable';
import { useNarrowScreen } from '../../hooks/use-narrow-screen';
import { seriesId } from '../components/series-id';

interface Props {
  state: QueryState<PlatformEconomics[]>;
  period: string;
  footer: React.ReactNode;
  /** A click on a platform's bar filters the page by that platform. */
  cross: CrossFilterControl;
  /** For platforms whose commission is not published: a form to type their rate (uploaded datasets only). */
  feeForm?: (platforms: string[]) => React.ReactNode;
  /** Rows to keep room for: the dataset's (platform, channel) pairs (see components/row-slots.ts). */
  rowSlots: number;
}

const MARGIN = { top: 8, right: 72, bottom: 8, left: 8 };
const sameLabel = (label: string) => label;
const NO_SHAPE = () => <g />;
const ROWS: RowLayout = { rowHeight: 44, chrome: 72, min: 160 };
/** The parts each platform's gross is split into, in stacking order; `unknown` only where a commission is missing. */
const GROSS_PARTS = [
  { id: seriesId('commission', 'net'), dataKey: 'netShown', name: 'chart.net', fill: '#2563eb' },
  { id: seriesId('commission', 'commission'), dataKey: 'commissionShown', name: 'chart.commissionPaid', fill: '#dc2626' },
  { id: seriesId('commission', 'unknown'), dataKey: 'unknown', name: 'chart.grossNoCommission', fill: '#cbd5e1' },
] as const;
const LABEL_ANCHOR_ID = seriesId('commission', 'label-anchor');

/** Each platform's gross revenue as a bar split into net revenue and the commission it costs. */
export function CommissionChart({ state, period, footer, cross, feeForm, rowSlots }: Props) {
  const i18n = useI18n();
  const { t } = i18n;
  const rows = (state.data ?? []).map((row) => ({
    ...row,
    label: row.platform,
    netShown: row.net ?? 0,
    commissionShown: row.commission ?? 0,
    unknown: row.commission === null ? row.gross : 0,
    labelAnchor: 0,
  }));
  const anyUnknown = rows.some((row) => row.commission === null);
  const size = rowChartSize(rows.length, rowSlots, ROWS);
  // The amount axis' ticks are chosen here and all drawn (interval 0): left to Recharts, it
  // measured each new amount's label in a hidden span to choose which to draw, a forced layout
  // each, at every filter change. On a phone, only the axis' ends. A platform whose returns
  // outweigh its sales (a negative bar) gives the axis back to Recharts (zeroBasedTicks is null).
  const narrow = useNarrowScreen();
  const xTicks = useStableValue(
    zeroBasedTicks(
      rows.map((row) => row.netShown + row.commissionShown + row.unknown),
      narrow ? 2 : 4,
      narrow,
    ),
  );
  const xDomain = useStableValue(xTicks ? [0, xTicks[xTicks.length - 1]!] : undefined);
  // Named platforms only: a rate cannot be typed for sales with no platform.
  const unknownPlatforms = [...new Set(rows.filter((row) => row.commission === null && row.platform).map((row) => row.platform))];
  // The rate form stays once offered, so it can say the rate was saved after the platform is known.
  const [offered, setOffered] = useState<string[]>([]);
  if (unknownPlatforms.length > 0 && unknownPlatforms.join('\n') !== offered.join('\n')) setOffered(unknownPlatforms);
  // Recharts' props keep their identity while their content is the same (components/use-chart-props.ts).
  const shape = useMarkShape(
    cross,
    (row) => ({ kind: 'platform', platform: String(row.platform) }),
    (row) => t('charts.platformFilter', { platform: String(row.platform) }),
    i18n.locale,
  );
  const tooltip = useMemo(() => <SeriesTooltip formatLabel={sameLabel} skipZero />, []);
  const grossLabel = useNumberLabel(i18n.euro);
  // A Bar's children are among its props: made anew, they would register the bar again.
  const grossLabels = useMemo(
    () => <LabelList dataKey="gross" position="right" formatter={grossLabel} style={VALUE_LABEL_STYLE} content={ValueLabel} />,
    [grossLabel],
  );
  return (
    <ChartCard
      testId="chart-commission"
      title={t('chart.commission')}
      subtitle={t('chart.commissionSub', { period })}
      status={state.status}
      error={state.error}
      empty={rows.length === 0}
      footer={footer}
      exportData={{
        columns: ['platform', 'channel', 'gross_eur', 'commission_eur', 'net_eur', 'rate'],
        rows: (state.data ?? []).map((r) => [r.platform, r.channel, r.gross, r.commission, r.net, r.rate]),
      }}
    >
      <ResponsiveContainer width="100%" height={size.height}>
        <BarChart data={rows} layout="vertical" margin={MARGIN} maxBarSize={size.maxBarSize}>
          <CartesianGrid stroke="#e2e8f0" {...VERTICAL_LINES_ONLY} />
          <XAxis
            type="number"
            domain={xDomain}
            ticks={xTicks ?? undefined}
            interval={xTicks ? 0 : undefined}
            tickFormatter={i18n.euro}
            tick={UNMEASURED_TICK}
          />
          <YAxis type="category" dataKey="label" width={150} interval={0} />
          <ChartTooltip content={tooltip} />
          <Legend verticalAlign="bottom" height={28} />
          <SeriesInTurn>
            {GROSS_PARTS.filter((part) => part.dataKey !== 'unknown' || anyUnknown).map((part) => (
              <Bar
                key={part.id}
                id={part.id}
                dataKey={part.dataKey}
                name={t(part.name)}
                stackId="gross"
                fill={part.fill}
                isAnimationActive={false}
                shape={shape}
              />
            ))}
            {/* The gross at the end of each bar: a voice platform's sliver still reads as an amount.
                Recharts drops a bar's zero-width rectangles, and their labels with them, unless the
                bar draws its own shape: this one draws none. */}
            <Bar id={LABEL_ANCHOR_ID} dataKey="labelAnchor" stackId="gross" fill="transparent" isAnimationActive={false} legendType="none" shape={NO_SHAPE}>
              {grossLabels}
            </Bar>
          </SeriesInTurn>
        </BarChart>
      </ResponsiveContainer>
      <table className="mini-table no-print" tabIndex={0}>
        <thead>
          <tr>
            <th scope="col">{t('filters.channel')}</th>
            <th scope="col">{t('chart.platform')}</th>
            <th scope="col">{t('chart.net')}</th>
            <th scope="col">{t('chart.commissionPaid')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={`${row.platform}-${row.channel}`}>
              <td>{channelLabel(row.channel, i18n)}</td>
              <th scope="row">
                {row.platform}
                {/* The channel again, under the platform: shown instead of the channel column on a narrow phone. */}
                <span className="platform-channel">{channelLabel(row.channel, i18n)}</span>
              </th>
              <td>{row.net === null ? '—' : i18n.euro(row.net)}</td>
              <td>
                {row.commission === null ? (
                  t('chart.grossNoCommission')
                ) : (
                  <>
                    {i18n.euro(row.commission)} <span className="commission-rate">({t('chart.rate', { rate: i18n.percent(row.rate ?? 0) })})</span>
                  </>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {unknownPlatforms.length > 0 ? (
        <p className="chart-hint no-print" data-testid="fees-missing-hint">
          {t('fees.missingHint')} <TemplateDownload template={PLATFORM_FEES_TEMPLATE} label={t('goal.templateFees')} testId="template-platform-fees" />
        </p>
      ) : null}
      {offered.length > 0 && feeForm ? feeForm(offered) : null}
    </ChartCard>
  );
}
