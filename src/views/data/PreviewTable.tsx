/** The first records as parsed, under their column names: what the analyst checks at a glance. */
export function PreviewTable({ headers, rows, caption }: { headers: string[]; rows: string[][]; caption: string }) {
  return (
    <div className="preview-scroll" tabIndex={0} role="region" aria-label={caption}>
      <table className="preview-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            {headers.map((h) => (
              <th key={h} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.slice(0, 8).map((row, i) => (
            <tr key={i}>
              {headers.map((h, j) => (
                <td key={h}>{row[j] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
