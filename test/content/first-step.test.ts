/**
 * A first-step read (`parseModule(…, { firstStep: true })`), the embed's early step's read of a Markdown
 * source: the module's first step is rendered as in a full read, so the step a student sees early is the
 * one the player shows; the structure is read whole (the step count in the header, the checks); the
 * Markdown after the first step is left unrendered, marked so that no early step can show it.
 */
import { expect } from '@open-wc/testing';
import { UNRENDERED, unrendered } from '../../src/content/markdown.js';
import { isValid, parseModule } from '../../src/content/parse.js';
import type { ModuleDoc } from '../../src/content/types.js';
import { plainHtml, prerenderFirstStep } from '../../src/elements/prerender.js';
import { loadTranslation } from '../../src/i18n/index.js';
import { MIN_FRONT, src } from './source.js';

/** Every string under a key ending in `Html`/`html` in `value`, with its path. */
function htmlStrings(value: unknown, path = '', out: [string, string][] = []): [string, string][] {
  if (Array.isArray(value)) value.forEach((v, i) => htmlStrings(v, `${path}[${i}]`, out));
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (/html$/i.test(k) && typeof v === 'string') out.push([`${path}.${k}`, v]);
      else if (/html$/i.test(k) && Array.isArray(v)) v.forEach((s, i) => typeof s === 'string' && out.push([`${path}.${k}[${i}]`, s]));
      else htmlStrings(v, `${path}.${k}`, out);
    }
  }
  return out;
}

/** The module without its HTML: lessons, steps, questions, ids, answers. */
const structure = (doc: ModuleDoc) => JSON.stringify(doc, (k, v) => (/html$/i.test(k) ? undefined : v));

interface CatalogEntry {
  id: string;
  lang: string;
}
const catalog: CatalogEntry[] = await (await fetch('/dist/modules/catalog.json')).json();

describe('a first-step read of a Markdown source', () => {
  for (const { id, lang } of catalog) {
    it(`reads module "${id}" (${lang}) as a full read would, with only its first step rendered`, async () => {
      const source = await (await fetch(`/modules/${id}/${lang}.md`)).text();
      const full = parseModule(source, `${lang}.md`);
      const first = parseModule(source, `${lang}.md`, { firstStep: true });
      expect(isValid(first), 'valid, as the full read').to.equal(isValid(full));
      expect(first.issues, 'the same issues').to.deep.equal(full.issues);
      const [a, b] = [first.doc!, full.doc!];
      expect(structure(a), 'the same structure').to.equal(structure(b));
      expect(a.lessons[0].steps[0], 'the first step as the full read has it').to.deep.equal(b.lessons[0].steps[0]);
      expect(a.meta, 'the same front matter').to.deep.equal(b.meta);

      // Every later piece of HTML is left unrendered (or is the author's own HTML, which is not rendered).
      const later = htmlStrings(a.lessons.map((l, i) => (i === 0 ? l.steps.slice(1) : l.steps)));
      const fullLater = new Map(htmlStrings(b.lessons.map((l, i) => (i === 0 ? l.steps.slice(1) : l.steps))));
      const left = later.filter(([, html]) => html.startsWith(UNRENDERED));
      expect(left.length, 'pieces left unrendered').to.be.greaterThan(later.length / 2);
      for (const [path, html] of later) if (!html.startsWith(UNRENDERED)) expect(html, path).to.equal(fullLater.get(path));

      // What the early step shows from it is what it would show from the full read.
      const t = await loadTranslation(lang);
      expect(prerenderFirstStep(a, t, 'none')?.html, 'the early step').to.equal(prerenderFirstStep(b, t, 'none')?.html);
    });
  }

  it('renders the first real step when the first lesson has no text of its own', () => {
    const text = src(MIN_FRONT, '# Lesson', '', '## First', 'Read **this**.', '', '## Second', 'And **that**.');
    const doc = parseModule(text, 'en.md', { firstStep: true }).doc!;
    expect(doc.lessons[0].steps.map((s) => [s.title, s.html])).to.deep.equal([
      ['First', '<p>Read <strong>this</strong>.</p>'],
      ['Second', `${UNRENDERED}And **that**.`],
    ]);
  });

  it('keeps the steps of a full read when a lesson opens with text that renders to nothing', () => {
    // A link reference definition alone renders to nothing: the lesson's opening step gives way.
    const text = src(MIN_FRONT, '# One', 'Intro.', '# Two', '[ref]: https://example.org', '', '## Step', 'Text.');
    const steps = (doc: ModuleDoc) => doc.lessons.map((l) => l.steps.map((s) => s.id));
    const full = parseModule(text, 'en.md').doc!;
    expect(steps(full)[1], 'no opening step in a full read').to.have.length(1);
    expect(steps(parseModule(text, 'en.md', { firstStep: true }).doc!)).to.deep.equal(steps(full));
  });

  it('leaves later lessons, their questions and the guides unrendered too', () => {
    const text = src(
      MIN_FRONT,
      '# One',
      'Intro **text**.',
      '# Two',
      '## Question',
      ':::choice id=q',
      'Which **one**?',
      '- [x] *this*',
      '- [ ] that',
      ':::',
      ':::teacher-guide',
      'Talk **first**.',
      ':::',
    );
    const doc = parseModule(text, 'en.md', { firstStep: true }).doc!;
    expect(doc.lessons[0].steps[0].html).to.equal('<p>Intro <strong>text</strong>.</p>');
    const q = doc.lessons[1].steps.find((step) => step.question)!.question!;
    expect(q.promptHtml).to.equal(`${UNRENDERED}Which **one**?`);
    expect(doc.guides.teacherHtml).to.equal(`${UNRENDERED}Talk **first**.`);
  });

  it('marks what it leaves unrendered so that an early step refuses to show it', () => {
    expect(unrendered('  A <b>bold</b> & **strong** claim ')).to.equal(`${UNRENDERED}A &lt;b&gt;bold&lt;/b&gt; &amp; **strong** claim`);
    expect(plainHtml(unrendered('Plain words')), 'refused by the early step').to.equal(undefined);
  });
});
