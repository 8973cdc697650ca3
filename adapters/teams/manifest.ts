// The app package's manifest: its command menu comes from the core's command
// list, so the two cannot drift; the app id is filled in when packaging.
import type { CommandDefinition } from '../../src/commands/command.js';
import { firstExample } from '../../src/commands/help.js';

export const appIdPlaceholder = '${{MICROSOFT_APP_ID}}';

export interface ManifestCommand {
  title: string;
  description: string;
}

const clip = (text: string, max: number) => (text.length <= max ? text : `${text.slice(0, max - 1)}…`);

/** One menu entry per command: its summary and first example, typed as Teams users type it. */
export function manifestCommands(commands: readonly CommandDefinition[]): ManifestCommand[] {
  return commands.map((c) => {
    const example = firstExample(c).replace(/^\//, '');
    return { title: clip(c.name, 32), description: clip(`${c.summary}. e.g. ${example}`, 128) };
  });
}

/** The manifest with every app id placeholder replaced. */
export function withAppId<T>(manifest: T, appId: string): T {
  return JSON.parse(JSON.stringify(manifest).replaceAll(appIdPlaceholder, appId)) as T;
}
