/** English text for the first paint from the build-time snapshot. */
export const snapshotEn = {
  'snapshot.badge': 'Computed when this site was built · going live…',
  'snapshot.help':
    'These figures were computed from the bundled data when this site was built ({date}); the in-browser database is starting and will answer with the same figures in a moment.',
};
