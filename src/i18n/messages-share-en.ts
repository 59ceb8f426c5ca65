/** English text of share links, exports and the printed briefing. */
export const shareEn = {
  'export.label': 'Export “{chart}”',
  'share.copy': 'Copy link',
  'share.copied': 'Link copied',
  'share.copyFailed': 'Copy failed: select the address bar and copy it',
  'print.button': 'Print briefing',
  'print.title': 'Executive briefing',
  'print.dataset': 'Dataset',
  'print.filters': 'Filters',
  'print.link': 'Open this view',
  'print.printedOn': 'Printed {date}',
} as const;
