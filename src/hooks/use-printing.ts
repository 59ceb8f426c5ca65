import { useEffect, useState } from 'react';

/**
 * True while the page is being printed (or rendered to PDF), so collapsed parts such as the
 * sources can open: a printed briefing must carry its sources, and paper cannot be clicked.
 */
export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const media = window.matchMedia('print');
    const update = () => setPrinting(media.matches);
    const before = () => setPrinting(true);
    media.addEventListener('change', update);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', update);
    return () => {
      media.removeEventListener('change', update);
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', update);
    };
  }, []);
  return printing;
}
