import { createContext, useContext, useMemo, type ReactNode } from 'react';
import { formatCount, formatDate, formatEuroCompact, formatEuroFull, formatMonth, formatPercent, formatPeriod } from './format';
import { bundledLabelFr } from './bundled-labels-fr';
import type { Locale } from './locale';
import { errorMessage, renderMessage, type Message, type MessageValue } from './message';
import { en, type MessageKey } from './messages-en';
import { fr } from './messages-fr';

const MESSAGES: Record<Locale, Record<MessageKey, string>> = { en, fr };

export interface I18n {
  locale: Locale;
  /** The message for `key`, with `{name}` replaced by `values.name` (as text, never HTML). */
  t: (key: MessageKey, values?: Message['values']) => string;
  /** A message reported as a code (by the ingest, the stores, the engine) in the page's language. */
  say: (message: MessageValue | null | undefined) => string;
  /** What went wrong, in the page's language when the error carries a message code. */
  errorText: (error: unknown) => string;
  euro: (value: number) => string;
  euroFull: (value: number) => string;
  percent: (fraction: number) => string;
  count: (value: number) => string;
  date: (iso: string) => string;
  month: (iso: string) => string;
  period: (start: string, end: string) => string;
  /**
   * Text that came with the data (a target's or event's label, a fee schedule's label, what the
   * revenue measures, a source that is not a link) in the page's language: the bundled
   * datasets' text is translated; anything else is shown as written.
   */
  dataText: (text: string) => string;
}

export function createI18n(locale: Locale): I18n {
  const messages = MESSAGES[locale];
  return {
    locale,
    t: (key, values = {}) => renderMessage(messages, { code: key, values }),
    say: (message) => renderMessage(messages, message),
    errorText: (error) => renderMessage(messages, errorMessage(error)),
    euro: (value) => formatEuroCompact(value, locale),
    euroFull: (value) => formatEuroFull(value, locale),
    percent: (fraction) => formatPercent(fraction, locale),
    count: (value) => formatCount(value, locale),
    date: (iso) => formatDate(iso, locale),
    month: (iso) => formatMonth(iso, locale),
    period: (start, end) => formatPeriod(start, end, locale),
    dataText: locale === 'fr' ? bundledLabelFr : (text) => text,
  };
}

const I18nContext = createContext<I18n>(createI18n('en'));

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  const value = useMemo(() => createI18n(locale), [locale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  return useContext(I18nContext);
}
