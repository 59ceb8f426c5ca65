/** English text of the ClickHouse source: the Data page's form, its status and its errors. */
export const clickhouseEn = {
  'ch.title': 'Connect to ClickHouse',
  'ch.intro':
    'For data too large for one browser: the cluster sums the sales by day, Cible loads the sums and every panel works as usual. The table needs the columns date, retailer, channel and revenue_eur (and platform, region, category, orders, commission_eur, metric, source when it has them), under those names, under names an upload recognises (enseigne, CA TTC…), or mapped below.',
  'ch.url': 'HTTP address',
  'ch.database': 'Database',
  'ch.sales': 'Sales table',
  'ch.targets': 'Targets table (optional)',
  'ch.fees': 'Platform fees table (optional)',
  'ch.events': 'Events table (optional)',
  'ch.user': 'User',
  'ch.password': 'Password',
  'ch.passwordNote': 'Kept in this tab’s memory only: never in a link, never stored.',
  'ch.connect': 'Connect and load',
  'ch.readColumns': 'Read the columns',
  'ch.mapping': 'Columns of {table}',
  'ch.mappingHelp':
    'Each column Cible needs is read from a column of the table: found by its name when it can be, else chosen here. The choice goes into the link (column names only).',
  'ch.mapping.none': '— not in the table —',
  'ch.cancel': 'Cancel',
  'ch.loading': 'Asking {host} for the daily sums of {table}…',
  'ch.loaded': 'The data lives on the ClickHouse cluster {host} ({table}). Summary fetched at {time}: {rows} sales rows summed into {sent} daily rows.',
  'ch.smallTablesNote': 'Targets, fees and events not named here come from the bundled sample.',
  'ch.badTable': 'Write the table as database.table or table: letters, digits and _ only.',
  'ch.badUrl': 'Write the address as http://host:port/ (the server’s HTTP interface).',
  'ch.confirmTitle': 'This link loads data from the ClickHouse server {host}',
  'ch.confirmExplain': 'Cible will ask this server for the daily sums of {table} (the server sees your address; nothing else is sent):',
  'ch.confirmLoad': 'Connect to {host}',
  'ch.reloading':
    'The page reloads once so that it may reach {host} (its security policy lets it reach only the addresses you agree to). Type the password again afterwards.',
  'ch.open': 'Open the dashboard',
  'dataset.clickhouse': 'ClickHouse: {table} on {host}',
  'ch.error.unreachable':
    'The ClickHouse server at {host} did not answer. Check the address and port, that the server is running and that this network reaches it.',
  'ch.error.refused':
    'The server at {host} refused the request. Check the user and password, that this user may connect from here, and that the user’s profile sets add_http_cors_header = 1 (without it a browser may not read the answers).',
  'ch.error.unknown-table': 'The table {table} does not exist on {host}. Check the database and table names.',
  'ch.error.unknown-column':
    'A column Cible needs is missing from {table}: it needs date, retailer, channel and revenue_eur, under those names or mapped to the table’s own columns (Read the columns, or --map on the command line); a mapped column must exist.',
  'ch.error.timeout': 'The cluster did not answer in time. Try again when it is less busy, or ask its administrator.',
  'ch.error.cancelled': 'Cancelled. The data shown is unchanged.',
  'ch.error.other': 'The cluster answered with an error (below). The data shown is unchanged.',
} as const;
