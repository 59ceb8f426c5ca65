import { useI18n } from '../../i18n/i18n-context';
import type { MessageKey } from '../../i18n/messages-en';

/** A cluster's error: what happened and what to do, then the server's own words. */
export function ClusterError({ code, detail, host, table }: { code: string; detail: string; host: string; table: string }) {
  const { t } = useI18n();
  const key = `ch.error.${code}` as MessageKey;
  return (
    <div className="error-text" role="alert" data-testid="ch-error" data-value={code}>
      <p>{t(key, { host, table })}</p>
      {detail ? <pre className="clickhouse-detail">{detail}</pre> : null}
    </div>
  );
}
