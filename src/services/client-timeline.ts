// One person's IPS journey, oldest first: referral, first meeting, vocational
// profile, meetings, interviews, employer contacts, leads, jobs, outreach, closure.
import type { Tx } from '../db/tx.js';
import { fromDbDate, localDateOf, type LocalDate } from '../core/local-date.js';
import { isCompetitive, jobKindLabels } from './job-kinds.js';
import { contactTypeLabels } from './contacts.js';
import { clientContactTypeLabels } from '../grammar/client-contact-grammar.js';

export interface TimelineEntry {
  on: LocalDate;
  text: string;
}

/** A start logged without hours says so: it is not counted into work until they are known. */
function hoursText(hours: unknown): string {
  return hours === null || hours === undefined ? ', hours missing' : `, ${Number(hours)}h a week`;
}

export async function clientTimeline(tx: Tx, clientId: number, timeZone: string): Promise<TimelineEntry[]> {
  const c = await tx.client.findUniqueOrThrow({
    where: { id: clientId },
    include: {
      referrals: { include: { clinicalTeam: { select: { name: true } }, referredBy: { select: { displayName: true } } } },
      contacts: { include: { employer: { select: { name: true } } } },
      leads: { include: { lead: { include: { employer: { select: { name: true } } } } } },
      jobs: { include: { employer: { select: { name: true } } } },
      outreach: true,
      clientContacts: true,
      interviews: true,
    },
  });
  const interviewEmployers = new Map(
    (
      await tx.employer.findMany({
        where: { id: { in: c.interviews.flatMap((i) => (i.employerId === null ? [] : [i.employerId])) } },
        select: { id: true, name: true },
      })
    ).map((e) => [e.id, e.name]),
  );
  const entries: TimelineEntry[] = [];
  for (const r of c.referrals) {
    entries.push({
      on: fromDbDate(r.referredOn),
      text: `Referred by ${r.referredBy?.displayName ?? 'the IPS team'} (${r.clinicalTeam.name})`,
    });
  }
  if (c.programmeEntryOn)
    entries.push({ on: fromDbDate(c.programmeEntryOn), text: 'First meeting: joined the caseload (programme entry)' });
  if (c.profileStartedOn) entries.push({ on: fromDbDate(c.profileStartedOn), text: 'Vocational profile started' });
  for (const k of c.contacts) {
    entries.push({
      on: fromDbDate(k.contactedOn),
      text: `Employer contact: ${contactTypeLabels[k.type].toLowerCase()} with ${k.employer.name} (cup of tea ${k.cupOfTea})`,
    });
  }
  for (const { lead } of c.leads) {
    entries.push({
      on: localDateOf(lead.createdAt, timeZone),
      text: `Job lead #${lead.id}: ${lead.role} at ${lead.employer.name} (${lead.status})`,
    });
  }
  for (const j of c.jobs) {
    const kind = [j.kind === 'permanent' ? '' : jobKindLabels[j.kind], isCompetitive(j) ? '' : 'not competitive']
      .filter(Boolean)
      .join(', ');
    entries.push({
      on: fromDbDate(j.startOn),
      text: `${j.retention ? 'Job held at entry (retention)' : 'Job start'}: ${j.role} at ${j.employer.name}${hoursText(j.hoursPerWeek)}${kind ? ` (${kind})` : ''}`,
    });
    if (j.endOn)
      entries.push({ on: fromDbDate(j.endOn), text: `Job end: ${j.role} at ${j.employer.name}${j.endReason ? ` (${j.endReason})` : ''}` });
  }
  for (const m of c.clientContacts) {
    entries.push({
      on: fromDbDate(m.metOn),
      text: `Met: ${clientContactTypeLabels[m.type]}${m.place ? ` at ${m.place}` : ''}${m.notes ? ` (${m.notes})` : ''}`,
    });
  }
  for (const i of c.interviews) {
    const employer = i.employerId === null ? undefined : interviewEmployers.get(i.employerId);
    entries.push({
      on: fromDbDate(i.interviewOn),
      text: `Job interview${employer ? ` with ${employer}` : ''}${i.notes ? ` (${i.notes})` : ''}`,
    });
  }
  for (const o of c.outreach)
    entries.push({ on: fromDbDate(o.attemptedOn), text: `Outreach: ${o.method}${o.notes ? ` (${o.notes})` : ''}` });
  if (c.closedOn) entries.push({ on: fromDbDate(c.closedOn), text: `Case closed${c.closeReason ? `: ${c.closeReason}` : ''}` });
  return entries.sort((a, b) => a.on.localeCompare(b.on));
}
