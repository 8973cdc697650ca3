// npm run teams:package: builds out/ips-bot-teams.zip, the app package a Teams
// admin uploads (manifest.json and the two icons). MICROSOFT_APP_ID (the Azure
// bot's app id) is put into the manifest. The manifest is checked against the
// Teams schema and against the bot's command list before anything is written.
//   npm run teams:package -- --update-manifest   rewrites the command menu in
//   manifest/teams/manifest.json from the bot's commands (after adding one).
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AppManifestUtils, type TeamsManifest } from '@microsoft/app-manifest';
import JSZip from 'jszip';
import { appIdPlaceholder, manifestCommands, withAppId } from '../adapters/teams/manifest.js';
import type { CommandDefinition } from '../src/commands/command.js';
import { commands } from '../src/commands/index.js';
import { loadEnvFileIfPresent } from '../src/config.js';
import { logger } from '../src/observability/logger.js';
import { packageRoot } from '../src/package-root.js';

export const manifestDir = join(packageRoot, 'manifest/teams');
const icons = ['color.png', 'outline.png'] as const;
const guid = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

export async function readManifest(): Promise<TeamsManifest> {
  return JSON.parse(await readFile(join(manifestDir, 'manifest.json'), 'utf8')) as TeamsManifest;
}

/** What is wrong with a manifest: schema errors, and a command menu that differs from the bot's commands. */
export async function manifestProblems(manifest: TeamsManifest, botCommands: readonly CommandDefinition[]): Promise<string[]> {
  const problems = await AppManifestUtils.validateAgainstSchema(manifest);
  const expected = JSON.stringify(manifestCommands(botCommands));
  for (const list of manifest.bots?.[0]?.commandLists ?? []) {
    if (JSON.stringify(list.commands) !== expected) {
      problems.push(
        `bots[0].commandLists (${list.scopes.join(', ')}) differ from the bot's commands: run npm run teams:package -- --update-manifest`,
      );
    }
  }
  return problems;
}

/** The zip Teams takes: manifest.json and the icons at its root. */
export async function buildPackage(appId: string): Promise<Buffer> {
  if (!guid.test(appId)) throw new Error(`MICROSOFT_APP_ID must be the bot's app id, a GUID like 8f2e…-…; got "${appId}".`);
  const manifest = withAppId(await readManifest(), appId);
  const problems = await manifestProblems(manifest, commands);
  if (problems.length) throw new Error(`manifest/teams/manifest.json is not valid:\n  ${problems.join('\n  ')}`);
  const zip = new JSZip();
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`);
  for (const icon of icons) zip.file(icon, await readFile(join(manifestDir, icon)));
  return zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
}

async function updateManifest(): Promise<void> {
  const manifest = await readManifest();
  for (const list of manifest.bots?.[0]?.commandLists ?? []) list.commands = manifestCommands(commands);
  await writeFile(join(manifestDir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  logger.info(
    { event: 'teams.manifest_updated' },
    `Updated the command menu in manifest/teams/manifest.json (${commands.length} commands).`,
  );
}

async function main(): Promise<void> {
  if (process.argv.includes('--update-manifest')) return updateManifest();
  loadEnvFileIfPresent();
  const appId = process.env.MICROSOFT_APP_ID?.trim();
  if (!appId) {
    throw new Error(
      `Set MICROSOFT_APP_ID to the Azure bot's app id (it replaces ${appIdPlaceholder} in the manifest), e.g. MICROSOFT_APP_ID=… npm run teams:package`,
    );
  }
  const zip = await buildPackage(appId);
  await mkdir(join(packageRoot, 'out'), { recursive: true });
  const path = join(packageRoot, 'out/ips-bot-teams.zip');
  await writeFile(path, zip);
  logger.info(
    { event: 'teams.package_written', bytes: zip.length },
    `Wrote out/ips-bot-teams.zip (${zip.length} bytes) for app ${appId}. Upload it in Teams: Apps → Manage your apps → Upload an app.`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    logger.error({ code: 'TEAMS.PACKAGE_FAILED' }, error instanceof Error ? error.message : String(error));
    process.exitCode = 1;
  });
}
