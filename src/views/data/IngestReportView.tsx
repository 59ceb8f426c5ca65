import { useI18n } from '../../i18n/i18n-context';
import type { IngestReport } from '../../ingest/ingest-report';
import { rejectsCsv } from '../../ingest/rejects-csv';
import { downloadBlob } from '../components/chart-export';

/** What happened to every row of one file; the counts are the test contract (data-rows-*). */
export function IngestReportView({ report }: { report: IngestReport }) {
  const i18n = useI18n();
  const { t } = i18n;
  const shown = report.rejects.slice(0, 20);
  return (
    <section
      className={`ingest-report${report.refused ? ' ingest-report-refused' : report.rowsRejected > 0 ? ' ingest-report-partial' : ''}`}
      data-testid="ingest-report"
      data-file={report.file}
      data-rows-read={report.rowsRead}
      data-rows-loaded={report.rowsLoaded}
      data-rows-rejected={report.rowsRejected}
      data-refused={report.refused}
      aria-label={t('data.report.title', { file: report.file })}
    >
      <h3>
        {t('data.report.title', { file: report.file })}
      </h3>
      {report.refused ? (
        <p className="error-text" role="alert">
          {t('data.report.refused', { reason: i18n.say(report.reason ?? '') })}
        </p>
      ) : null}
      <p>
        <strong>
          {t('data.report.counts', { read: i18n.count(report.rowsRead), loaded: i18n.count(report.rowsLoaded), rejected: i18n.count(report.rowsRejected) })}
        </strong>
      </p>
      <p className="muted">
        {t('data.report.lines', { header: report.headerLines, preamble: report.preambleLines, blank: report.blankLines, comment: report.commentLines })}
      </p>
      {report.totals ? <p>{t('data.report.totals', { total: i18n.euroFull(report.totals.revenue) })}</p> : null}
      {report.table && !report.refused ? <p>{t('data.report.table', { name: report.table.name })}</p> : null}
      {shown.length ? (
        <>
          <table className="rejects-table" tabIndex={0}>
            <thead>
              <tr>
                <th scope="col">{t('data.report.line')}</th>
                <th scope="col">{t('data.report.column')}</th>
                <th scope="col">{t('data.report.value')}</th>
                <th scope="col">{t('data.report.reason')}</th>
              </tr>
            </thead>
            <tbody>
              {shown.map((r) => (
                <tr key={`${r.line}-${r.column}`}>
                  <td>{r.line}</td>
                  <td>{r.column}</td>
                  <td>
                    <code>{r.value}</code>
                  </td>
                  <td>{i18n.say(r.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {report.rowsRejected > shown.length ? <p className="muted">{t('data.report.more', { count: i18n.count(report.rowsRejected - shown.length) })}</p> : null}
          <button type="button" className="button-secondary" data-testid="download-rejects" onClick={() => downloadBlob(`${report.file}.rejects.csv`, new Blob([rejectsCsv(report.file, report.rejects, i18n.say)], { type: 'text/csv;charset=utf-8' }))}>
            {t('data.report.download')}
          </button>
        </>
      ) : null}
    </section>
  );
}
