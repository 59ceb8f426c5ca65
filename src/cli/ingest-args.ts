import { isSalesColumn, type ClusterMapping } from '../ingest/cluster-columns';
import { parseMapArgument, type MappingProfile } from '../ingest/column-mapping';
import { DELIMITERS, type CsvSettings, type Delimiter } from '../ingest/csv-settings';
import { DATE_FORMATS, type DateFormat } from '../ingest/dates';
import { INGEST_KINDS, type IngestKind } from '../ingest/ingest-kinds';
import { SALES_CANONICAL } from '../remote/clickhouse-sql';

export interface IngestArgs {
  file: string;
  kind?: IngestKind;
  profilePath?: string;
  maps: string[];
  json: boolean;
  settings: Partial<CsvSettings>;
  dateFormat?: DateFormat;
  decimal?: '.' | ',';
  /** Read the sales from a ClickHouse server's HTTP interface instead of a file. */
  clickhouse?: { url: string; table: string; user?: string; password?: string };
}

export const USAGE = `Usage: npm run ingest -- FILE [--kind sales|targets|fees|table] [--profile PROFILE.json]
       [--map "Source Column=canonical"]… [--map "=canonical:constant"]… [--delimiter ';']
       [--date-format dd/mm/yyyy] [--decimal ,] [--json]
Checks FILE with the same code the browser uses (DuckDB-WASM in Node) and prints the ingest report.
   or: npm run ingest -- --clickhouse http://HOST:8123/ --table DB.TABLE [--user U]
       [--map "table_column=canonical"]… [--profile PROFILE.json] [--json]
       (password from the CLICKHOUSE_PASSWORD environment variable, never on the command line)
Checks the cluster's sales, summed by day there, with the same code; --map names the table's
column for a canonical column that does not carry its name (the upload's aliases are found alone).
Exit code 0 when the file loaded (even with rejected rows), 1 when it was refused, 2 on bad arguments.`;

const KIND_ALIASES: Record<string, IngestKind> = { platform_fees: 'fees' };

export function parseIngestArgs(argv: readonly string[]): IngestArgs {
  const args: IngestArgs = { file: '', maps: [], json: false, settings: {} };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const value = () => {
      const next = argv[++i];
      if (next === undefined) throw new Error(`${arg} needs a value`);
      return next;
    };
    if (arg === '--json') args.json = true;
    else if (arg === '--kind') {
      const kind = value();
      const resolved = KIND_ALIASES[kind] ?? kind;
      if (!(INGEST_KINDS as readonly string[]).includes(resolved)) throw new Error(`--kind ${kind}: expected one of ${INGEST_KINDS.join(', ')}`);
      args.kind = resolved as IngestKind;
    } else if (arg === '--clickhouse') args.clickhouse = { ...(args.clickhouse ?? { table: '' }), url: value() };
    else if (arg === '--table') args.clickhouse = { ...(args.clickhouse ?? { url: '' }), table: value() };
    else if (arg === '--user') args.clickhouse = { ...(args.clickhouse ?? { url: '', table: '' }), user: value() };
    else if (arg === '--profile') args.profilePath = value();
    else if (arg === '--map') args.maps.push(value());
    else if (arg === '--delimiter') {
      const delimiter = value().replace('\\t', '\t');
      if (!(DELIMITERS as readonly string[]).includes(delimiter)) throw new Error(`--delimiter: expected one of , ; \\t |`);
      args.settings.delimiter = delimiter as Delimiter;
    } else if (arg === '--date-format') {
      const format = value();
      if (!(DATE_FORMATS as readonly string[]).includes(format)) throw new Error(`--date-format: expected one of ${DATE_FORMATS.join(', ')}`);
      args.dateFormat = format as DateFormat;
    } else if (arg === '--decimal') {
      const decimal = value();
      if (decimal !== '.' && decimal !== ',') throw new Error('--decimal: expected . or ,');
      args.decimal = decimal;
    } else if (arg.startsWith('--')) throw new Error(`unknown option ${arg}`);
    else if (args.file) throw new Error(`one file at a time (got "${args.file}" and "${arg}")`);
    else args.file = arg;
  }
  if (args.clickhouse) return clickhouseArgs(args);
  if (!args.file) throw new Error('no FILE given');
  return args;
}

function clickhouseArgs(args: IngestArgs): IngestArgs {
  const source = args.clickhouse!;
  if (args.file) throw new Error(`a file or --clickhouse, not both (got "${args.file}")`);
  if (!/^https?:\/\//.test(source.url)) throw new Error('--clickhouse needs the HTTP address, e.g. http://127.0.0.1:8123/');
  if (!source.table) throw new Error('--clickhouse needs --table DB.TABLE');
  clusterMappingOf(null, args.maps);
  const password = process.env.CLICKHOUSE_PASSWORD;
  return { ...args, kind: 'sales', file: source.table, clickhouse: { ...source, ...(password ? { password } : {}) } };
}

/**
 * The mapping of a cluster's table from a saved profile and --map (the same syntax as for a
 * file): columns only, sales columns only (a constant would need to be written into the SQL).
 */
export function clusterMappingOf(saved: Partial<MappingProfile> | null, maps: readonly string[]): ClusterMapping {
  const mapping: ClusterMapping = {};
  for (const [canonical, source] of Object.entries(buildProfile(saved, maps).mapping ?? {})) {
    if (!isSalesColumn(canonical)) throw new Error(`--map ${canonical}: not a sales column (${SALES_CANONICAL.join(', ')})`);
    if (!('column' in source)) throw new Error(`--map ${canonical}: a cluster's columns can be mapped, not given constants`);
    mapping[canonical] = source.column;
  }
  return mapping;
}

/** A saved profile, then each --map on top of it (so a profile can be adjusted per run). */
export function buildProfile(saved: Partial<MappingProfile> | null, maps: readonly string[]): Partial<MappingProfile> {
  const mapping = { ...saved?.mapping };
  for (const map of maps) {
    const [canonical, source] = parseMapArgument(map);
    mapping[canonical] = source;
  }
  return { ...saved, mapping };
}
