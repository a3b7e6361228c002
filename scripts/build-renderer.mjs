#!/usr/bin/env node
// Builds only the renderer (to $RAPPORTEUR_RENDERER_OUT or dist/renderer): the quick loop for UI work and e2e tests.
import { build } from 'vite';

await build({ configFile: 'vite.config.ts', logLevel: 'warn' });
console.log(`Built ${process.env.RAPPORTEUR_RENDERER_OUT ?? 'dist/renderer'}.`);
