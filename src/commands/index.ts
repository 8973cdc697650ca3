import type { CommandDefinition } from './command.js';
import { contact } from './contact/index.js';
import { ips } from './ips/index.js';

/** Every command the bot has. Adapters and manifests are built from this list. */
export const commands: readonly CommandDefinition[] = [contact, ips];
