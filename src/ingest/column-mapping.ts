import { type KNOWN_CHANNELS } from '../model/schema';
import { KIND_COLUMNS, normaliseHeader, type CanonicalKind, type IngestKind } from './ingest-kinds';

/** Where each canonical column comes from: a source column, or a constant typed once. */
export type ColumnSource = { column: string } | { constant: string };
export type ColumnMapping = Record<string, ColumnSource>;

/** Raw channel values → channel; values not listed are kept as their own channel. */
export type ChannelValueMap = Record<string, string>;

/**
 * Everything the analyst decided about a file's columns. Saved as a named profile and reused
 * for next month's export (and passed to the CLI with --profile).
 */
export interface MappingProfile {
  kind: IngestKind;
  mapping: ColumnMapping;
  channelValues: ChannelValueMap;
}

/** Spellings of the known channels in French and English exports (compared normalised). */
const CHANNEL_ALIASES: Record<(typeof KNOWN_CHANNELS)[number], readonly string[]> = {
  voice: ['voice', 'vocal', 'voix', 'assistant vocal', 'commande vocale', 'google assistant', 'google home', 'alexa', 'voice assistant', 'voice commerce'],
  web: ['web', 'online', 'en ligne', 'internet', 'site', 'site web', 'website', 'e commerce', 'ecommerce', 'drive', 'app', 'application'],
  partner: ['partner', 'partenaire', 'partenaires', 'marketplace', 'plateforme', 'platform', 'plateformes partenaires', 'third party'],
};

export function defaultChannel(raw: string): string {
  const key = normaliseHeader(raw);
  for (const [channel, aliases] of Object.entries(CHANNEL_ALIASES)) if (aliases.includes(key)) return channel;
  return raw.trim();
}

/** The channel a raw value maps to: the analyst's explicit choice first, then known spellings. */
export function mapChannel(raw: string, values: ChannelValueMap): string {
  return chosenChannel(values, raw.trim()) ?? defaultChannel(raw);
}

/**
 * The analyst's choice for a raw channel value, if any. Own properties only: a file whose channel
 * column says `constructor` or `__proto__` must not pick up Object.prototype's members (that
 * turned a cell into a function and crashed the ingest).
 */
export function chosenChannel(values: ChannelValueMap, raw: string): string | undefined {
  const choice = Object.hasOwn(values, raw) ? values[raw] : undefined;
  return typeof choice === 'string' ? choice : undefined;
}

/** Automatic mapping by header aliases; each source column feeds at most one canonical column. */
export function autoMap(kind: CanonicalKind, headers: readonly string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const used = new Set<string>();
  const normalised = headers.map(normaliseHeader);
  for (const column of KIND_COLUMNS[kind]) {
    // In the alias order of KIND_COLUMNS: the preferred header wins when several are present
    // (`CA TTC` over `CA`, `Region` over `Country`).
    for (const alias of column.aliases) {
      const index = normalised.findIndex((h, i) => h === alias && !used.has(headers[i]!));
      if (index >= 0) {
        mapping[column.name] = { column: headers[index]! };
        used.add(headers[index]!);
        break;
      }
    }
  }
  return mapping;
}

/** Guesses the kind from the headers: the canonical kind whose required columns match best. */
export function guessKind(headers: readonly string[]): IngestKind {
  let best: { kind: IngestKind; score: number } = { kind: 'table', score: 0 };
  for (const kind of Object.keys(KIND_COLUMNS) as CanonicalKind[]) {
    const mapping = autoMap(kind, headers);
    const required = KIND_COLUMNS[kind].filter((c) => c.required && c.type !== 'text' && c.type !== 'channel');
    if (!required.every((c) => mapping[c.name])) continue;
    const score = Object.keys(mapping).length / KIND_COLUMNS[kind].length;
    if (score > best.score) best = { kind, score };
  }
  return best.kind;
}

/** Parses `Source Column=canonical` (CLI --map); `=canonical:value` sets a constant. */
export function parseMapArgument(argument: string): [string, ColumnSource] {
  const at = argument.startsWith('=') ? 0 : argument.lastIndexOf('=');
  if (at < 0) throw new Error(`--map "${argument}": expected "Source Column=canonical" or "=canonical:constant value"`);
  const left = argument.slice(0, at);
  const right = argument.slice(at + 1);
  if (left === '') {
    const colon = right.indexOf(':');
    if (colon < 0) throw new Error(`--map "${argument}": a constant is written "=canonical:value"`);
    return [right.slice(0, colon), { constant: right.slice(colon + 1) }];
  }
  return [right, { column: left }];
}
