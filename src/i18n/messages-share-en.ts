/** English text of share links, exports and the printed briefing. */
export const shareEn = {
  'export.label': 'Export “{chart}”',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Copy failed: select the address bar and copy it',
  'share.copyWithData': 'Copy link with the data',
  'share.tooLarge': 'Too large to carry in a link ({size} KB; the limit is {limit} KB). Put the CSV file on a web server and share a link to it, or send the file.',
  'dataset.linked': 'Data carried by this link',
  'print.button': 'Print briefing',
  'print.title': 'Executive briefing',
  'print.dataset': 'Dataset',
  'print.filters': 'Filters',
  'print.link': 'Open this view',
  'print.printedOn': 'Printed {date}',
} as const;
