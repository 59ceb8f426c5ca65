import type { Outlook } from '../../analytics/outlook';
import { compoundGrowthRate } from '../../analytics/phasing';
import { channelShares } from '../../analytics/target-path';
import { useI18n } from '../../i18n/i18n-context';
import { PATH_METHODS, PHASING_TABLE_GRAINS, SPLIT_METHODS, type PhasingChoice } from '../../model/phasing-choice';
import { channelLabel } from '../components/channel-style';
import { periodLabel } from './outlook-format';
import { phasingRows } from './phasing-table-model';

type GoalOutlook = Extract<Outlook, { kind: 'goal' }>;

interface PhasingPanelProps {
  outlook: GoalOutlook;
  choice: PhasingChoice;
  onChange: (choice: PhasingChoice) => void;
}

/** The goal in force as yearly, quarterly or monthly targets, against what was sold. */
export function PhasingPanel({ outlook, choice, onChange }: PhasingPanelProps) {
  const i18n = useI18n();
  const { t } = i18n;
  const monthly = outlook.grain === 'month';
  const table = monthly ? choice.table : 'year';
  const { rows, channels } = phasingRows(outlook, table, choice.byChannel);
  const inForce = outlook.plans[outlook.plans.length - 1];
  const restated = outlook.restatedFrom;
  const base = inForce?.base;
  const goalYear = Number(outlook.goal.end.slice(0, 4));
  const rate = base && inForce ? compoundGrowthRate(base.amount, inForce.version.amount, goalYear - base.year) : null;
  // A split by channel needs more than one channel in the mix (published totals have one).
  const splittable = Object.keys(channelShares(outlook.history, goalYear) ?? {}).length > 1;

  return (
    <section className="card phasing" data-testid="phasing" aria-labelledby="phasing-title">
      <h2 id="phasing-title">{t('phasing.title')}</h2>
      <p className="card-subtitle">
        {inForce && base
          ? t(choice.path === 'compound' ? 'phasing.subtitleCompound' : 'phasing.subtitleLinear', {
              amount: i18n.euro(inForce.version.amount),
              year: goalYear,
              base: base.year,
              baseAmount: i18n.euro(base.amount),
              rate: rate !== null && Number.isFinite(rate) ? i18n.percent(rate) : '—',
            })
          : t('phasing.subtitleNoBase')}
      </p>
      <div className="chart-controls no-print">
        <label className="field field-inline">
          <span className="field-label">{t('phasing.path')}</span>
          <select data-testid="phasing-path" value={choice.path} onChange={(e) => onChange({ ...choice, path: e.target.value as PhasingChoice['path'] })}>
            {PATH_METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`phasing.path.${m}`)}
              </option>
            ))}
          </select>
        </label>
        {monthly ? (
          <>
            <label className="field field-inline">
              <span className="field-label">{t('phasing.split')}</span>
              <select
                data-testid="phasing-split"
                value={choice.split}
                onChange={(e) => onChange({ ...choice, split: e.target.value as PhasingChoice['split'] })}
              >
                {SPLIT_METHODS.map((m) => (
                  <option key={m} value={m}>
                    {t(`phasing.split.${m}`)}
                  </option>
                ))}
              </select>
            </label>
            <label className="field field-inline">
              <span className="field-label">{t('phasing.rows')}</span>
              <select
                data-testid="phasing-table-grain"
                value={choice.table}
                onChange={(e) => onChange({ ...choice, table: e.target.value as PhasingChoice['table'] })}
              >
                {PHASING_TABLE_GRAINS.map((g) => (
                  <option key={g} value={g}>
                    {t(`phasing.rows.${g}`)}
                  </option>
                ))}
              </select>
            </label>
          </>
        ) : null}
        {splittable ? (
          <label className="series-toggle">
            <input
              type="checkbox"
              data-testid="phasing-by-channel"
              checked={choice.byChannel}
              onChange={(e) => onChange({ ...choice, byChannel: e.target.checked })}
            />
            {t('phasing.byChannel')}
          </label>
        ) : null}
      </div>
      <table className="mini-table" tabIndex={0} data-testid="phasing-table">
        <thead>
          <tr>
            <th scope="col">{t(`phasing.rows.${table}`)}</th>
            <th scope="col">{t('phasing.target')}</th>
            {restated ? <th scope="col">{t('phasing.original', { amount: i18n.euro(restated.version.amount) })}</th> : null}
            <th scope="col">{t(outlook.basis === 'net' ? 'phasing.actualNet' : 'phasing.actual')}</th>
            <th scope="col">{t('phasing.attainment')}</th>
            {channels.map((c) => (
              <th key={c} scope="col">
                {channelLabel(c, i18n)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.period} data-period={r.period} data-target={r.target}>
              <th scope="row">{periodLabel(r.period, table, i18n)}</th>
              <td>{i18n.euro(r.target)}</td>
              {restated ? <td>{r.original === null ? '—' : i18n.euro(r.original)}</td> : null}
              <td>
                {r.actual === null ? '—' : i18n.euro(r.actual)}
                {r.partial ? <span className="to-date"> {t('phasing.toDate')}</span> : null}
              </td>
              <td>{r.actual === null || r.partial ? '—' : i18n.percent(r.actual / r.target)}</td>
              {channels.map((c) => (
                <td key={c}>{i18n.euro(r.byChannel?.[c] ?? 0)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {choice.byChannel && splittable && channels.length === 0 ? <p className="lever-help">{t('phasing.noChannelMix')}</p> : null}
    </section>
  );
}
