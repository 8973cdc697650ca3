// The app package: the manifest passes the Teams schema (bundled in
// @microsoft/app-manifest, offline), its command menu is the core's command
// list, the icons are what Teams accepts, and the zip holds it all.
import { firstExample } from '../../src/commands/help.js';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { composeCommands } from '../../adapters/teams/teams-bot.js';
import { withAppId } from '../../adapters/teams/manifest.js';
import { buildPackage, manifestDir, manifestProblems, readManifest } from '../../scripts/teams-package.js';
import { startTestBot, type TestBot } from '../support/test-bot.js';

const appId = '8f2e4b1c-1234-4abc-9def-0123456789ab';
let bot: TestBot;
beforeAll(async () => {
  bot = await startTestBot({ demo: false });
});
afterAll(async () => {
  await bot?.close();
});

describe('Teams manifest', () => {
  it('passes the Teams schema and matches the core’s commands', async () => {
    const manifest = withAppId(await readManifest(), appId);
    expect(await manifestProblems(manifest, bot.core.router.registry.commands)).toEqual([]);
    expect(Number(manifest.manifestVersion)).toBeGreaterThanOrEqual(1.17);
  });

  it('lists every core command in the command menu with an example', async () => {
    const listed = (await readManifest()).bots![0]!.commandLists![0]!.commands;
    expect(listed.map((c) => c.title)).toEqual(bot.core.router.registry.commands.map((c) => c.name));
    for (const command of bot.core.router.registry.commands) {
      const entry = listed.find((c) => c.title === command.name)!;
      const example = firstExample(command).replace(/^\//, '');
      expect(entry.description).toContain(`e.g. ${example.slice(0, 40)}`);
    }
  });

  it('reports a command menu that has drifted, and schema errors', async () => {
    const manifest = withAppId(await readManifest(), appId);
    manifest.bots![0]!.commandLists![0]!.commands.pop();
    delete (manifest as { accentColor?: string }).accentColor;
    const problems = await manifestProblems(manifest, bot.core.router.registry.commands);
    expect(problems.join('\n')).toMatch(/accentColor/);
    expect(problems.join('\n')).toMatch(/differ from the bot's commands/);
  });

  it('offers the message extension’s action commands the bot handles', async () => {
    const extension = (await readManifest()).composeExtensions![0]!;
    const commands = extension.commands as { id: string; type?: string; fetchTask?: boolean }[];
    expect(commands.map((c) => [c.id, c.type, c.fetchTask])).toEqual(composeCommands.map((id) => [id, 'action', true]));
  });

  it.each([
    ['color.png', 192, false],
    ['outline.png', 32, true],
  ] as const)('has %s at %i px square', async (name, size, whiteOnly) => {
    const png = PNG.sync.read(await readFile(join(manifestDir, name)));
    expect([png.width, png.height]).toEqual([size, size]);
    if (!whiteOnly) return;
    let drawn = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      if (png.data[i + 3] === 0) continue;
      drawn++;
      expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
    }
    expect(drawn).toBeGreaterThan(0);
    expect(drawn).toBeLessThan(size * size);
  });
});

describe('npm run teams:package', () => {
  it('zips the manifest with the app id filled in, and both icons', async () => {
    const zip = await JSZip.loadAsync(await buildPackage(appId));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = await zip.file('manifest.json')!.async('string');
    expect(manifest).not.toContain('${{');
    expect(JSON.parse(manifest)).toMatchObject({ id: appId, bots: [{ botId: appId }], composeExtensions: [{ botId: appId }] });
  });

  it('refuses an app id that is not a GUID', async () => {
    await expect(buildPackage('my-bot')).rejects.toThrow(/GUID/);
  });
});
