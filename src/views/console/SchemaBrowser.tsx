import type { SchemaState } from '../../hooks/use-sql-console';
import type { ConsoleTable, ConsoleTableGroup } from '../../queries/console-schema';
import { useI18n } from '../../i18n/i18n-context';

interface SchemaBrowserProps {
  schema: SchemaState;
  datasetName: string;
  /** Inserts a table or column name at the editor's cursor. */
  onInsert: (text: string) => void;
}

/** A name as SQL would need it: plain when it is a simple lower-case word, else double-quoted. */
function sqlName(name: string): string {
  return /^[a-z_][a-z0-9_]*$/.test(name) ? name : `"${name.replaceAll('"', '""')}"`;
}

/**
 * What the console can query, grouped: the active dataset's tables, the Data page's plain
 * tables and the console's temporary tables. Clicking a name puts it in the query.
 */
export function SchemaBrowser({ schema, datasetName, onInsert }: SchemaBrowserProps) {
  const { t, count } = useI18n();
  const groups: { group: ConsoleTableGroup; title: string }[] = [
    { group: 'dataset', title: t('console.schema.dataset', { name: datasetName }) },
    { group: 'plain', title: t('console.schema.plain') },
    { group: 'temporary', title: t('console.schema.temporary') },
  ];
  const byGroup = (group: ConsoleTableGroup): ConsoleTable[] => schema.tables.filter((table) => table.group === group);
  return (
    <section className="console-panel schema-browser" aria-labelledby="schema-title" data-testid="sql-schema">
      <h2 id="schema-title">{t('console.schema.title')}</h2>
      {schema.status === 'loading' && schema.tables.length === 0 ? <p className="muted">{t('console.schema.loading')}</p> : null}
      {schema.status === 'error' ? <p className="error-text">{t('console.schema.error', { message: schema.message })}</p> : null}
      {groups.map(({ group, title }) => {
        const tables = byGroup(group);
        if (tables.length === 0) return null;
        return (
          <div key={group} className="schema-group">
            <h3>{title}</h3>
            <ul className="schema-tables">
              {tables.map((table) => (
                <li key={`${table.schema}.${table.name}`}>
                  <details>
                    <summary>
                      <span className="schema-table-name">{table.name}</span>
                      {table.rows !== null ? <span className="schema-rows">{t('console.schema.rows', { count: count(table.rows) })}</span> : null}
                    </summary>
                    <button
                      type="button"
                      className="button-small schema-insert"
                      data-testid={`sql-schema-table-${table.name}`}
                      onClick={() => onInsert(sqlName(table.name))}
                    >
                      {t('console.schema.insert', { name: table.name })}
                    </button>
                    <ul className="schema-columns">
                      {table.columns.map((column) => (
                        <li key={column.name}>
                          <button
                            type="button"
                            className="schema-column"
                            title={t('console.schema.insert', { name: column.name })}
                            onClick={() => onInsert(sqlName(column.name))}
                          >
                            <span>{column.name}</span>
                            <span className="schema-type">{column.type}</span>
                          </button>
                        </li>
                      ))}
                    </ul>
                  </details>
                </li>
              ))}
            </ul>
          </div>
        );
      })}
    </section>
  );
}
