// The bot's entry point (`node dist/main.js` in production, `npm start` from
// the sources): settings from a .env file in the working directory when there
// is one, then the composition root. The root is imported only after the file
// is read, because it starts the bot as soon as it is loaded. A warning known
// to be harmless is kept off the terminal.
import { loadEnvFileIfPresent } from './src/config.js';
import { hideKnownWarnings } from './src/observability/known-warnings.js';

hideKnownWarnings();
loadEnvFileIfPresent();
await import('./src/main.js');
