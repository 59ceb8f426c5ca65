import type { BundledDatasetId, Grain } from './dataset';

export interface BundledDatasetInfo {
  illustrative: boolean;
  grain: Grain;
}

export const BUNDLED_DATASETS: Record<BundledDatasetId, BundledDatasetInfo> = {
  sample: { illustrative: true, grain: 'day' },
  public: { illustrative: false, grain: 'year' },
};
