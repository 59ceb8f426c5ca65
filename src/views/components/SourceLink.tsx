import { useI18n } from '../../i18n/i18n-context';
import { webAddress } from '../../state/web-address';

/**
 * A source shown as a link when it is a plain web address, as text otherwise (never as HTML):
 * a `javascript:` or `data:` "source" in an uploaded file is shown, never made clickable.
 * A text source of the bundled data (e.g. "Illustrative: data/sample/PROVENANCE.md") reads in
 * the page's language.
 */
export function SourceLink({ source, label }: { source: string; label?: string }) {
  const { dataText } = useI18n();
  const href = webAddress(source);
  if (!href) return <span className="source-text">{dataText(source)}</span>;
  const host = new URL(href).hostname.replace(/^www\./, '');
  return (
    <a href={href} target="_blank" rel="noopener noreferrer external" className="source-link">
      {label ?? host}
    </a>
  );
}
