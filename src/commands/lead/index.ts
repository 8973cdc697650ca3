// /lead: a vacancy found while job hunting, shared with the vocational unit.
import { DomainError } from '../../core/domain-error.js';
import type { CommandInput, CommandReply } from '../../core/invocation.js';
import { describeDate, localDateOf } from '../../core/local-date.js';
import { messageReply } from '../../core/reply.js';
import { leadExample, leadUsage, parseLead, type LeadDraft } from '../../grammar/lead-grammar.js';
import { caseloadRefs, findClientForCaller } from '../../services/caseload.js';
import { findOrCreateEmployer } from '../../services/employers.js';
import { leadLine, leadShareMessage, leadShares } from '../../services/leads.js';
import type { LeadStatus } from '../../generated/prisma/enums.js';
import { employerField } from '../form-choices.js';
import type { CommandContext, CommandDefinition } from '../command.js';
import { leadFromForm, validateLead } from './lead-input.js';

const closeExample = '/lead close 12 filled';

async function create(ctx: CommandContext, input: LeadDraft): Promise<CommandReply> {
  const { caller, tx } = ctx;
  if (caller.organisationId === null || caller.unitId === null) {
    throw new DomainError(
      'ROSTER.NO_UNIT',
      'You are not in a vocational unit yet, so leads have nowhere to go. Ask an admin to add you to one.',
    );
  }
  const clients = [];
  for (const ref of input.clientRefs) clients.push(await findClientForCaller(tx, caller, ref, leadExample));
  const employer = await findOrCreateEmployer(tx, caller.organisationId, input.employer);
  if (employer.created) await ctx.audit('employer.create', 'Employer', employer.id, { name: employer.name });
  const lead = await tx.jobLead.create({
    data: {
      specialistId: caller.id,
      employerId: employer.id,
      role: input.role,
      hours: input.hours === undefined ? null : String(input.hours),
      pay: input.pay ?? null,
      notes: input.notes ?? null,
      createdAt: ctx.now,
      clients: { create: clients.map((c) => ({ clientId: c.id })) },
    },
  });
  await ctx.audit('lead.create', 'JobLead', lead.id, { employerId: employer.id, role: input.role, clientIds: clients.map((c) => c.id) });
  const body = leadShareMessage({ ...input, employer: employer.name, peopleCount: clients.length }, caller.displayName, lead.id);
  const shares = await leadShares(tx, caller.unitId, lead.id, body);
  for (const share of shares) await ctx.enqueue(share);
  await ctx.emit({ type: 'lead.created', leadId: lead.id, specialistId: caller.id });

  const facts = [
    { label: 'Employer', value: employer.created ? `${employer.name} (new to the employer database)` : employer.name },
    { label: 'Role', value: input.role },
  ];
  if (input.hours !== undefined) facts.push({ label: 'Hours', value: `${input.hours} a week` });
  if (input.pay) facts.push({ label: 'Pay', value: input.pay });
  if (clients.length) facts.push({ label: 'For', value: clients.map((c) => c.ref).join(', ') });
  return messageReply([
    { kind: 'heading', text: `Job lead #${lead.id} logged` },
    { kind: 'facts', facts },
    {
      kind: 'paragraph',
      text: shares.length
        ? "Shared in the vocational unit's channel (the role and employer only, no names)."
        : 'Your unit has no channel bound yet, so it was not shared; it shows in the weekly agenda.',
    },
    { kind: 'note', text: `Filled or gone? /lead close ${lead.id} filled` },
  ]);
}

async function list(ctx: CommandContext): Promise<CommandReply> {
  const { caller } = ctx;
  const where = caller.role === 'supervisor' ? { specialist: { unitId: caller.unitId ?? -1 } } : { specialistId: caller.id };
  const leads = await ctx.tx.jobLead.findMany({
    where: { ...where, status: 'open' },
    orderBy: { id: 'desc' },
    take: 50,
    include: {
      employer: { select: { name: true } },
      specialist: { select: { displayName: true } },
      clients: { include: { client: { select: { ref: true } } } },
    },
  });
  if (leads.length === 0) {
    return messageReply([
      { kind: 'heading', text: 'Open job leads' },
      { kind: 'paragraph', text: 'No open leads.' },
      { kind: 'note', text: `Log one: ${leadExample}` },
    ]);
  }
  return messageReply([
    { kind: 'heading', text: caller.role === 'supervisor' ? "Your unit's open job leads" : 'Your open job leads' },
    {
      kind: 'list',
      items: leads.map((l) => {
        const refs = l.clients.map((c) => c.client.ref).join(', ');
        const who = caller.role === 'supervisor' ? `, ${l.specialist.displayName}` : '';
        return `#${l.id} ${leadLine({ ...l, employer: l.employer.name })}${refs ? `, for ${refs}` : ''}${who} (${describeDate(localDateOf(l.createdAt, caller.timeZone), ctx.today)})`;
      }),
    },
    { kind: 'note', text: `Close one: /lead close ${leads[0]!.id} filled (or withdrawn)` },
  ]);
}

async function close(ctx: CommandContext, args: string): Promise<CommandReply> {
  const m = /^#?(\d+)(?:\s+(filled|withdrawn))?$/i.exec(args.trim());
  if (!m) throw new DomainError('LEAD.CLOSE_USAGE', 'Give the lead number, then filled or withdrawn.', closeExample);
  const id = Number(m[1]);
  const status = (m[2]?.toLowerCase() ?? 'filled') as LeadStatus;
  const { caller, tx } = ctx;
  const lead = await tx.jobLead.findUnique({
    where: { id },
    include: { specialist: { select: { unitId: true } }, employer: { select: { name: true } } },
  });
  const mayClose = lead && (lead.specialistId === caller.id || (caller.role === 'supervisor' && lead.specialist.unitId === caller.unitId));
  if (!lead || !mayClose)
    throw new DomainError('LEAD.NOT_YOURS', `Lead #${id} is not one of your leads. /lead list shows yours.`, closeExample);
  if (lead.status !== 'open') throw new DomainError('LEAD.CLOSED', `Lead #${id} is already closed (${lead.status}).`, '/lead list');
  await tx.jobLead.update({ where: { id }, data: { status, closedAt: ctx.now } });
  await ctx.audit('lead.close', 'JobLead', id, { status });
  return messageReply([
    { kind: 'paragraph', text: `Lead #${id} (${leadLine({ ...lead, employer: lead.employer.name })}) closed as ${status}.` },
  ]);
}

async function form(ctx: CommandContext): Promise<CommandReply> {
  const refs = await caseloadRefs(ctx.tx, ctx.caller.id);
  return {
    kind: 'form',
    form: {
      command: 'lead',
      title: 'Log a job lead',
      submitLabel: 'Log lead',
      fields: [
        await employerField(ctx),
        { name: 'role', label: 'Role', kind: 'text', required: true, placeholder: 'Barista' },
        { name: 'hours', label: 'Hours a week', kind: 'text', required: false, placeholder: '20' },
        { name: 'pay', label: 'Pay', kind: 'text', required: false, placeholder: '£12.60/h' },
        {
          name: 'clients',
          label: 'For (client references)',
          kind: 'text',
          required: false,
          placeholder: refs.slice(0, 2).join(' ') || 'SJ-14',
          hint: 'Separate several with spaces.',
        },
        { name: 'notes', label: 'Notes', kind: 'multiline', required: false, placeholder: 'Weekend shifts; ask for Maria.' },
      ],
    },
  };
}

async function run(ctx: CommandContext, input: CommandInput): Promise<CommandReply> {
  if (input.kind === 'form') return create(ctx, leadFromForm(input.values));
  const text = input.text.trim();
  const [first = '', ...rest] = text.split(/\s+/);
  const sub = first.toLowerCase();
  if (text === '' || (sub === 'form' && rest.length === 0)) return form(ctx);
  if (sub === 'list' && rest.length === 0) return list(ctx);
  if (sub === 'close') return close(ctx, rest.join(' '));
  if (sub === 'help' && rest.length === 0) {
    return messageReply([
      { kind: 'heading', text: '/lead' },
      { kind: 'list', items: lead.usage.slice() },
      { kind: 'note', text: `For example: ${leadExample}` },
    ]);
  }
  return create(ctx, validateLead(parseLead(text)));
}

export const lead: CommandDefinition = {
  name: 'lead',
  summary: 'Log a job lead and share it with the IPS team',
  usage: [leadUsage, '/lead form', '/lead list', '/lead close <id> [filled|withdrawn]'],
  examples: [leadExample, '/lead list', closeExample],
  roles: ['specialist', 'supervisor'],
  run,
};
