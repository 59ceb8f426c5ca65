import { toCsv, type CsvCell } from '../../export/csv-export';

/** Starts a download of `blob` as `name` (revoking the object URL once the click is handled). */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function downloadCsv(name: string, columns: string[], rows: CsvCell[][]): void {
  downloadBlob(name, new Blob([toCsv(columns, rows)], { type: 'text/csv;charset=utf-8' }));
}

/**
 * A standalone SVG of the chart drawn in `container`: Recharts styles most things with
 * attributes, so only the font and a white background need adding to look the same elsewhere.
 */
export function chartSvg(container: HTMLElement): string | null {
  const svg = container.querySelector<SVGSVGElement>('svg.recharts-surface');
  if (!svg) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = svg.getBoundingClientRect();
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.round(width)));
  copy.setAttribute('height', String(Math.round(height)));
  // Through the CSSOM, not setAttribute('style'): the page's CSP refuses inline style attributes.
  copy.style.cssText = `font-family: ${getComputedStyle(container).fontFamily}; font-size: 12px; background: #fff`;
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#fff');
  copy.insertBefore(background, copy.firstChild);
  return new XMLSerializer().serializeToString(copy);
}

/** The same SVG rasterised at twice the screen size, for slides. */
export async function chartPng(svgText: string): Promise<Blob> {
  const image = new Image();
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw images (no 2D canvas).');
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}
