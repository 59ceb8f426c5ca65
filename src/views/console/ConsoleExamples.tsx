import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';

const EXAMPLES: { key: MessageKey; sql: string }[] = [
  {
    key: 'console.example.byYear',
    sql: 'SELECT year(date) AS year, channel, round(sum(revenue_eur), 2) AS revenue_eur\nFROM sales\nGROUP BY ALL\nORDER BY year, channel',
  },
  {
    key: 'console.example.topRegions',
    sql: 'SELECT region, round(sum(revenue_eur), 2) AS revenue_eur, sum(orders) AS orders\nFROM sales\nWHERE year(date) = 2022\nGROUP BY region\nORDER BY revenue_eur DESC\nLIMIT 5',
  },
  { key: 'console.example.summarize', sql: 'SUMMARIZE sales' },
  { key: 'console.example.goals', sql: 'SELECT retailer, label, target_eur, period_end, set_on\nFROM targets\nORDER BY set_on' },
];

/** Before the first run: what the console is for, and example queries to start from. */
export function ConsoleExamples({ onUse }: { onUse: (sql: string) => void }) {
  const { t } = useI18n();
  return (
    <section className="console-panel console-empty" data-testid="sql-empty">
      <h2>{t('console.emptyTitle')}</h2>
      <p className="muted">{t('console.emptyHelp')}</p>
      <ul className="examples">
        {EXAMPLES.map((example) => (
          <li key={example.key}>
            <button type="button" className="button-secondary" onClick={() => onUse(example.sql)}>
              {t(example.key)}
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
