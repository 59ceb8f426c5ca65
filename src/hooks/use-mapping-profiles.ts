import { useCallback, useState } from 'react';
import type { MappingProfile } from '../ingest/column-mapping';
import { listProfiles, saveProfile } from '../storage/profile-store';

/** The named mapping profiles kept in this browser, and a way to save one (views never reach storage). */
export function useMappingProfiles() {
  const [profiles, setProfiles] = useState(() => listProfiles<MappingProfile>());
  const save = useCallback((name: string, profile: MappingProfile) => {
    saveProfile<MappingProfile>(name, profile);
    setProfiles(listProfiles<MappingProfile>());
  }, []);
  return { profiles, save };
}
