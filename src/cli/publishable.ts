/**
 * The curriculum profile (`--profile curriculum`): our own editorial rules for a module published in
 * the Netwise curriculum, beyond what the player needs: 3–5 lessons, 8–15 questions, guides for
 * teachers and families, vocabulary, and every objective assessed by at least one question
 * (`objective=N`). Any other module may ignore them.
 */
import type { ContentIssue, ModuleDoc } from '../content/types.js';

export function checkPublishable(doc: ModuleDoc, file: string, source: string): ContentIssue[] {
  const issues: ContentIssue[] = [];
  const lines = source.split(/\r\n?|\n/);
  const lastLine = lines.length;
  const add = (message: string, hint: string, line = 1) => issues.push({ severity: 'error', file, line, message, hint });
  // Count what one attempt plays: a pool's alternatives count as its draw, not as every question it holds.
  const pools = doc.pools ?? [];
  const pooled = new Set(pools.flatMap((p) => p.questions));
  const unpooled = doc.lessons.flatMap((l) => l.steps.filter((s) => s.question && !pooled.has(s.question.id)));
  const played = unpooled.length + pools.reduce((n, p) => n + p.draw, 0);
  if (doc.lessons.length < 3 || doc.lessons.length > 5) {
    add(`A curriculum module has 3–5 lessons; this one has ${doc.lessons.length}.`, 'Split or merge `# Lesson` sections.', lastLine);
  }
  if (played < 8 || played > 15) {
    add(`A curriculum module has 8–15 questions; this one has ${played}.`, 'Add or remove interactive blocks (a pool counts as the number it draws).', lastLine);
  }
  if (!doc.guides.teacherHtml) add('The module has no teacher guide.', 'Add a `:::teacher-guide` block: preparation, timing, discussion prompts, answers.', lastLine);
  if (!doc.guides.familyHtml) add('The module has no family tips.', 'Add a `:::family-tips` block with advice for home.', lastLine);
  if (!doc.meta.vocabulary.length) add('The front matter has no `vocabulary`.', 'List key terms: `vocabulary:` with `- term: …` and `definition: …`.');
  // Every objective is assessed: some question says `objective=N` for it.
  const tagged = new Set(doc.lessons.flatMap((l) => l.steps.map((s) => s.question?.objective)));
  const at = lines.findIndex((l) => /^objectives\s*:/.test(l)) + 1 || 1;
  doc.meta.objectives.forEach((objective, i) => {
    if (!tagged.has(i + 1)) {
      add(`Objective ${i + 1} ("${objective}") has no question tagged to it.`, `Add \`objective=${i + 1}\` to the opening line of a question that assesses it, e.g. \`:::choice id=my-question objective=${i + 1}\`.`, at + i + 1);
    }
  });
  return issues;
}
