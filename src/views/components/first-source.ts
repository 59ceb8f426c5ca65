import { webAddress } from '../../state/web-address';

/**
 * The first of the sources the goal queries join with spaces (one per retailer's version): the
 * first web address, or the whole text when it is a note ("Typed on the dashboard on 3 May 2025")
 * rather than a link, which splitting on spaces would cut to its first word.
 */
export function firstSource(joined: string): string {
  const first = joined.split(' ')[0] ?? '';
  return webAddress(first) ? first : joined;
}
