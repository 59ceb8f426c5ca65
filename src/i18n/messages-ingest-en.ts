/**
 * English text of what the ingest reports: why a row was rejected, why a file was refused, what
 * it assumed (warnings), why a load was held back. The command line's JSON report carries these
 * sentences, so their wording is part of its contract.
 */
export const ingestEn = {
  'list.or': '{head} or {last}',
  'ingest.where.line': 'line {line}',
  'ingest.where.lineColumn': 'line {line}, column "{column}"',
  // Reasons a row is rejected.
  'ingest.reject.empty': '{column} is empty',
  'ingest.reject.emptyValue': 'empty',
  'ingest.reject.noDateFormat': 'no date format could be recognised in this column',
  'ingest.reject.notWholeNumber': 'not a whole number',
  'ingest.reject.notNumber': 'not a number',
  'ingest.reject.notDate': 'not a date in the {format} format',
  'ingest.reject.noSuchDay': 'no such day: {text}',
  'ingest.reject.twoDecimalSeparators': 'more than one decimal separator "{separator}"',
  'ingest.reject.misplacedThousands': 'misplaced thousands separator "{separator}"',
  'ingest.reject.dotWhereComma': 'a "." in a column whose decimal separator is ","',
  'ingest.reject.commaWhereDot': 'a "," in a column whose decimal separator is "."',
  'ingest.reject.fieldCount': 'expected {expected} fields, found {found}',
  'ingest.reject.fieldCountExtraData': 'expected {expected} fields, found {found} (the extra ones hold data)',
  'ingest.reject.invalidUtf8': 'bytes that are not valid UTF-8 on this line (the rest of the file is UTF-8): fix or re-export it',
  'ingest.reject.recordTooLong': 'a record of {chars} characters (the limit is 1,000,000): a quote that is never closed, or not a CSV file',
  'ingest.reject.malformedQuotes': 'malformed quotes: Trailing quote on quoted field is malformed',
  'ingest.reject.quoteUnterminated': 'malformed quotes: Quoted field unterminated',
  'ingest.reject.unclosedQuote': 'a quoted field that starts on line {line} is never closed, so the rest of the file would be read as one value',
  // Refusals of a whole file.
  'ingest.refuse.unclosedQuote': '{file}, line {line}: {problem}. Close the quote, or set quoting to "none" if quotes are never used to wrap values.',
  'ingest.refuse.unknownEncoding':
    '{file}, line {line}: the text is neither UTF-8 nor Windows-1252 (perhaps Shift-JIS or another Asian encoding). Save the file as "CSV UTF-8" and upload it again.',
  'ingest.refuse.binary': '{file} looks like a binary file, not text. Export the data as CSV.',
  'ingest.refuse.headerOnly': '{file} has a header but no data rows. Check that you picked the right file.',
  'ingest.refuse.headerOnlyBlank': '{file} has a header but no data rows ({blank} blank lines). Check that you picked the right file.',
  'ingest.refuse.noRows': '{file} has no data rows. Check that you picked the right file.',
  'ingest.refuse.noRowsBlank': '{file} has no data rows ({blank} blank lines). Check that you picked the right file.',
  'ingest.refuse.unknownColumns': '{file}: no column named {names} (the columns are {columns}).',
  'ingest.refuse.unmappedColumns': '{file}: no column is mapped to {names}. Map a column of the file to it (the columns are {columns}).',
  'ingest.refuse.noneLoaded': 'None of the {rows} rows of {file} could be loaded.',
  'ingest.refuse.noneLoadedFirst': 'None of the {rows} rows of {file} could be loaded; {where}: {reason}.',
  'ingest.refuse.noneLoadedOne': 'The only row of {file} could not be loaded.',
  'ingest.refuse.noneLoadedOneFirst': 'The only row of {file} could not be loaded; {where}: {reason}.',
  'ingest.refuse.tooLarge': '{file} is {size} MB; the limit is {limit} MB. Split the export by year or month and upload the parts into one dataset (append).',
  'ingest.refuse.emptyFile': '{file} is empty (0 bytes).',
  'ingest.refuse.unpacksTooLarge': '{file} unpacks to more than {limit} MB; split it.',
  'ingest.refuse.brokenGzip': '{file} looks gzip-compressed but cannot be unpacked ({detail}). Re-export it uncompressed.',
  'ingest.refuse.zstandard': '{file} is Zstandard-compressed, which Cible cannot read. Decompress it (or use gzip) and upload again.',
  'ingest.refuse.zip': '{file} is a ZIP archive or an Excel workbook (.xlsx), not a CSV. Open it and save as "CSV UTF-8" or "CSV (séparateur: point-virgule)".',
  'ingest.refuse.utf32': '{file} is encoded in UTF-32, which Cible does not read. Save it as UTF-8.',
  'ingest.refuse.ambiguousDates':
    '{file}: the dates in column "{column}" read as {formats}; nothing in the file decides. Pass --date-format {first} (or another).',
  // Assumptions stated in the report.
  'ingest.warn.noRetailer': 'No retailer column: every row is attributed to "{retailer}". Type the retailer in the mapping to change it.',
  'ingest.warn.noChannel': 'No channel column: the rows are loaded as undivided totals (channel "total").',
  'ingest.warn.singleRecord': 'The file holds a single record: it is read as data, not as a header.',
  'ingest.warn.ambiguousDates': 'Column "{column}" holds dates that read as {formats}: loaded as text.',
  // Guards before a load is saved.
  'ingest.guard.massRejection':
    '{file}: {rejected} of {read} rows ({percent}%) would be rejected, which usually means a wrong setting. Check the date format and the decimal separator, or load anyway.',
  'ingest.guard.massRejectionFirst':
    '{file}: {rejected} of {read} rows ({percent}%) would be rejected, which usually means a wrong setting (first: {where}: {reason}). Check the date format and the decimal separator, or load anyway.',
  'ingest.guard.alreadyLoaded': 'These files are already loaded as dataset "{dataset}". Open it, or choose "Replace" to load them again.',
  'ingest.guard.alreadyInDataset': '{file} is already in dataset "{dataset}": appending it again would count its rows twice.',
  'ingest.guard.changedElsewhere':
    'Dataset "{dataset}" was changed in another tab while these files were loading; nothing was saved. Load them again to apply them to its new version.',
  'ingest.guard.openQuestion': '{file}: answer the open question first.',
  'ingest.guard.notLoaded': 'Not loaded, because {file} could not be: fix or remove that file and load again.',
  // Loading, and files read from a web address.
  'ingest.load.countMismatch': 'DuckDB loaded {loaded} rows of {table} where validation accepted {accepted}; nothing should be trusted from this load.',
  'ingest.load.notTable': '{file} was not prepared as a plain table.',
  'ingest.worker.stopped': 'The parsing worker stopped (probably out of memory). Nothing was loaded; try a smaller file.',
  'ingest.worker.hashStopped': 'The hashing worker stopped.',
  'ingest.remote.unreachable': '{url} could not be downloaded. The host may be down, or it does not allow other sites to read the file (CORS).',
  'ingest.remote.status': '{url} answered {status} {statusText}.',
  'ingest.remote.notParquet': '{file} could not be read as Parquet: {detail}',
  'ingest.remote.tooManyRows': 'the file holds {rows} rows; Cible reads at most {limit} from a link.',
  'ingest.remote.unreadable': '{file} could not be read.',
  'ingest.remote.ambiguousDates': '{file}: the dates in "{column}" read as {formats}; upload the file on the Data page to choose.',
} as const;
