import type { StaffRole } from '../../generated/prisma/enums.js';
import type { CommandReply } from '../../core/invocation.js';
import type { CommandContext } from '../command.js';

/** One "/ips <words>" subcommand, declared like a command so that help lists it. */
export interface IpsSubcommand {
  /** The words after /ips that select it: "staff link". */
  words: string;
  usage: string;
  summary: string;
  example: string;
  roles: readonly StaffRole[];
  /** `args` is the text after the subcommand's words. */
  run(ctx: CommandContext, args: string): Promise<CommandReply>;
}
