// Every caseload grammar, table-driven: what a line reads as, and which lines
// are refused with a message and an example.
import { describe, expect, it } from 'vitest';
import { DomainError } from '../../src/core/domain-error.js';
import { parseLead } from '../../src/grammar/lead-grammar.js';
import { parseEmployer } from '../../src/grammar/employer-grammar.js';
import { parseJobEnd, parseJobStart, parseJobUpdate } from '../../src/grammar/job-grammar.js';
import { parseOutreach } from '../../src/grammar/outreach-grammar.js';
import { parseExportRange } from '../../src/export/export-range.js';
import { readInput } from '../support/read-input.js';

// Monday 23 November 2026
const today = '2026-11-23';

function refusal(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('/lead grammar', () => {
  it.each([
    [
      'Harbour Café, barista 20h £12.60/h for SJ-14 weekend shifts',
      { employer: 'Harbour Café', role: 'barista', hours: 20, pay: '£12.60/h', clientRefs: ['SJ-14'], notes: 'weekend shifts' },
    ],
    [
      '"Quayside Logistics" forklift driver 37.5 hours',
      { employer: 'Quayside Logistics', role: 'forklift driver', hours: 37.5, clientRefs: [] },
    ],
    ['Quayside Logistics as forklift driver', { employer: 'Quayside Logistics', role: 'forklift driver', clientRefs: [] }],
    [
      "Perry's Garden Centre: retail assistant for sj14 mt-21 $25/hr",
      { employer: "Perry's Garden Centre", role: 'retail assistant', pay: '$25/hr', clientRefs: ['SJ-14', 'MT-21'] },
    ],
    ['Harbour Café barista', { employer: 'Harbour Café', role: 'barista', clientRefs: [] }],
    [
      'Harbour Café, kitchen porter - ask for Maria',
      { employer: 'Harbour Café', role: 'kitchen porter', clientRefs: [], notes: 'ask for Maria' },
    ],
    ['Bakehouse, baker pay £24,000 16hrs', { employer: 'Bakehouse', role: 'baker', pay: '£24,000', hours: 16, clientRefs: [] }],
  ])('%s', (line, expected) => {
    expect(parseLead(line)).toEqual(expected);
  });

  it.each([
    ['', 'employer and then the role'],
    ['Harbour', 'employer and then the role'],
    ['Harbour Café, barista 20h 16h', 'hours appear twice'],
  ])('refuses %j', (line, message) => {
    const error = refusal(() => parseLead(line));
    expect(error.message).toContain(message);
    expect(error.example).toMatch(/^\/lead /);
  });
});

describe('/jobstart grammar', () => {
  it.each([
    [
      'SJ-14 Harbour Café, barista 1/12 20h £12.60/h',
      {
        clientRef: 'SJ-14',
        employer: 'Harbour Café',
        role: 'barista',
        startOn: '2026-12-01',
        hours: 20,
        pay: '£12.60/h',
        retention: false,
        quiet: false,
      },
    ],
    [
      'mt21 Quayside Logistics, picker mon 16h temporary quiet',
      {
        clientRef: 'MT-21',
        employer: 'Quayside Logistics',
        role: 'picker',
        startOn: '2026-11-30',
        hours: 16,
        kind: 'temporary',
        retention: false,
        quiet: true,
      },
    ],
    [
      'SJ-14 "Harbour Café" kitchen porter 2026-12-07 type hospitality',
      {
        clientRef: 'SJ-14',
        employer: 'Harbour Café',
        role: 'kitchen porter',
        startOn: '2026-12-07',
        jobType: 'hospitality',
        retention: false,
        quiet: false,
      },
    ],
    [
      'SJ-14 Works Co, assembler yesterday sheltered',
      {
        clientRef: 'SJ-14',
        employer: 'Works Co',
        role: 'assembler',
        startOn: '2026-11-22',
        kind: 'set_aside',
        retention: false,
        quiet: false,
      },
    ],
    [
      'SJ-14 Beach Kiosk, ice cream seller 1/12 seasonal 12h min-wage',
      {
        clientRef: 'SJ-14',
        employer: 'Beach Kiosk',
        role: 'ice cream seller',
        startOn: '2026-12-01',
        kind: 'seasonal',
        hours: 12,
        minimumWage: true,
        retention: false,
        quiet: false,
      },
    ],
    [
      'SJ-14 Temps Ltd, packer mon agency below-min-wage',
      {
        clientRef: 'SJ-14',
        employer: 'Temps Ltd',
        role: 'packer',
        startOn: '2026-11-30',
        kind: 'agency',
        minimumWage: false,
        retention: false,
        quiet: false,
      },
    ],
    // A job held at entry: its date may be left out.
    [
      'LW-18 Harbour Café, kitchen porter existing 12h',
      { clientRef: 'LW-18', employer: 'Harbour Café', role: 'kitchen porter', hours: 12, retention: true, quiet: false },
    ],
  ])('%s', (line, expected) => {
    expect(parseJobStart(line, today)).toEqual(expected);
  });

  it.each([
    ['', "person's reference"],
    ['Harbour Café, barista 1/12', 'not a client reference'],
    ['SJ-14 Harbour Café, barista', 'When does the job start'],
    ['SJ-14 Harbour Café, barista 1/12 banana', 'didn\'t understand "banana"'],
    ['SJ-14 1/12', 'employer and then the role'],
    ['SJ-14 Harbour Café, barista 1/12 temporary seasonal', 'says the kind twice'],
  ])('refuses %j', (line, message) => {
    const error = refusal(() => parseJobStart(line, today));
    expect(error.message).toContain(message);
    expect(error.example).toMatch(/^\/jobstart /);
  });
});

describe('/jobstart update grammar', () => {
  it.each([
    ['SJ-14 16h', { clientRef: 'SJ-14', hours: 16 }],
    ['SJ-14 type hospitality worked4', { clientRef: 'SJ-14', jobType: 'hospitality', worked4: true }],
    ['SJ-14 worked4 on yesterday', { clientRef: 'SJ-14', worked4: true, worked4On: '2026-11-22' }],
    ['MT-21 seasonal min-wage £11.44/h', { clientRef: 'MT-21', kind: 'seasonal', minimumWage: true, pay: '£11.44/h' }],
  ])('%s', (line, expected) => {
    expect(parseJobUpdate(line, today)).toEqual(expected);
  });

  it.each([
    ['SJ-14', 'What changed?'],
    ['SJ-14 banana', 'didn\'t understand "banana"'],
    ['SJ-14 worked4 on someday', "couldn't read a date"],
  ])('refuses %j', (line, message) => {
    const error = refusal(() => parseJobUpdate(line, today));
    expect(error.message).toContain(message);
    expect(error.example).toMatch(/^\/jobstart update /);
  });
});

describe('/jobend grammar', () => {
  it.each([
    ['SJ-14', { clientRef: 'SJ-14' }],
    ['SJ-14 yesterday contract ended', { clientRef: 'SJ-14', endOn: '2026-11-22', reason: 'contract ended' }],
    ['sj14 fri', { clientRef: 'SJ-14', endOn: '2026-11-20' }],
    ['SJ-14 found it too much', { clientRef: 'SJ-14', reason: 'found it too much' }],
  ])('%s', (line, expected) => {
    expect(parseJobEnd(line, today)).toEqual(expected);
  });

  it('refuses a line without a reference', () => {
    expect(refusal(() => parseJobEnd('yesterday', today)).message).toContain('not a client reference');
  });
});

describe('/outreach grammar', () => {
  it.each([
    ['MT-21 home left a card', { clientRef: 'MT-21', method: 'home', notes: 'left a card' }],
    ['MT-21 call', { clientRef: 'MT-21', method: 'phone' }],
    [
      'mt21 joint on fri with care coordinator',
      { clientRef: 'MT-21', method: 'joint', attemptedOn: '2026-11-20', notes: 'with care coordinator' },
    ],
    ['MT-21 letter on 2026-11-02', { clientRef: 'MT-21', method: 'letter', attemptedOn: '2026-11-02' }],
  ])('%s', (line, expected) => {
    expect(parseOutreach(line, today)).toEqual(expected);
  });

  it.each([
    ['', 'reference'],
    ['MT-21', 'home, community, phone, letter, family, joint'],
    ['MT-21 carrier-pigeon', 'home, community, phone, letter, family, joint'],
  ])('refuses %j', (line, message) => {
    expect(refusal(() => parseOutreach(line, today)).message).toContain(message);
  });
});

describe('/refer, as the registry reads it', () => {
  it.each([
    ['SJ keen on outdoor work', { person: { kind: 'initials', initials: 'SJ' }, referredOn: today, notes: 'keen on outdoor work' }],
    ['ab', { person: { kind: 'initials', initials: 'AB' }, referredOn: today }],
    ['sj14 back in touch', { person: { kind: 'ref', ref: 'SJ-14' }, referredOn: today, notes: 'back in touch' }],
    // An earlier referral, entered with its date (Mon 2 Nov 2026).
    ['MT on 2/11 asked about work', { person: { kind: 'initials', initials: 'MT' }, referredOn: '2026-11-02', notes: 'asked about work' }],
  ])('%s', (line, expected) => {
    expect(readInput(`/refer ${line}`, today)).toEqual({ action: '', input: expected });
  });

  it.each([[''], ['Sarah-Jane'], ['Samantha wants work']])('refuses %j', (line) => {
    const read = () => readInput(`/refer ${line}`, today);
    if (line === '') expect(read()).toEqual({ action: 'form', input: undefined });
    else expect(refusal(read).example).toMatch(/^\/refer /);
  });
});

describe('/client, as the registry reads it', () => {
  it.each([
    ['add SJ northside', 'add', { person: { kind: 'initials', initials: 'SJ' }, teamKey: 'northside', referredOn: today }],
    ['add SJ-15', 'add', { person: { kind: 'ref', ref: 'SJ-15' }, referredOn: today }],
    ['add SJ northside referred 2/11', 'add', { person: { kind: 'initials', initials: 'SJ' }, teamKey: 'northside', referredOn: '2026-11-02' }],
    // A meeting is face to face unless it says otherwise.
    ['met SJ-15', 'met', { clientRef: 'SJ-15', type: 'face_to_face', on: today }],
    ['met sj15 yesterday', 'met', { clientRef: 'SJ-15', type: 'face_to_face', on: '2026-11-22' }],
    [
      'met SJ-15 phone at home on fri talked about nights',
      'met',
      { clientRef: 'SJ-15', type: 'phone', place: 'home', on: '2026-11-20', notes: 'talked about nights' },
    ],
    ['met SJ-15 at work f2f 1/11', 'met', { clientRef: 'SJ-15', type: 'face_to_face', place: 'work', on: '2026-11-01' }],
    ['met SJ-15 video "at home" is notes', 'met', { clientRef: 'SJ-15', type: 'video', on: today, notes: 'at home is notes' }],
    [
      'interview SJ-14 Harbour Café on tue went well',
      'interview',
      { clientRef: 'SJ-14', employer: 'Harbour Café', on: '2026-11-17', notes: 'went well' },
    ],
    ['interview SJ-14 Shop on the Corner: nervous', 'interview', { clientRef: 'SJ-14', employer: 'Shop on the Corner', on: today, notes: 'nervous' }],
    ['interview sj14 "Quayside Logistics" yesterday', 'interview', { clientRef: 'SJ-14', employer: 'Quayside Logistics', on: '2026-11-22' }],
    ['close MT-21 moved out of the area', 'close', { clientRef: 'MT-21', reason: 'moved away' }],
    ['close MT-21 other joined the army', 'close', { clientRef: 'MT-21', reason: 'other', note: 'joined the army' }],
    ['close MT-21 no longer wants support', 'close', { clientRef: 'MT-21', reason: 'chose to leave' }],
    ['stepdown SJ-14', 'stepdown', { clientRef: 'SJ-14', on: today }],
    ['reopen KP-07', 'reopen', { clientRef: 'KP-07' }],
    ['transfer SJ-14 @Ben', 'transfer', { clientRef: 'SJ-14', to: 'ben' }],
    ['profile SJ-15 2026-11-20', 'profile', { clientRef: 'SJ-15', on: '2026-11-20' }],
    ['show SJ-14', 'show', { clientRef: 'SJ-14' }],
    ['list', 'list', {}],
    ['consent SJ-14 name Sam', 'consent', { clientRef: 'SJ-14', change: { kind: 'name', firstName: 'Sam' } }],
    ['consent SJ-14 none', 'consent', { clientRef: 'SJ-14', change: { kind: 'none' } }],
    ['consent SJ-14 no-celebrations', 'consent', { clientRef: 'SJ-14', change: { kind: 'celebrations', optOut: true } }],
    ['consent SJ-14 celebrations', 'consent', { clientRef: 'SJ-14', change: { kind: 'celebrations', optOut: false } }],
  ])('%s', (line, action, expected) => {
    expect(readInput(`/client ${line}`, today)).toEqual({ action, input: expected });
  });

  it.each([
    ['frobnicate SJ-14', 'is not something the bot knows'],
    ['show', 'Which person'],
    ['show Sam', 'reference, like SJ-14'],
    ['met SJ-14 on someday', "couldn't read the date after \"on\""],
    ['close MT-21 bored of it', 'not a reason on the list'],
    ['close MT-21 other', 'Other needs a note'],
    ['met SJ-14 tomorrow', 'in the future'],
    ['close SJ-14', 'Say why'],
    ['consent SJ-14 name Sam Jones', 'one first name'],
    ['consent SJ-14 maybe', 'no-celebrations'],
    ['add Samantha', 'initials'],
    ['show SJ-14 MT-21', 'at the end'],
  ])('refuses %j', (line, message) => {
    const error = refusal(() => readInput(`/client ${line}`, today));
    expect(error.message).toContain(message);
    expect(error.example).toMatch(/^\/client /);
  });
});

describe('/ips export range', () => {
  it.each([
    [[], { from: '2026-10-01', to: today }],
    [['2026-10-01', '2026-10-31'], { from: '2026-10-01', to: '2026-10-31' }],
    [['1/9'], { from: '2026-09-01', to: today }],
  ])('%j', (words, expected) => {
    expect(parseExportRange(words, today)).toEqual(expected);
  });

  it.each([[['soon']], [['2026-10-31', '2026-10-01']], [['2026-10-01', 'later']]])('refuses %j', (words) => {
    expect(refusal(() => parseExportRange(words, today)).example).toMatch(/^\/ips export/);
  });
});

describe('input the bot refuses rather than misreads', () => {
  it.each([
    ['/contact Harbour Cafe f2f on 31/02 met them', /"31\/02" is not a day on the calendar/],
    ['/contact "Centre for Work f2f', /opens a name but nothing closes it/],
    ['/outreach MT-21 home on 30/2/2026', /"30\/2\/2026" is not a day on the calendar/],
    ['/outreach MT-21 home on 1/1/1900', /more than a year ago/],
    ['/jobend SJ-14 31/02 contract ended', /"31\/02" is not a day/],
    ['/jobstart SJ-14 Harbour Café, barista 1/12 999h', /More than 80 hours/],
    ['/jobstart SJ-14 Harbour Café, barista 1/12 0h', /more than 0/],
    ['/lead Harbour Café, barista -20h', /more than 0/],
    ['/ips away until 3000-01-01', /more than a year ahead/],
    ['/contact Harbour Cafe f2f next 2999-01-01', /more than a year ahead/],
    [
      '/contact list all',
      /\/contact list takes nothing after it\. An employer whose name starts with "list" goes in quotes: \/contact "list all"/,
    ],
    ['/lead list mine', /\/lead list takes nothing after it/],
    ['/refer form x', /\/refer form takes nothing after it\.$/],
    ['/contact help desk f2f', /\/contact help takes nothing after it/],
  ])('%s', (line, message) => {
    expect(refusal(() => readInput(line, today)).message).toMatch(message);
  });

  it('reads a quoted name that starts with a subcommand word as a name', () => {
    expect(readInput('/contact "List Recruitment" f2f', today)).toMatchObject({ action: '', input: { employer: 'List Recruitment' } });
  });
});

describe('/employer grammar', () => {
  it.each([
    [
      '"Harbour Café" phone 01234 567890 contact Jo Bloggs type hospitality',
      { name: 'Harbour Café', phone: '01234 567890', contactPerson: 'Jo Bloggs', businessType: 'hospitality' },
    ],
    [
      "Perry's Garden Centre address 1 Mill Lane, Harbourtown jobs retail, plant care hours 16-30 outcome two roles in spring",
      {
        name: "Perry's Garden Centre",
        address: '1 Mill Lane, Harbourtown',
        jobTypes: 'retail, plant care',
        likelyHours: '16-30',
        outcome: 'two roles in spring',
      },
    ],
    ['Jobcentre Plus benefits contact Sam Reid', { name: 'Jobcentre Plus', benefitsLiaison: true, contactPerson: 'Sam Reid' }],
    ['Jobcentre Plus benefits no', { name: 'Jobcentre Plus', benefitsLiaison: false }],
    ['"Phone Shop" outcome "call back about the type of roles"', { name: 'Phone Shop', outcome: 'call back about the type of roles' }],
    ['Seaview Hotel', { name: 'Seaview Hotel' }],
  ])('%s', (line, expected) => {
    expect(parseEmployer(line)).toEqual(expected);
  });

  it.each([
    ['', 'Which employer?'],
    ['phone 0123', 'Which employer?'],
    ['Seaview Hotel phone', '"phone" needs a value'],
    ['Seaview Hotel phone 1 phone 2', 'appears twice'],
    ['Seaview Hotel benefits maybe', 'takes yes or no'],
  ])('refuses %j', (line, message) => {
    const error = refusal(() => parseEmployer(line));
    expect(error.message).toContain(message);
    expect(error.example).toMatch(/^\/employer /);
  });
});
