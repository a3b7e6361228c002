import { join } from 'node:path';
import { runWithCodeCache } from './codeCache';

// bin/rapporteur.cjs → here → the CLI bundle, compiled from its code cache (see codeCache.ts).
runWithCodeCache(join(__dirname, 'rapporteur.cjs'), join(__dirname, 'rapporteur.cache'), {
  write: process.env.RAPPORTEUR_REFRESH_CODE_CACHE === '1' ? 'always' : 'if-unusable',
});
