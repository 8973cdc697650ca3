// Job types for the diversity figure (fidelity item 19), derived from the role
// as typed when no type is given.
const typeByWord: [RegExp, string][] = [
  [/barista|cafe|café|kitchen|chef|cook|waiter|waitress|bar staff|hospitality|porter|catering/i, 'hospitality'],
  [/retail|shop|sales|cashier|checkout|till|store/i, 'retail'],
  [/warehouse|picker|packer|forklift|logistics|delivery|courier|driver/i, 'logistics'],
  [/clean|housekeep|janitor/i, 'cleaning'],
  [/garden|plant|nursery|landscap|horticult|grounds/i, 'horticulture'],
  [/admin|office|reception|clerk|data entry|secretar/i, 'administration'],
  [/care|support worker|carer|nursing/i, 'care'],
  [/build|labour|construct|trades|joiner|plumb|electric|decorat/i, 'construction'],
  [/factory|production|manufactur|assembly|machine/i, 'manufacturing'],
  [/developer|software|programmer|web|tech support/i, 'technology'],
];

export function jobTypeOf(role: string): string {
  return typeByWord.find(([pattern]) => pattern.test(role))?.[1] ?? 'other';
}
