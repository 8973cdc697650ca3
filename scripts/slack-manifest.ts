// npm run slack:manifest [-- https://your-host] [-- --update]: the Slack app
// manifest for the bot's commands, printed for your host, or written over the
// checked-in manifest/slack/manifest.json (placeholder host) with --update.
import { writeFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';
import { buildManifest, placeholderHost } from '../adapters/slack/manifest.js';
import { registry } from '../src/app.js';

const { values, positionals } = parseArgs({ options: { update: { type: 'boolean' } }, allowPositionals: true });
const manifest = `${JSON.stringify(buildManifest(registry.commands, positionals[0] ?? placeholderHost), null, 2)}\n`;
if (values.update) await writeFile(new URL('../manifest/slack/manifest.json', import.meta.url), manifest);
else process.stdout.write(manifest);
