import { useCallback, useEffect, useState } from 'react';
import { storedTheme, storeTheme, type Theme } from '../storage/theme-store';

const DARK_QUERY = '(prefers-color-scheme: dark)';

function systemTheme(): Theme {
  return window.matchMedia(DARK_QUERY).matches ? 'dark' : 'light';
}

export interface ThemeControl {
  /** The theme on screen: the viewer's choice, else the system's. */
  theme: Theme;
  /** Switches to the other theme; a choice equal to the system's is forgotten, so the page follows the system again. */
  toggle: () => void;
}

/**
 * The page's theme, published as `<html data-theme="light|dark">` (styles.css picks its colours
 * from it). index.html's first script sets the same attribute before the first paint.
 */
export function useTheme(): ThemeControl {
  const [chosen, setChosen] = useState<Theme | null>(storedTheme);
  const [system, setSystem] = useState<Theme>(systemTheme);
  useEffect(() => {
    const media = window.matchMedia(DARK_QUERY);
    const update = () => setSystem(media.matches ? 'dark' : 'light');
    media.addEventListener('change', update);
    // The system may have switched between the first render and this subscription.
    update();
    return () => media.removeEventListener('change', update);
  }, []);
  const theme = chosen ?? system;
  useEffect(() => {
    document.documentElement.dataset.theme = theme;
  }, [theme]);
  const toggle = useCallback(() => {
    const next: Theme = theme === 'dark' ? 'light' : 'dark';
    const keep = next === system ? null : next;
    storeTheme(keep);
    setChosen(keep);
  }, [theme, system]);
  return { theme, toggle };
}
