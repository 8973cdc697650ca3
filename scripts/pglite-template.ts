// npm's postinstall: runs the embedded database's initdb once, so that the
// bot's first start copies a ready folder (see src/db/pglite-template.ts).
// A failure here costs only speed: the bot then runs initdb itself.
import { makeTemplate } from '../src/db/pglite-template.js';

try {
  console.log(`Embedded database template: ${await makeTemplate()}`);
} catch (error) {
  console.warn(`No embedded database template (a first start will run initdb itself): ${String(error)}`);
}
