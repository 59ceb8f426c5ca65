import type { Locale } from '../i18n/locale';
import { DEFAULT_FILTERS, type Filters } from './filters';
import { DEFAULT_VIEW_SETTINGS, type ViewSettings } from './view-settings';

export const VIEWS = ['overview', 'competition', 'data', 'console'] as const;
export type View = (typeof VIEWS)[number];

/** Everything a share link carries. */
export interface AppState {
  view: View;
  /** null: follow the browser's preference. */
  lang: Locale | null;
  filters: Filters;
  /** A small dataset carried in the link itself (`#data=v1.…`), or null. See embedded-data.ts. */
  embedded: string | null;
  /** An http(s) address of a CSV the link loads (after the viewer agrees), or null. */
  source: string | null;
  /** Chart choices and other structured state, packed into one link field (`st=`). */
  settings: ViewSettings;
  /**
   * A ClickHouse cluster the data is summed on (`#ch=…&ch_table=…`), or null. Never its
   * credentials: those stay in the tab's memory (session/cluster-store.ts).
   */
  cluster?: ClusterLink | null;
}

export interface ClusterLink {
  /** The HTTP interface's address. */
  url: string;
  /** `db.table` of the sales. */
  table: string;
  /**
   * Canonical sales column → the table's column, for columns without their canonical name
   * (`ch_map=date:order_day,commission_eur:fee_eur`). Column names only: no secret in it.
   */
  map?: Record<string, string>;
}

export const DEFAULT_STATE: AppState = {
  view: 'overview',
  lang: null,
  filters: DEFAULT_FILTERS,
  embedded: null,
  source: null,
  settings: DEFAULT_VIEW_SETTINGS,
};
