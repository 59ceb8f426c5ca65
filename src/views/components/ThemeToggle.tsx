import { useI18n } from '../../i18n/i18n-context';

interface ThemeToggleProps {
  dark: boolean;
  onToggle: () => void;
}

/**
 * Dark mode on or off (a toggle button: its label stays the same, so the header never shifts;
 * aria-pressed says which). The choice is kept in this browser by the caller.
 */
export function ThemeToggle({ dark, onToggle }: ThemeToggleProps) {
  const { t } = useI18n();
  return (
    <button type="button" className="button-secondary theme-toggle" data-testid="theme-toggle" aria-pressed={dark} title={t('theme.help')} onClick={onToggle}>
      <span aria-hidden="true" className="theme-icon">
        {dark ? '☾' : '☀'}
      </span>
      {t('theme.dark')}
    </button>
  );
}
