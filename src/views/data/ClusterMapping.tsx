import { useI18n } from '../../i18n/i18n-context';
import { KIND_COLUMNS } from '../../ingest/ingest-kinds';

interface ClusterMappingProps {
  table: string;
  /** The table's columns (DESCRIBE). */
  present: readonly string[];
  /** Where each canonical column is read without a choice (its name, else an upload's alias). */
  guess: Readonly<Record<string, string>>;
  /** The analyst's choices: canonical column → the table's column ('' for none). */
  mapping: Readonly<Record<string, string>>;
  onChange: (canonical: string, column: string) => void;
}

/**
 * The cluster's side of the upload's column mapping (MappingEditor): the same canonical sales
 * columns, one select each over the table's columns. No typed constants: the cluster reads
 * columns, and a constant would have to be written into its SQL.
 */
export function ClusterMapping({ table, present, guess, mapping, onChange }: ClusterMappingProps) {
  const { t } = useI18n();
  return (
    <fieldset className="mapping-editor" data-testid="ch-mapping">
      <legend>{t('ch.mapping', { table })}</legend>
      <p className="muted">{t('ch.mappingHelp')}</p>
      <div className="mapping-grid">
        {KIND_COLUMNS.sales.map((column) => (
          <label className="field mapping-row" key={column.name}>
            <span className="field-label">
              <code>{column.name}</code> {column.required ? <em className="muted">({t('data.required')})</em> : null}
            </span>
            <select data-testid={`ch-map-${column.name}`} value={mapping[column.name] ?? guess[column.name] ?? ''} onChange={(e) => onChange(column.name, e.target.value)}>
              <option value="">{t('ch.mapping.none')}</option>
              {present.map((name) => (
                <option key={name} value={name}>
                  {name}
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
