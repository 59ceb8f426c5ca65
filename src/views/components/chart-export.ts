import { toCsv, type CsvCell } from '../../export/csv-export';
import { downloadName } from '../../export/download-name';

/**
 * Starts a download of `blob` as `name` (revoking the object URL once the click is handled).
 * The name may come from data (an uploaded file's name): it is cleaned for every file system.
 */
export function downloadBlob(name: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = downloadName(name);
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
  const svg = chartSurface(container);
  if (!svg) return null;
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const drawing = svg.getBoundingClientRect();
  const { width, height } = drawing;
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
  const legendBottom = drawLegend(container, drawing, copy);
  // A legend running below the drawing (many long names) makes the file taller, not clipped.
  if (legendBottom > height) {
    const taller = Math.ceil(legendBottom + 4);
    copy.setAttribute('height', String(taller));
    copy.setAttribute('viewBox', `0 0 ${Math.round(width)} ${taller}`);
  }
  stripActiveContent(copy);
  return new XMLSerializer().serializeToString(copy);
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const LEGEND_TEXT = '#334155';
const LEGEND_HIDDEN = '#94a3b8';

/**
 * Recharts draws its legend in HTML beside the SVG, so a copy of the SVG alone left the series'
 * colours unexplained. Each entry is drawn into the copy where it stands on screen: its icon (a
 * small SVG of its own) and its text (greyed when the series is hidden).
 * Returns how far down the legend reaches, in the drawing's coordinates (0 without one).
 */
function drawLegend(container: HTMLElement, drawing: DOMRect, copy: SVGSVGElement): number {
  let bottom = 0;
  const group = document.createElementNS(SVG_NS, 'g');
  group.setAttribute('class', 'cible-export-legend');
  for (const item of container.querySelectorAll<HTMLElement>('.recharts-legend-wrapper .recharts-legend-item')) {
    const icon = item.querySelector<SVGSVGElement>('svg.recharts-surface');
    const text = item.querySelector<HTMLElement>('.recharts-legend-item-text');
    if (icon) {
      const at = icon.getBoundingClientRect();
      const placed = icon.cloneNode(true) as SVGSVGElement;
      placed.setAttribute('x', String(at.left - drawing.left));
      placed.setAttribute('y', String(at.top - drawing.top));
      group.appendChild(placed);
      bottom = Math.max(bottom, at.bottom - drawing.top);
    }
    if (text?.textContent) {
      const at = text.getBoundingClientRect();
      const label = document.createElementNS(SVG_NS, 'text');
      label.setAttribute('x', String(at.left - drawing.left));
      label.setAttribute('y', String(at.top - drawing.top + at.height / 2));
      label.setAttribute('dominant-baseline', 'central');
      // The file's background is white whatever the page's theme: dark text, grey when hidden.
      label.setAttribute('fill', item.classList.contains('inactive') ? LEGEND_HIDDEN : LEGEND_TEXT);
      label.textContent = text.textContent;
      group.appendChild(label);
      bottom = Math.max(bottom, at.bottom - drawing.top);
    }
  }
  if (group.childNodes.length > 0) copy.appendChild(group);
  return bottom;
}

const ACTIVE_ELEMENTS = 'script, foreignObject, iframe, object, embed, animate, set, animateTransform, animateMotion, use';

/**
 * An exported SVG is a file that others open in a browser, where an SVG can run scripts. The
 * chart is drawn by React from data (whose text React escapes), so none of this should be there;
 * the export removes it anyway rather than trust every library on the page: scripts and other
 * active elements, event-handler attributes, and links that are not to the file itself.
 */
function stripActiveContent(root: SVGSVGElement): void {
  for (const element of [...root.querySelectorAll(ACTIVE_ELEMENTS)]) element.remove();
  for (const element of [root, ...root.querySelectorAll('*')]) {
    for (const attribute of [...element.attributes]) {
      const name = attribute.name.toLowerCase();
      const isLink = name === 'href' || name.endsWith(':href') || name === 'src';
      if (name.startsWith('on') || (isLink && !attribute.value.trim().startsWith('#'))) element.removeAttribute(attribute.name);
    }
  }
}

/**
 * The chart's own drawing. Recharts draws each legend icon as a small `svg.recharts-surface`
 * too, and the legend comes first in the DOM: the first match exported a 14-pixel icon instead
 * of the chart. The chart is the largest surface outside the legend.
 */
function chartSurface(container: HTMLElement): SVGSVGElement | null {
  const area = (svg: SVGSVGElement) => {
    const { width, height } = svg.getBoundingClientRect();
    return width * height;
  };
  const surfaces = [...container.querySelectorAll<SVGSVGElement>('svg.recharts-surface')].filter((svg) => !svg.closest('.recharts-legend-wrapper'));
  return surfaces.sort((a, b) => area(b) - area(a))[0] ?? null;
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
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
