import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/domain-error.js';
import { parseContact, type ContactDraft } from '../../src/grammar/contact-grammar.js';

const today = '2026-11-23'; // a Monday

describe('parseContact', () => {
  const cases: [string, Partial<ContactDraft>][] = [
    ["Perry's Garden Centre", { employer: "Perry's Garden Centre" }],
    ["Perry's Garden Centre f2f", { employer: "Perry's Garden Centre", type: 'face_to_face' }],
    [
      "Perry's Garden Centre f2f for SJ-14 next tue met the hiring manager",
      {
        employer: "Perry's Garden Centre",
        type: 'face_to_face',
        clientRef: 'SJ-14',
        nextContactOn: '2026-11-24',
        details: 'met the hiring manager',
      },
    ],
    ['Harbour Cafe phone', { employer: 'Harbour Cafe', type: 'phone' }],
    ['Harbour Cafe called', { employer: 'Harbour Cafe', type: 'phone' }],
    ['Harbour Cafe email next in 2 weeks', { employer: 'Harbour Cafe', type: 'email', nextContactOn: '2026-12-07' }],
    ['Harbour Cafe e-mail', { employer: 'Harbour Cafe', type: 'email' }],
    ['Quayside Logistics tour', { employer: 'Quayside Logistics', type: 'visit' }],
    ['Quayside Logistics visit next week', { employer: 'Quayside Logistics', type: 'visit', nextContactOn: '2026-11-30' }],
    ['Quayside Logistics next 2026-12-01 f2f', { employer: 'Quayside Logistics', nextContactOn: '2026-12-01', type: 'face_to_face' }],
    ['Quayside Logistics for sj14', { employer: 'Quayside Logistics', clientRef: 'SJ-14' }],
    ['Quayside Logistics f2f on fri', { employer: 'Quayside Logistics', type: 'face_to_face', contactedOn: '2026-11-20' }],
    ['Quayside Logistics yesterday phone', { employer: 'Quayside Logistics', contactedOn: '2026-11-22', type: 'phone' }],
    ['Quayside Logistics f2f next 1/12', { employer: 'Quayside Logistics', type: 'face_to_face', nextContactOn: '2026-12-01' }],
    ['Jobcentre Plus f2f benefits', { employer: 'Jobcentre Plus', type: 'face_to_face', benefitsLiaison: true }],
    // Quotes keep option words inside a name.
    ['"Centre for Work" f2f', { employer: 'Centre for Work', type: 'face_to_face' }],
    ['“Phone Repair Shop” visit', { employer: 'Phone Repair Shop', type: 'visit' }],
    // A colon or comma closes the name when no option follows it.
    ["Perry's: spoke to the manager", { employer: "Perry's", details: 'spoke to the manager' }],
    [
      'Harbour Cafe, f2f, asked about barista roles',
      { employer: 'Harbour Cafe', type: 'face_to_face', details: 'asked about barista roles' },
    ],
    ['Harbour Cafe f2f - left CV', { employer: 'Harbour Cafe', type: 'face_to_face', details: 'left CV' }],
    // "on" without a date, and "for" without a ref, are ordinary words.
    ['Cafe on the Quay f2f', { employer: 'Cafe on the Quay', type: 'face_to_face' }],
    ['Harbour Cafe f2f asked for references', { employer: 'Harbour Cafe', type: 'face_to_face', details: 'asked for references' }],
  ];
  it.each(cases)('%s', (text, expected) => {
    expect(parseContact(text, today)).toMatchObject({ benefitsLiaison: false, ...expected });
  });

  const errors: [string, RegExp][] = [
    ['', /Which employer/],
    ['f2f', /Which employer/],
    ['Harbour Cafe f2f next blah', /couldn't read a date after "next" \("blah"\)/],
    ['Harbour Cafe f2f next', /couldn't read a date after "next"/],
    ['Harbour Cafe f2f phone', /appears twice/],
    ['Harbour Cafe f2f for', /"for" needs the person's reference/],
  ];
  it.each(errors)('rejects %j with a message and an example', (text, message) => {
    let error: unknown;
    try {
      parseContact(text, today);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).message).toMatch(message);
    expect((error as DomainError).example).toMatch(/^\/contact /);
  });
});
