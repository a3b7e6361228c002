import { join } from 'node:path';
import { runWithCodeCache } from './codeCache';

// bin/rapporteur.cjs → here → the CLI bundle, compiled from its code cache (see codeCache.ts).
runWithCodeCache(join(__dirname, 'rapporteur.cjs'), join(__dirname, 'rapporteur.cache'), {
  write: process.env.RAPPORTEUR_REFRESH_CODE_CACHE === '1' ? 'always' : 'if-unusable',
  // An export is over in a fraction of a second, before TurboFan's optimized code for its hottest functions
  // (docx's XML writer, the notes check) repays compiling it on another thread: without TurboFan a
  // 20,000-word export took about a sixth less CPU and wall time. V8's interpreter and its baseline
  // compiler (Sparkplug) still run everything.
  v8Flags: ['--no-turbofan'],
});
