import type { FileChoices } from '../../hooks/use-ingest';
import { useI18n } from '../../i18n/i18n-context';
import type { CsvSettings, Delimiter, QuoteMode } from '../../ingest/csv-settings';
import { DATE_FORMATS, type DateFormat } from '../../ingest/dates';
import type { TextEncoding } from '../../ingest/decode';
import type { IngestReport } from '../../ingest/ingest-report';
import type { NumberFormat } from '../../ingest/numbers';

const ENCODINGS: TextEncoding[] = ['utf-8', 'utf-8-bom', 'utf-16le', 'utf-16be', 'windows-1252'];
const DELIMITER_LABELS: Record<Delimiter, string> = { ',': ', (comma)', ';': '; (semicolon)', '\t': 'tab', '|': '| (pipe)' };
const THOUSANDS: NumberFormat['thousands'][] = ['', ' ', '.', ',', "'"];

interface ReadSettingsProps {
  report: IngestReport;
  choices: FileChoices;
  onChange: (change: (choices: FileChoices) => FileChoices) => void;
}

/** What the sniffer decided (encoding, delimiter, quotes, header, number and date formats), editable. */
export function ReadSettings({ report, choices, onChange }: ReadSettingsProps) {
  const { t } = useI18n();
  const s = report.settings;
  const setSetting = (patch: Partial<CsvSettings>) => onChange((c) => ({ ...c, settings: { ...c.settings, ...patch } }));
  const number = choices.formats.number ?? report.formats.number;
  const setNumber = (patch: Partial<NumberFormat>) => onChange((c) => ({ ...c, formats: { ...c.formats, number: { ...number, ...patch } } }));
  const question = report.questions[0];
  return (
    <fieldset className="read-settings">
      <legend>{t('data.settings')}</legend>
      <label className="field">
        <span className="field-label">{t('data.encoding')}</span>
        <select value={s.encoding} onChange={(e) => setSetting({ encoding: e.target.value as TextEncoding })}>
          {ENCODINGS.map((e) => (
            <option key={e} value={e}>
              {e}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('data.delimiter')}</span>
        <select value={s.delimiter} onChange={(e) => setSetting({ delimiter: e.target.value as Delimiter })}>
          {Object.entries(DELIMITER_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('data.quote')}</span>
        <select value={s.quote} onChange={(e) => setSetting({ quote: e.target.value as QuoteMode })}>
          <option value={'"'}>"</option>
          <option value="'">'</option>
          <option value="none">{t('data.quoteNone')}</option>
        </select>
      </label>
      <label className="field">
        <span className="field-label">{t('data.skip')}</span>
        <input type="number" min={0} max={50} value={s.skipRecords} onChange={(e) => setSetting({ skipRecords: Math.max(0, Number(e.target.value) || 0) })} />
      </label>
      <label className="field field-check">
        <input type="checkbox" checked={s.header} onChange={(e) => setSetting({ header: e.target.checked })} />
        <span>{t('data.header')}</span>
      </label>
      {report.kind !== 'table' ? (
        <>
          <label className="field">
            <span className="field-label">{t('data.decimal')}</span>
            <select data-testid="decimal-select" value={number.decimal} onChange={(e) => setNumber({ decimal: e.target.value as NumberFormat['decimal'] })}>
              <option value=",">,</option>
              <option value=".">.</option>
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('data.thousands')}</span>
            <select value={number.thousands} onChange={(e) => setNumber({ thousands: e.target.value as NumberFormat['thousands'] })}>
              {THOUSANDS.map((v) => (
                <option key={v} value={v}>
                  {v === '' ? t('data.thousandsNone') : v === ' ' ? t('data.space') : v}
                </option>
              ))}
            </select>
          </label>
          <label className="field">
            <span className="field-label">{t('data.dateFormat')}</span>
            <select
              data-testid="date-format-select"
              className={question ? 'needs-answer' : undefined}
              value={choices.formats.date ?? (question ? '' : (report.formats.date ?? ''))}
              onChange={(e) => onChange((c) => ({ ...c, formats: { ...c.formats, date: e.target.value as DateFormat } }))}
            >
              {question ? <option value="">?</option> : null}
              {DATE_FORMATS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          </label>
        </>
      ) : null}
      {question && !choices.formats.date ? (
        <p className="question" role="alert">
          {t('data.question.date', { column: question.column, choices: question.choices.join(' / ') })}
        </p>
      ) : null}
    </fieldset>
  );
}
