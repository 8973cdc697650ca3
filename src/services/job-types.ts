// Job types for the diversity figure (fidelity item 19): a fixed short list
// derived from the minor groups of the UK Standard Occupational Classification
// (SOC 2020), so that "barista" and "waiter" are one type and "barista" and
// "shop assistant" are two. The bot guesses the type from the job title; the
// specialist confirms or changes it.

export interface JobType {
  key: string;
  label: string;
  /** The SOC 2020 minor groups (3-digit codes) the type stands for. */
  soc: string;
  /** Job-title words that suggest it; the first type that matches wins. */
  words?: RegExp;
}

export const jobTypes: readonly JobType[] = [
  { key: 'manager', label: 'Managers and proprietors', soc: '111-125', words: /\bmanager\b|supervisor|proprietor/i },
  { key: 'it', label: 'IT and web', soc: '213, 313', words: /developer|software|programmer|\bweb\b|\bit\b|tech support|helpdesk/i },
  { key: 'creative', label: 'Artistic, literary and media', soc: '341', words: /artist|designer|writer|photograph|musician|media/i },
  {
    key: 'sport-leisure',
    label: 'Sports, fitness, leisure and travel',
    soc: '344, 621',
    words: /fitness|gym|sport|lifeguard|leisure|travel/i,
  },
  {
    key: 'admin',
    label: 'Administrative and secretarial',
    soc: '411-421',
    words: /admin|office|reception|clerk|data entry|secretar|bookkeep/i,
  },
  { key: 'gardening', label: 'Gardeners and grounds', soc: '511', words: /garden|landscap|horticult|grounds|nursery hand|plant care/i },
  {
    key: 'construction',
    label: 'Construction and building trades',
    soc: '531, 532',
    words: /joiner|plumb|electrician|decorat|bricklay|plaster|carpent|roofer/i,
  },
  {
    key: 'skilled-trades',
    label: 'Other skilled trades',
    soc: '521-525, 541, 542, 544',
    words: /mechanic|welder|tailor|printer|upholster|florist/i,
  },
  { key: 'chef-cook', label: 'Chefs and cooks', soc: '543', words: /\bchef\b|\bcook\b|baker|butcher/i },
  {
    key: 'childcare',
    label: 'Childcare and teaching support',
    soc: '612',
    words: /child|nanny|nursery nurse|teaching assistant|playwork/i,
  },
  { key: 'animal-care', label: 'Animal care', soc: '613', words: /animal|dog|kennel|groom|veterinary|stable/i },
  { key: 'customer-service', label: 'Customer service', soc: '721', words: /customer|call cent|contact cent/i },
  { key: 'care', label: 'Caring personal services', soc: '614', words: /care|support worker|nursing/i },
  { key: 'hair-beauty', label: 'Hairdressing and beauty', soc: '622', words: /hair|barber|beaut|nail/i },
  {
    key: 'sales',
    label: 'Sales assistants and retail cashiers',
    soc: '711',
    words: /retail|shop|sales|cashier|checkout|till|store assistant/i,
  },
  { key: 'driving', label: 'Drivers', soc: '821', words: /driver|courier/i },
  { key: 'labouring', label: 'Elementary construction', soc: '912', words: /labour|construct|site/i },
  { key: 'postal', label: 'Postal and elementary office', soc: '921', words: /postal|post office|mail|sorter|postman|postwoman/i },
  { key: 'cleaning', label: 'Cleaners', soc: '922, 623', words: /clean|housekeep|janitor|caretaker/i },
  { key: 'security', label: 'Security and parking', soc: '923', words: /security|steward|parking|guard/i },
  { key: 'shelf-filling', label: 'Shelf fillers and sales elementary', soc: '924', words: /shelf|stacker|merchandis/i },
  { key: 'warehouse', label: 'Warehouse and delivery', soc: '925', words: /warehouse|picker|packer|forklift|logistics|delivery|stock/i },
  {
    key: 'factory',
    label: 'Process, plant and machine operatives',
    soc: '811-813, 913',
    words: /factory|production|manufactur|assembl|machine|operative/i,
  },
  {
    key: 'hospitality',
    label: 'Waiting, bar and kitchen staff',
    soc: '926',
    words: /barista|cafe|café|kitchen|waiter|waitress|bar staff|bartender|hospitality|porter|catering|server/i,
  },
  { key: 'other', label: 'Other (none of the above)', soc: '–' },
];

const byKey = new Map(jobTypes.map((t) => [t.key, t]));

export const jobTypeKeys = jobTypes.map((t) => t.key) as [string, ...string[]];

/** The type a job title suggests, "other" when nothing matches. */
export function jobTypeOf(role: string): string {
  return jobTypes.find((t) => t.words?.test(role))?.key ?? 'other';
}

/** "sales (Sales assistants and retail cashiers, SOC 711)"; a type from before the list is shown as stored. */
export function describeJobType(key: string): string {
  const type = byKey.get(key);
  return type ? `${type.key} (${type.label}, SOC ${type.soc})` : key;
}
