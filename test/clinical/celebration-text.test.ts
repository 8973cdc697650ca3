// Every template, with and without consent: nothing that identifies the
// person may reach a channel without it.
import { describe, expect, it } from 'vitest';
import { celebrationFacts, type CelebrationSource } from '../../src/celebrations/celebrate.js';
import { celebrationKinds, celebrationMessage, templateCount, type CelebrationKind } from '../../src/celebrations/celebration-text.js';

const client = { ref: 'RB-33', firstName: 'Rangi' };
const employer = { name: 'Quayside Logistics', businessType: 'Warehouse' };
const job = { role: 'Forklift driver', jobType: 'logistics' };

function source(kind: CelebrationKind, consentToBeNamed: boolean): CelebrationSource {
  return {
    kind,
    client: { ...client, consentToBeNamed },
    team: { name: 'Northside CMHT' },
    job: kind === 'interview' ? null : job,
    employer,
    specialist: { displayName: 'Ben Okafor' },
  };
}

const cases = celebrationKinds.flatMap((kind) =>
  Array.from({ length: templateCount(kind) }, (_, variant) => [true, false].map((consent) => ({ kind, variant, consent }))).flat(),
);

describe('celebration templates', () => {
  it('has at least 6 job-start templates and several for each milestone, all different', () => {
    expect(templateCount('start')).toBeGreaterThanOrEqual(6);
    for (const kind of celebrationKinds) {
      const texts = Array.from(
        { length: templateCount(kind) },
        (_, v) => celebrationMessage(celebrationFacts(source(kind, false)), v).text,
      );
      expect(new Set(texts).size, kind).toBe(texts.length);
      expect(texts.length, kind).toBeGreaterThanOrEqual(3);
    }
  });

  it.each(cases)('$kind template $variant, consent $consent', ({ kind, variant, consent }) => {
    const { text } = celebrationMessage(celebrationFacts(source(kind, consent)), variant);
    // Always: the kind of employer, the job, and thanks to the specialist by name.
    expect(text).toContain('a warehouse');
    expect(text).toContain('Thanks to Ben Okafor');
    if (kind !== 'interview') expect(text).toContain('forklift driver');
    if (kind !== 'interview') expect(text).toContain('logistics');
    // Never the reference or its letters, with or without consent.
    expect(text).not.toContain('RB-33');
    expect(text).not.toMatch(/\bR\.?\s?B\b/i);
    if (consent) {
      expect(text).toContain('Rangi');
      expect(text).toContain('Quayside Logistics');
    } else {
      expect(text).not.toMatch(/rangi/i);
      expect(text).toMatch(/someone on the Northside CMHT caseload/i);
      // The small-team rule: without consent the employer is never named, in a team of any size.
      expect(text).not.toMatch(/quayside/i);
    }
  });

  it('names no one when a first name is on file but consent is not, or consent without a name', () => {
    const noConsent = celebrationMessage(
      celebrationFacts({ ...source('start', false), client: { ref: 'RB-33', firstName: 'Rangi', consentToBeNamed: false } }),
      0,
    );
    expect(noConsent.text).not.toContain('Rangi');
    const noName = celebrationMessage(
      celebrationFacts({ ...source('start', true), client: { ref: 'RB-33', firstName: '  ', consentToBeNamed: true } }),
      0,
    );
    expect(noName.text).toContain('Someone on the Northside CMHT caseload');
    expect(noName.text).not.toMatch(/quayside/i);
  });

  it('says "a local employer" when the kind of business is not known, and "an" before a vowel', () => {
    const unknown = celebrationMessage(celebrationFacts({ ...source('start', false), employer: { name: 'Acme', businessType: null } }), 0);
    expect(unknown.text).toContain('a local employer');
    expect(unknown.text).not.toContain('Acme');
    const office = celebrationMessage(
      celebrationFacts({
        ...source('start', false),
        employer: { name: 'Acme', businessType: 'Office' },
        job: { role: 'Admin assistant', jobType: 'admin' },
      }),
      0,
    );
    expect(office.text).toContain('an admin assistant at an office');
  });
});
