import type { ModelEvaluation } from '../../analytics/forecast-evaluation';
import { useI18n } from '../../i18n/i18n-context';
import type { ForecastModelId } from '../../model/forecast-model-id';
import { modelName } from './outlook-format';

interface ModelTableProps {
  evaluations: readonly ModelEvaluation[];
  chosen: ForecastModelId | null;
  holdOut: number;
  grain: 'month' | 'year';
}

/** Every model's error on the held-out periods, so the choice is shown, not hidden. */
export function ModelTable({ evaluations, chosen, holdOut, grain }: ModelTableProps) {
  const i18n = useI18n();
  const { t } = i18n;
  return (
    <details className="model-table">
      <summary>
        {t('forecast.allModels', {
          holdOut,
          unit: t(grain === 'year' ? (holdOut === 1 ? 'outlook.year' : 'outlook.years') : holdOut === 1 ? 'outlook.month' : 'outlook.months'),
        })}
      </summary>
      <table className="mini-table" tabIndex={0} data-testid="forecast-models">
        <thead>
          <tr>
            <th scope="col">{t('forecast.modelColumn')}</th>
            <th scope="col">{t('forecast.mapeColumn')}</th>
          </tr>
        </thead>
        <tbody>
          {evaluations.map((e) => (
            <tr key={e.id} data-model={e.id} aria-current={e.id === chosen ? 'true' : undefined}>
              <td>
                {modelName(e.id, i18n)}
                {e.id === chosen ? <strong> · {t('forecast.inUse')}</strong> : null}
              </td>
              <td>{e.mape !== null ? i18n.percent(e.mape) : t(e.available ? 'forecast.notEvaluated' : 'forecast.notEnoughData')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
