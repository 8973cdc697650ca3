// Block Kit within Slack's documented limits
// (https://docs.slack.dev/reference/block-kit/blocks and …/composition-objects):
// Slack refuses a message or a view that breaks one, as invalid_blocks.
type Json = Record<string, unknown>;

const blocksMax = { message: 50, modal: 100, home: 100 } as const;

const text = (o: unknown): string => ((o as Json | undefined)?.text as string | undefined) ?? '';
const str = (v: unknown): string => (typeof v === 'string' ? v : '');

function blockProblems(block: Json, ids: Set<string>): string[] {
  const problems: string[] = [];
  const over = (what: string, value: string, max: number) =>
    value.length > max && problems.push(`${String(block.type)}: ${what} of ${value.length} > ${max}`);
  switch (block.type) {
    case 'header':
      over('text', text(block.text), 150);
      break;
    case 'section': {
      over('text', text(block.text), 3000);
      const fields = (block.fields as Json[] | undefined) ?? [];
      if (fields.length > 10) problems.push(`section: ${fields.length} fields > 10`);
      for (const f of fields) over('field', text(f), 2000);
      break;
    }
    case 'context': {
      const elements = (block.elements as Json[]) ?? [];
      if (elements.length > 10) problems.push(`context: ${elements.length} elements > 10`);
      for (const e of elements) over('element', text(e), 3000);
      break;
    }
    case 'actions': {
      const elements = (block.elements as Json[]) ?? [];
      if (elements.length > 25) problems.push(`actions: ${elements.length} elements > 25`);
      for (const e of elements) {
        over('button text', text(e.text), 75);
        over('button value', str(e.value), 2000);
        const id = str(e.action_id);
        if (ids.has(id)) problems.push(`actions: action_id ${id} repeated`);
        ids.add(id);
      }
      break;
    }
    case 'input': {
      over('label', text(block.label), 2000);
      over('hint', text(block.hint), 2000);
      const element = block.element as Json;
      over('placeholder', text(element.placeholder), 150);
      if (element.type === 'static_select') {
        const options = (element.options as Json[] | undefined) ?? [];
        if (options.length < 1 || options.length > 100) problems.push(`static_select: ${options.length} options (1 to 100)`);
        for (const o of options) {
          over('option text', text(o.text), 75);
          over('option value', str(o.value), 150);
        }
      }
      break;
    }
    case 'divider':
      break;
    default:
      problems.push(`unexpected block type ${String(block.type)}`);
  }
  return problems;
}

export function blockKitProblems(blocks: readonly Json[], surface: keyof typeof blocksMax): string[] {
  const problems: string[] = [];
  if (blocks.length > blocksMax[surface]) problems.push(`${blocks.length} blocks > ${blocksMax[surface]} in a ${surface}`);
  const ids = new Set<string>();
  for (const block of blocks) problems.push(...blockProblems(block, ids));
  return problems;
}

export function modalProblems(view: Json): string[] {
  const problems = blockKitProblems(view.blocks as Json[], 'modal');
  for (const key of ['title', 'submit', 'close'] as const)
    if (text(view[key]).length > 24) problems.push(`modal ${key} over 24 characters`);
  if (str(view.private_metadata).length > 3000) problems.push('private_metadata over 3000 characters');
  return problems;
}
