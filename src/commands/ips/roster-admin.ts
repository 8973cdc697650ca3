// Linking chat accounts to roster members and channels to teams: the admin's
// side of the roster.
import { z } from 'zod';
import { DomainError } from '../../core/domain-error.js';
import { messageReply } from '../../core/reply.js';
import type { ActionSpec } from '../command.js';

/** Adapters pass user mentions as <@platform user id>, Slack's escaped form. */
const mentionPattern = /^<@([A-Za-z0-9:_.-]+)(?:\|[^>]*)?>$/;
const linkExample = '/ips staff link @Aroha aroha';
const linkUsage = 'Mention the person, then give their roster handle.';

export const staffLink: ActionSpec<{ mention: string; userId: string; handle: string }> = {
  words: 'staff link',
  usage: '/ips staff link @person <handle>',
  summary: 'link a chat account to a roster member',
  examples: [linkExample],
  roles: ['admin'],
  input: () =>
    z
      .object({
        mention: z.string({ required_error: linkUsage }).regex(mentionPattern, linkUsage),
        handle: z.string({ required_error: linkUsage }).trim().toLowerCase(),
      })
      .transform((v) => ({ ...v, userId: mentionPattern.exec(v.mention)![1]! })),
  parse(text) {
    const [mention, handle, ...rest] = text.split(/\s+/).filter(Boolean);
    if (rest.length) throw new DomainError('ROSTER.LINK_USAGE', linkUsage, linkExample);
    return { mention, handle };
  },
  async run(ctx, { mention, userId, handle }) {
    const { tx } = ctx;
    const staff = await tx.staff.findUnique({ where: { handle } });
    if (!staff) throw new DomainError('ROSTER.NO_SUCH_HANDLE', `No one on the roster has the handle "${handle}".`, linkExample);
    const { platform, conversation } = ctx.invocation;
    const { workspace } = conversation;
    // One account, one person: linking it to someone else needs the old link gone first.
    const holder = await tx.staffIdentity.findUnique({
      where: { platform_workspace_externalId: { platform, workspace, externalId: userId } },
      include: { staff: { select: { handle: true } } },
    });
    if (holder && holder.staffId !== staff.id) {
      throw new DomainError(
        'ROSTER.ALREADY_LINKED',
        `${mention} is already linked to ${holder.staff.handle}. One chat account belongs to one person: link ${holder.staff.handle}'s own account instead, or ask the bot's operator to remove the old link.`,
        linkExample,
      );
    }
    if (holder) {
      return messageReply([
        { kind: 'paragraph', text: `${mention} is already linked to ${staff.displayName} (${staff.handle}): nothing changed.` },
      ]);
    }
    const identity = await tx.staffIdentity.upsert({
      where: { staffId_platform_workspace: { staffId: staff.id, platform, workspace } },
      create: { staffId: staff.id, platform, workspace, externalId: userId },
      update: { externalId: userId },
    });
    await ctx.audit('staff.link', 'StaffIdentity', identity.id, { staffId: staff.id, platform, externalId: userId });
    return messageReply([
      { kind: 'paragraph', text: `Linked: ${mention} is ${staff.displayName} (${staff.handle}, ${staff.role}) on ${platform}.` },
    ]);
  },
};

const bindExample = '/ips channel bind northside';

export const channelBind: ActionSpec<{ key: string }> = {
  words: 'channel bind',
  usage: '/ips channel bind <team or unit>',
  summary: "run in a channel to make it a clinical team's (or the vocational unit's) channel",
  examples: [bindExample],
  roles: ['admin'],
  input: () =>
    z.object({
      key: z
        .string({ required_error: 'Which team? Give the clinical team or vocational unit key.' })
        .trim()
        .toLowerCase()
        .regex(/^[a-z0-9_-]{1,40}$/, 'A team or unit key is one word, like northside.'),
    }),
  parse: (text) => (text ? { key: text } : {}),
  async run(ctx, { key }) {
    const { conversation } = ctx.invocation;
    if (conversation.isDirect) {
      throw new DomainError('CHANNEL.BIND_DIRECT', 'Run this in the channel you want to bind, not in a direct message.', bindExample);
    }
    const team = await ctx.tx.clinicalTeam.findUnique({ where: { key } });
    const unit = team ? null : await ctx.tx.vocationalUnit.findUnique({ where: { key } });
    if (!team && !unit) {
      const teams = await ctx.tx.clinicalTeam.findMany({ select: { key: true }, orderBy: { key: 'asc' } });
      const units = await ctx.tx.vocationalUnit.findMany({ select: { key: true }, orderBy: { key: 'asc' } });
      throw new DomainError(
        'CHANNEL.NO_SUCH_TEAM',
        `No team or unit has the key "${key}". Teams: ${teams.map((t) => t.key).join(', ') || 'none'}; units: ${units.map((u) => u.key).join(', ') || 'none'}.`,
        bindExample,
      );
    }
    const where = { platform: conversation.platform, workspace: conversation.workspace, channelId: conversation.channelId };
    const target = team ? { clinicalTeamId: team.id, unitId: null } : { unitId: unit!.id, clinicalTeamId: null };
    const binding = await ctx.tx.channelBinding.upsert({
      where: { platform_workspace_channelId: where },
      create: { ...where, ...target },
      update: target,
    });
    await ctx.audit('channel.bind', 'ChannelBinding', binding.id, { ...where, ...target });
    const name = team ? team.name : unit!.name;
    return messageReply([
      {
        kind: 'paragraph',
        text: `This channel is now ${name}'s channel: ${team ? 'job-start celebrations and 5 Rs nudges' : 'the weekly agenda and shared job leads'} will be posted here.`,
      },
    ]);
  },
};
