import { Bar, BarChart, CartesianGrid, Cell, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { HORIZONTAL_LINES_ONLY } from '../components/chart-grid';
import { useI18n } from '../../i18n/i18n-context';
import { euroTooltip } from '../components/chart-format';
import type { AllianceModel } from './alliance-model';
import { InTurn } from '../components/draw-in-turn';
import { seriesId } from '../components/series-id';

const CHART_HEIGHT = 170;

/** One retailer's revenue by year, its launch year marked, years without a figure named below. */
export function YearBars({ alliance, published }: { alliance: AllianceModel; published: boolean }) {
  const i18n = useI18n();
  const { t } = i18n;
  const launch = alliance.launch ? Number(alliance.launch.date.slice(0, 4)) : null;
  const launchYear = launch !== null && alliance.years.some((y) => y.year === launch) ? launch : null;
  const data = alliance.years.map((y) => ({ year: String(y.year), revenue: y.revenue ?? 0, launch: y.year === launchYear }));
  const missing = alliance.years.filter((y) => y.revenue === null);
  return (
    <section className="alliance-section" aria-label={`${alliance.retailer} — ${t('competition.byYear')}`}>
      <h3>{t('competition.byYear')}</h3>
      <div role="img" aria-label={`${alliance.retailer}: ${t('competition.byYear')}`}>
        <InTurn height={CHART_HEIGHT}>
          <ResponsiveContainer width="100%" height={CHART_HEIGHT}>
            <BarChart data={data} margin={{ top: 8, right: 8, bottom: 0, left: 8 }}>
              <CartesianGrid stroke="#e2e8f0" {...HORIZONTAL_LINES_ONLY} />
              <XAxis dataKey="year" />
              <YAxis tickFormatter={(v: number) => i18n.euro(v)} width={64} />
              <Tooltip formatter={euroTooltip(i18n)} />
              <Bar id={seriesId('year-bars', alliance.retailer)} dataKey="revenue" name={t('competition.revenue')} isAnimationActive={false}>
                {data.map((d) => (
                  <Cell key={d.year} fill={d.launch ? '#d97706' : '#2563eb'} />
                ))}
              </Bar>
            </BarChart>
          </ResponsiveContainer>
        </InTurn>
      </div>
      <p className="muted-note">
        {launchYear !== null ? (
          <>
            <span className="swatch" style={{ background: '#d97706' }} aria-hidden="true" />
            {launchYear} · {t('competition.launchYear')}
            {missing.length > 0 ? ' · ' : ''}
          </>
        ) : null}
        {missing.map((y) => t(published ? 'competition.yearNotPublished' : 'competition.yearNoData', { year: y.year })).join(' · ')}
      </p>
    </section>
  );
}
