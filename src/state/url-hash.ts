import { isLocale } from '../i18n/locale';
import { isBundledDatasetId, isUploadedDatasetId } from '../model/dataset';
import { clusterDatasetId, decodeClusterMap, encodeClusterMap, isClusterTable } from './cluster-link';
import { contentId } from './content-id';
import { embeddedDatasetId, MAX_EMBEDDED_CHARS } from './embedded-data';
import { DEFAULT_STATE, VIEWS, type AppState, type ClusterLink, type View } from './app-state';
import { DEFAULT_FILTERS, REVENUE_BASES, type Filters, type RevenueBasis } from './filters';
import { MAX_PACKED_CHARS, packState, unpackState } from './packed-state';
import { changedViewSettings, DEFAULT_VIEW_SETTINGS, readViewSettings, type ViewSettings } from './view-settings';

/** Keys Cible reads from the hash. Anything else is ignored. */
type Key =
  | 'view'
  | 'lang'
  | 'dataset'
  | 'from'
  | 'to'
  | 'retailer'
  | 'channel'
  | 'region'
  | 'category'
  | 'platform'
  | 'target'
  | 'goal'
  | 'basis'
  | 'compare'
  | 'data'
  | 'src'
  | 'st'
  | 'ch'
  | 'ch_table'
  | 'ch_map';

/** `retailer=*` chooses every retailer (the default is one retailer, so "all" must be said). */
export const ALL_VALUES = '*';

const MAX_HASH_LENGTH = 4096 + MAX_EMBEDDED_CHARS + MAX_PACKED_CHARS;
const MAX_VALUE_LENGTH = 200;
const MAX_SOURCE_LENGTH = 2000;
/** The competition view sets at most this many retailers side by side. */
export const MAX_COMPARED = 8;

/** Only plain web addresses: no javascript:, data: or file: sources. */
function isWebAddress(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.username === '' && url.password === '';
  } catch {
    return false;
  }
}

export interface DecodedHash {
  state: AppState;
  /** Keys whose value was not valid and fell back to the default (`st.field` inside the packed field). Shown to the user. */
  rejected: string[];
}

function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Reads the state from `location.hash`. Never throws: bad values fall back to defaults. */
export function decodeHash(hash: string): DecodedHash {
  const rejected: string[] = [];
  const text = hash.startsWith('#') ? hash.slice(1) : hash;
  if (text.length > MAX_HASH_LENGTH) return { state: DEFAULT_STATE, rejected: ['view'] };
  let params: URLSearchParams;
  try {
    params = new URLSearchParams(text);
  } catch {
    return { state: DEFAULT_STATE, rejected: ['view'] };
  }
  const read = (key: Key): string | null => {
    const value = params.get(key);
    if (value === null) return null;
    if (
      value.length >
      (key === 'data' ? MAX_EMBEDDED_CHARS : key === 'st' ? MAX_PACKED_CHARS : key === 'src' || key === 'ch' ? MAX_SOURCE_LENGTH : MAX_VALUE_LENGTH)
    ) {
      rejected.push(key);
      return null;
    }
    return value;
  };
  const valid = <T>(key: Key, value: string | null, test: (v: string) => boolean, fallback: T): T | string => {
    if (value === null) return fallback;
    if (test(value)) return value;
    rejected.push(key);
    return fallback;
  };

  const view = valid('view', read('view'), (v) => (VIEWS as readonly string[]).includes(v), DEFAULT_STATE.view) as View;
  const lang = valid('lang', read('lang'), isLocale, null) as AppState['lang'];
  // Data in the link is only checked for shape here; it is unpacked (with size caps) when used.
  const embedded = valid('data', read('data'), (v) => /^v1\.[A-Za-z0-9_-]+$/.test(v), null);
  const source = embedded ? null : valid('src', read('src'), isWebAddress, null);
  const cluster = embedded || source ? null : readCluster(read, valid);
  const dataset = embedded
    ? embeddedDatasetId(embedded)
    : source
      ? contentId('h', source)
      : cluster
        ? clusterDatasetId(cluster)
        : valid('dataset', read('dataset'), (v) => isBundledDatasetId(v) || isUploadedDatasetId(v), DEFAULT_FILTERS.dataset);
  const from = valid('from', read('from'), isIsoDate, null);
  const to = valid('to', read('to'), isIsoDate, null);
  const retailerRaw = read('retailer');
  const channelRaw = read('channel');
  const compareRaw = read('compare');
  const filters: Filters = {
    dataset,
    from,
    to: from && to && to < from ? (rejected.push('to'), null) : to,
    retailer: retailerRaw === null ? DEFAULT_FILTERS.retailer : retailerRaw === ALL_VALUES || retailerRaw === '' ? null : retailerRaw,
    channels: channelRaw ? [...new Set(channelRaw.split(',').filter(Boolean))].slice(0, 20) : [],
    region: read('region') || null,
    category: read('category') || null,
    platform: read('platform') || null,
    targetAsOf: valid('target', read('target'), isIsoDate, null),
    goal: valid('goal', read('goal'), isIsoDate, null),
    basis: valid('basis', read('basis'), (v) => (REVENUE_BASES as readonly string[]).includes(v), DEFAULT_FILTERS.basis) as RevenueBasis,
    compare: compareRaw ? [...new Set(compareRaw.split(',').filter(Boolean))].slice(0, MAX_COMPARED) : [],
  };
  const settings = readPackedSettings(read('st'), rejected);
  return { state: { view, lang, filters, embedded, source, settings, ...(cluster ? { cluster } : {}) }, rejected };
}

/** `ch` (a web address) and `ch_table` (`db.table`) together, or neither; `ch_map` with them. */
function readCluster(
  read: (key: Key) => string | null,
  valid: <T>(key: Key, value: string | null, test: (v: string) => boolean, fallback: T) => T | string,
): ClusterLink | null {
  const url = valid('ch', read('ch'), isWebAddress, null);
  const table = valid('ch_table', read('ch_table'), isClusterTable, null);
  const mapText = valid('ch_map', read('ch_map'), (v) => decodeClusterMap(v) !== null, null);
  const map = mapText ? decodeClusterMap(mapText) : null;
  return url && table ? { url, table, ...(map ? { map } : {}) } : null;
}

function readPackedSettings(packed: string | null, rejected: string[]): ViewSettings {
  if (packed === null) return DEFAULT_VIEW_SETTINGS;
  const unpacked = unpackState(packed);
  if (!unpacked.ok) {
    rejected.push('st');
    return DEFAULT_VIEW_SETTINGS;
  }
  const read = readViewSettings(unpacked.value);
  rejected.push(...read.rejected);
  return read.settings;
}

/** Writes the state as a readable hash, leaving defaults out. */
export function encodeHash(state: AppState): string {
  const params = new URLSearchParams();
  const f = state.filters;
  const set = (key: Key, value: string | null, fallback: string | null) => {
    if (value !== fallback) params.set(key, value ?? '');
  };
  set('view', state.view, DEFAULT_STATE.view);
  set('lang', state.lang, null);
  if (state.embedded) set('data', state.embedded, null);
  else if (state.source) set('src', state.source, null);
  else if (state.cluster) {
    set('ch', state.cluster.url, null);
    set('ch_table', state.cluster.table, null);
    set('ch_map', state.cluster.map ? encodeClusterMap(state.cluster.map) : null, null);
  } else set('dataset', f.dataset, DEFAULT_FILTERS.dataset);
  set('retailer', f.retailer ?? ALL_VALUES, DEFAULT_FILTERS.retailer);
  set('from', f.from, null);
  set('to', f.to, null);
  set('channel', f.channels.length ? f.channels.join(',') : null, null);
  set('region', f.region, null);
  set('category', f.category, null);
  set('platform', f.platform, null);
  set('target', f.targetAsOf, null);
  set('goal', f.goal, null);
  set('basis', f.basis, DEFAULT_FILTERS.basis);
  set('compare', f.compare.length ? f.compare.join(',') : null, null);
  const changed = changedViewSettings(state.settings);
  if (changed) set('st', packState(changed), null);
  const text = params.toString();
  return text ? `#${text}` : '';
}
