import type { ReactNode } from 'react';

interface KpiCardProps {
  testId: string;
  label: string;
  /** Raw number for machines (euros, or a 0–1 fraction); null when there is none. */
  value: number | null;
  display: string;
  detail?: ReactNode;
  tone?: 'neutral' | 'good' | 'warn' | 'bad';
  children?: ReactNode;
}

export function KpiCard({ testId, label, value, display, detail, tone = 'neutral', children }: KpiCardProps) {
  return (
    <div className={`card kpi kpi-${tone}`} data-testid={testId} data-value={value === null ? '' : String(value)}>
      <div className="kpi-label">{label}</div>
      <div className="kpi-value">{display}</div>
      {children}
      {detail ? <div className="kpi-detail">{detail}</div> : null}
    </div>
  );
}
