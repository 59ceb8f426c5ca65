import { usePageReadiness } from '../../hooks/use-page-readiness';
import { KpiCards } from './KpiCards';

/**
 * The overview before the dataset's dates are known (the default period is their last year):
 * KPI placeholders, or the error that stopped them — a bundled file that could not be
 * downloaded, say. The page then reads `error`, not `loading` for ever.
 */
export function PeriodPending({ error }: { error: Error | null }) {
  usePageReadiness(error ? 'error' : 'loading');
  return <KpiCards state={error ? { status: 'error', data: null, error } : { status: 'loading', data: null, error: null }} />;
}
