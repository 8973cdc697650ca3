// Linking chat accounts to roster members and channels to teams: the admin's
// side of the roster.
import { DomainError } from '../../core/domain-error.js';
import { messageReply } from '../../core/reply.js';
import type { IpsSubcommand } from './subcommand.js';

/** Adapters pass user mentions as <@platform user id>, Slack's escaped form. */
const mentionPattern = /^<@([A-Za-z0-9:_.-]+)(?:\|[^>]*)?>$/;

export const staffLink: IpsSubcommand = {
  words: 'staff link',
  usage: '/ips staff link @person <handle>',
  summary: 'link a chat account to a roster member',
  example: '/ips staff link @Aroha aroha',
  roles: ['admin'],
  async run(ctx, args) {
    const [mention, handle] = args.split(/\s+/);
    const m = mention ? mentionPattern.exec(mention) : null;
    if (!m || !handle) {
      throw new DomainError('ROSTER.LINK_USAGE', 'Mention the person, then give their roster handle.', this.example);
    }
    const staff = await ctx.tx.staff.findUnique({ where: { handle: handle.toLowerCase() } });
    if (!staff) throw new DomainError('ROSTER.NO_SUCH_HANDLE', `No one on the roster has the handle "${handle}".`, this.example);
    const { platform, conversation } = ctx.invocation;
    const identity = await ctx.tx.staffIdentity.upsert({
      where: { staffId_platform_workspace: { staffId: staff.id, platform, workspace: conversation.workspace } },
      create: { staffId: staff.id, platform, workspace: conversation.workspace, externalId: m[1]! },
      update: { externalId: m[1]! },
    });
    await ctx.audit('staff.link', 'StaffIdentity', identity.id, { staffId: staff.id, platform, externalId: m[1] });
    return messageReply([
      { kind: 'paragraph', text: `Linked: ${mention} is ${staff.displayName} (${staff.handle}, ${staff.role}) on ${platform}.` },
    ]);
  },
};

export const channelBind: IpsSubcommand = {
  words: 'channel bind',
  usage: '/ips channel bind <team or unit>',
  summary: "run in a channel to make it a clinical team's (or the vocational unit's) channel",
  example: '/ips channel bind northside',
  roles: ['admin'],
  async run(ctx, args) {
    const key = args.trim().toLowerCase();
    if (!key) throw new DomainError('CHANNEL.BIND_USAGE', 'Which team? Give the clinical team or vocational unit key.', this.example);
    const { conversation } = ctx.invocation;
    if (conversation.isDirect) {
      throw new DomainError('CHANNEL.BIND_DIRECT', 'Run this in the channel you want to bind, not in a direct message.', this.example);
    }
    const team = await ctx.tx.clinicalTeam.findUnique({ where: { key } });
    const unit = await ctx.tx.vocationalUnit.findUnique({ where: { key } });
    if (!team && !unit) {
      const teams = await ctx.tx.clinicalTeam.findMany({ select: { key: true }, orderBy: { key: 'asc' } });
      const units = await ctx.tx.vocationalUnit.findMany({ select: { key: true }, orderBy: { key: 'asc' } });
      throw new DomainError(
        'CHANNEL.NO_SUCH_TEAM',
        `No team or unit has the key "${key}". Teams: ${teams.map((t) => t.key).join(', ') || 'none'}; units: ${units.map((u) => u.key).join(', ') || 'none'}.`,
        this.example,
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
