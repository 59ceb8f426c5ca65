/** A source shown as a link when it is a web address, as plain text otherwise (never as HTML). */
export function SourceLink({ source, label }: { source: string; label?: string }) {
  const isUrl = /^https?:\/\//i.test(source);
  if (!isUrl) return <span className="source-text">{source}</span>;
  let host = source;
  try {
    host = new URL(source).hostname.replace(/^www\./, '');
  } catch {
    // keep the raw text
  }
  return (
    <a href={source} target="_blank" rel="noopener noreferrer external" className="source-link">
      {label ?? host}
    </a>
  );
}
