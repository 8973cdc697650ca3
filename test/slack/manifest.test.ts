import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { buildManifest, type SlackManifest } from '../../adapters/slack/manifest.js';
import { commands } from '../../src/commands/index.js';

const manifest = JSON.parse(await readFile(new URL('../../manifest/slack/manifest.json', import.meta.url), 'utf8')) as SlackManifest;
const slashCommands = manifest.features?.slash_commands ?? [];

describe('the Slack manifest', () => {
  it("declares exactly the core's commands, and the core has exactly the manifest's", () => {
    const inManifest = slashCommands.map((c) => c.command).sort();
    const inCore = commands.map((c) => `/${c.name}`).sort();
    expect(
      inManifest.filter((c) => !inCore.includes(c)),
      'in the manifest but not in the core',
    ).toEqual([]);
    expect(
      inCore.filter((c) => !inManifest.includes(c)),
      'in the core but not in the manifest (npm run slack:manifest -- --update)',
    ).toEqual([]);
  });

  it('escapes mentions for every command, and sends everything to /slack/events', () => {
    for (const command of slashCommands) {
      expect(command.should_escape, command.command).toBe(true);
      expect(command.url, command.command).toMatch(/\/slack\/events$/);
    }
    expect(manifest.settings?.interactivity?.request_url).toMatch(/\/slack\/events$/);
    expect(manifest.settings?.event_subscriptions?.request_url).toMatch(/\/slack\/events$/);
  });

  it('asks for the least it needs, has an App Home, and leaves Socket Mode off', () => {
    expect(manifest.oauth_config?.scopes?.bot?.slice().sort()).toEqual(['chat:write', 'commands', 'files:write']);
    expect(manifest.features?.app_home?.home_tab_enabled).toBe(true);
    expect(manifest.settings?.event_subscriptions?.bot_events).toEqual(['app_home_opened']);
    expect(manifest.settings?.interactivity?.is_enabled).toBe(true);
    expect(manifest.settings?.socket_mode_enabled).toBe(false);
  });

  it('is what the generator makes from the command list (descriptions and usage hints included)', () => {
    expect(manifest).toEqual(buildManifest(commands));
  });
});
