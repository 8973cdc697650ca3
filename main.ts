// The bot's entry point (`node dist/main.js` in production, `npm start` from
// the sources): settings from a .env file in the working directory when there
// is one, then the composition root. The root is imported only after the file
// is read, because it starts the bot as soon as it is loaded. A warning known
// to be harmless is kept off the terminal, and WebAssembly is compiled once
// (src/lifecycle/wasm-compiler.ts), before the database is opened.
import { loadEnvFileIfPresent } from './src/config.js';
import { compileWebAssemblyOnce } from './src/lifecycle/wasm-compiler.js';
import { hideKnownWarnings } from './src/observability/known-warnings.js';

hideKnownWarnings();
compileWebAssemblyOnce();
loadEnvFileIfPresent();
await import('./src/main.js');
