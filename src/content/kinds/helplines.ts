import type { BlockContext, RawBlock } from '../blocks.js';

/** What a `:::helplines` block may show. */
export const HELPLINE_KINDS = ['all', 'helpline', 'hotline'] as const;
export type HelplinesKind = (typeof HELPLINE_KINDS)[number];

/**
 * Reads a `:::helplines` block: the student's country's helplines and hotlines, from the checked list in
 * `content/helplines.ts`. It holds no text; it becomes a `<nw-helplines>` element in the step.
 *
 * ```md
 * :::helplines kind=helpline
 * :::
 * ```
 * `kind` is `helpline` (someone to talk to), `hotline` (where to report illegal content) or `all`
 * (the default). The country comes from the player's `country` attribute, else the module's language.
 */
export function readHelplines(block: RawBlock, ctx: BlockContext): string {
  const raw = block.attrs.kind;
  let kind: HelplinesKind = 'all';
  if (raw !== undefined) {
    if (typeof raw === 'string' && (HELPLINE_KINDS as readonly string[]).includes(raw)) kind = raw as HelplinesKind;
    else ctx.report(block.line, `\`kind\` of \`:::helplines\` must be ${HELPLINE_KINDS.join(', ')}, not "${raw === true ? '' : raw}".`, 'e.g. `:::helplines kind=helpline`.');
  }
  for (const name of Object.keys(block.attrs)) {
    if (name !== 'kind') ctx.report(block.line, `\`:::helplines\` has no attribute \`${name}\`.`, 'Only `kind=helpline|hotline|all`; the country comes from the player.', 'warning');
  }
  const text = block.body.find((l) => l.text.trim());
  if (text) ctx.report(text.line, '`:::helplines` holds no text: it shows the services from the helplines list.', 'Write the text before or after the block.', 'warning');
  // On two lines, so Markdown keeps it as a block of its own rather than inside a paragraph.
  return `<nw-helplines data-kind="${kind}">\n</nw-helplines>`;
}
