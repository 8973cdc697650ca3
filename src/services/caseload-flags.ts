// The fidelity flags on one person (items 1 and 15) and the day count they use.
import { differenceInCalendarDays } from 'date-fns/differenceInCalendarDays';
import { parseISO } from 'date-fns/parseISO';
import { addLocalMonths, type LocalDate } from '../core/local-date.js';
import { contactDatesOf, type SnapshotPerson } from './caseload-snapshot.js';

/** Item 15: the first face-to-face employer contact should come within 30 days of programme entry. */
export const rapidSearchDays = 30;
/** Item 1: no service or outreach for 3 months means close or re-engage. */
export const inactiveMonths = 3;

export function daysBetween(from: LocalDate, to: LocalDate): number {
  return differenceInCalendarDays(parseISO(to), parseISO(from));
}

/**
 * Days since programme entry, when the person is past day 30 with no
 * face-to-face employer contact. Someone in work is not searching: a retention
 * case never is, and a person who found work by themselves leaves the list.
 */
export function pastDay30(person: SnapshotPerson, today: LocalDate): number | undefined {
  const entry = person.programmeEntryOn;
  if (person.status !== 'active' || !entry || currentJob(person, today)) return undefined;
  const day = daysBetween(entry, today);
  if (day <= rapidSearchDays) return undefined;
  const met = person.contacts.some((c) => c.inPerson && c.on >= entry && c.on <= today);
  return met ? undefined : day;
}

/** The last day the person had a service: entry, a contact for them, outreach, a job start or end. */
export function lastServiceOn(person: SnapshotPerson, today: LocalDate): LocalDate | undefined {
  const dates = [person.programmeEntryOn, ...contactDatesOf(person), ...person.jobs.flatMap((j) => [j.startOn, j.endOn])].filter(
    (d): d is LocalDate => d !== null && d <= today,
  );
  return dates.sort().at(-1);
}

/** The last service date, when it is 3 months or more ago: close or re-engage. */
export function inactiveSince(person: SnapshotPerson, today: LocalDate): LocalDate | undefined {
  if (person.status !== 'active') return undefined;
  const last = lastServiceOn(person, today);
  if (!last) return undefined;
  return addLocalMonths(last, inactiveMonths) <= today ? last : undefined;
}

/** The job the person holds on `today`, if any. */
export function currentJob(person: SnapshotPerson, today: LocalDate) {
  return [...person.jobs].reverse().find((j) => j.startOn <= today && (!j.endOn || j.endOn >= today));
}
