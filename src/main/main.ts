import * as electron from 'electron';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startApp } from './startApp';

// The bundle is dist/main/main.mjs; the built preload and renderer sit beside it under dist/.
startApp(electron, {
  distDir: dirname(dirname(fileURLToPath(import.meta.url))),
  userDataDir: process.env.RAPPORTEUR_USER_DATA,
});
