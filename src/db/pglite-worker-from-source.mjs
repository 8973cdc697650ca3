// The embedded database's thread when the bot runs from TypeScript sources
// (tsx, Vitest): on Node 20 a worker inherits neither tsx's loader hooks nor
// applies `--import` to its entry, so it registers them before loading the
// worker. Compiled builds start dist/…/pglite-worker.js directly.
import { register } from 'tsx/esm/api';

register();
await import('./pglite-worker.ts');
