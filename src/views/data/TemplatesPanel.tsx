import { useI18n } from '../../i18n/i18n-context';
import { PLATFORM_FEES_TEMPLATE, TARGETS_TEMPLATE } from '../../model/csv-templates';
import { TemplateDownload } from '../components/TemplateDownload';

/** Targets and platform fees to fill in: an upload of sales alone leaves the goal and the commissions blank. */
export function TemplatesPanel() {
  const { t } = useI18n();
  return (
    <section className="panel" data-testid="data-templates">
      <h2>{t('data.templatesTitle')}</h2>
      <p className="muted">{t('data.templatesHelp')}</p>
      <p className="template-buttons">
        <TemplateDownload template={TARGETS_TEMPLATE} label={t('goal.templateTargets')} testId="template-targets" />{' '}
        <TemplateDownload template={PLATFORM_FEES_TEMPLATE} label={t('goal.templateFees')} testId="template-platform-fees" />
      </p>
    </section>
  );
}
