import type { CommandDefinition } from './command.js';
import { contact } from './contact/index.js';
import { ips } from './ips/index.js';
import { lead } from './lead/index.js';
import { refer } from './refer/index.js';
import { client } from './client/index.js';
import { jobstart } from './jobstart/index.js';
import { jobend } from './jobend/index.js';
import { outreach } from './outreach/index.js';
import { celebrate } from './celebrate/index.js';
import { employerCommand } from './employer/index.js';

/** Every command the bot has. Adapters and manifests are built from this list. */
export const commands: readonly CommandDefinition[] = [
  contact,
  employerCommand,
  lead,
  refer,
  client,
  jobstart,
  jobend,
  outreach,
  celebrate,
  ips,
];
