// A worker thread's entry when the bot runs from TypeScript sources (tsx,
// Vitest): on Node 20 a worker inherits neither tsx's loader hooks nor applies
// `--import` to its entry, so this registers them, then loads the TypeScript
// entry named last on its argv. Compiled builds start the .js entry directly.
import { register } from 'tsx/esm/api';

register();
await import(process.argv.at(-1));
