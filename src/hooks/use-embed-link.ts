import { useCallback } from 'react';
import type { AppState } from '../state/app-state';
import { embeddedDatasetId, MAX_EMBEDDED_CHARS } from '../state/embedded-data';
import { encodeHash } from '../state/url-hash';
import { embedStoredDataset } from '../session/stored-datasets';
import { useUploads } from './uploads-context';

export type EmbedLink = { ok: true; url: string } | { ok: false; chars: number; limit: number };

/** Builds a share link that carries the current uploaded dataset itself, when it is small enough. */
export function useEmbedLink(): (state: AppState) => Promise<EmbedLink> {
  const { datasets } = useUploads();
  return useCallback(
    async (state: AppState) => {
      const id = state.filters.dataset;
      const packed = await embedStoredDataset(id, datasets.find((d) => d.id === id)?.name ?? id);
      if (!packed.ok) return { ok: false, chars: packed.chars, limit: MAX_EMBEDDED_CHARS };
      const hash = encodeHash({ ...state, embedded: packed.payload, filters: { ...state.filters, dataset: embeddedDatasetId(packed.payload) } });
      return { ok: true, url: `${window.location.origin}${window.location.pathname}${window.location.search}${hash}` };
    },
    [datasets],
  );
}
