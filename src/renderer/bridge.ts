import { API_GLOBAL_NAME } from '../shared/bridge/channels';
import type { RapporteurApi } from '../shared/bridge/contract';

/** The preload's API (or, in browser tests, the harness's shim of the same contract). */
export function getBridge(): RapporteurApi {
  const api = (window as unknown as Record<string, RapporteurApi | undefined>)[API_GLOBAL_NAME];
  if (!api) throw new Error('Rapporteur must run inside its desktop shell: the bridge to the main process is missing.');
  return api;
}
