/**
 * A module on paper: the worksheet (reading text and every question as a pen-and-paper activity) and its
 * answer key. Pure DOM building from a compiled module (`ModuleDoc`); `worksheet.js` puts it on the page.
 *
 * Every mark a student makes or a key shows is a shape or a word (a ticked box, a number, a letter,
 * "✓"), never a colour alone. The lesson's HTML passes through the sanitiser given by the caller.
 */
import { h } from './site.js';

const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';
export const letter = (i) => LETTERS[i] ?? String(i + 1);

/** A stable, non-random order for a question (so every printed copy is the same), never the right one. */
export function paperOrder(items, key) {
  let seed = 0;
  for (const c of key) seed = (seed * 31 + c.charCodeAt(0)) >>> 0;
  const out = items.map((item, i) => ({ item, rank: ((seed ^ (i * 2654435761)) >>> 0) % 1009 }));
  out.sort((a, b) => a.rank - b.rank);
  const shuffled = out.map((o) => o.item);
  if (shuffled.length > 1 && shuffled.every((item, i) => item === items[i])) shuffled.push(shuffled.shift());
  return shuffled;
}

/** The builders for one language of the site (`t`) and one lesson language (`content` attributes). */
export function paperBuilder({ t, sanitize, content = {} }) {
  /** Sanitised lesson HTML in an element carrying the lesson's language. */
  const rich = (tag, html, attrs = {}) => {
    const el = h(tag, { ...content, ...attrs });
    const template = document.createElement('template');
    template.innerHTML = sanitize(html ?? '');
    // Headings of the lesson text sit under the step's heading.
    for (const heading of template.content.querySelectorAll('h1, h2, h3')) {
      const lower = document.createElement('h4');
      lower.append(...heading.childNodes);
      heading.replaceWith(lower);
    }
    el.append(template.content);
    return el;
  };
  const box = (mark = '') => h('span', { class: 'box', 'aria-hidden': 'true', translate: 'no', text: mark });
  /** An option's letter: a mark, not a word (the same in every language). */
  const mark = (i) => h('span', { class: 'letter', translate: 'no', text: `${letter(i)}.` });
  const writeLines = (n) => h('div', { class: 'write-lines', 'aria-hidden': 'true' }, Array.from({ length: n }, () => h('span')));
  const instruction = (text) => h('p', { class: 'instruction', text });

  const kinds = {
    choice(q, key) {
      const list = h('ol', { class: 'options', type: 'A' }, q.options.map((o, i) => h('li', { 'data-correct': key && o.correct ? 'true' : null },
        box(key && o.correct ? '✓' : ''), mark(i), rich('span', o.html, { class: 'option-text' }))));
      const right = q.options.map((o, i) => (o.correct ? letter(i) : null)).filter(Boolean);
      return [instruction(q.multiple ? t('paper.tickAll') : t('paper.tickOne')), list,
        key ? h('p', { class: 'answer', text: t('paper.answerIs', { answer: right.join(', ') }) }) : null];
    },
    truefalse(q, key) {
      const row = (value, label) => h('li', {}, box(key && q.answer === value ? '✓' : ''), h('span', { text: label }));
      return [instruction(t('paper.trueOrFalse')), h('ul', { class: 'options inline' }, row(true, t('paper.true')), row(false, t('paper.false'))),
        key ? h('p', { class: 'answer', text: t('paper.answerIs', { answer: q.answer ? t('paper.true') : t('paper.false') }) }) : null];
    },
    order(q, key) {
      const shown = paperOrder(q.items, q.id);
      return [instruction(t('paper.numberOrder', { n: q.items.length })),
        h('ul', { class: 'options' }, shown.map((item) => h('li', {},
          box(key ? String(q.items.indexOf(item) + 1) : ''), rich('span', item.html, { class: 'option-text' }))))];
    },
    match(q, key) {
      const targets = paperOrder(q.targets, q.id);
      const letterOf = (id) => letter(targets.findIndex((x) => x.id === id));
      return [instruction(t('paper.match')),
        h('div', { class: 'match' },
          h('ol', { class: 'match-left' }, q.pairs.map((p) => h('li', {}, rich('span', p.html, { class: 'option-text' }),
            h('span', { class: 'dot', 'aria-hidden': 'true' }), box(key ? letterOf(p.target) : '')))),
          h('ol', { class: 'match-right', type: 'A' }, targets.map((x, i) => h('li', {},
            h('span', { class: 'dot', 'aria-hidden': 'true' }), mark(i), rich('span', x.html, { class: 'option-text' })))))];
    },
    blanks(q, key) {
      const text = rich('div', q.textHtml, { class: 'gaps prose' });
      for (const span of text.querySelectorAll('span[data-gap]')) {
        const gap = q.gaps[Number(span.dataset.gap)];
        span.className = 'gap';
        span.textContent = key && gap ? gap.answers.join(' / ') : '';
        // A screen reader (reading the sheet to a student) says where a gap is.
        if (!key) span.before(h('span', { class: 'visually-hidden', text: `(${t('paper.gap')})` }));
      }
      return [instruction(t('paper.fillGaps')), text];
    },
    sort(q, key) {
      const cards = paperOrder(q.cards, q.id);
      return [instruction(t('paper.sort')),
        h('table', { class: 'sort' },
          h('thead', {}, h('tr', {}, h('th', { scope: 'col', text: t('paper.card') }), q.groups.map((g) => rich('th', g.html, { scope: 'col' })))),
          h('tbody', {}, cards.map((c) => h('tr', {}, rich('th', c.html, { scope: 'row' }),
            q.groups.map((g) => h('td', {}, box(key && c.group === g.id ? '✓' : '')))))))];
    },
    hotspot(q, key) {
      const targets = q.regions.filter((r) => r.target);
      let picture;
      if (q.image) {
        picture = h('div', { class: 'picture' }, h('img', { src: q.image.src, alt: q.image.alt }));
        if (key) {
          for (const r of targets) {
            if (r.area.shape !== 'rect') continue;
            const { x, y, width, height } = r.area;
            // Positions as classes would need one per value: a CSSOM style is CSP-safe (no style attribute in markup).
            const ring = h('span', { class: 'ring', 'aria-hidden': 'true', text: String(targets.indexOf(r) + 1) });
            Object.assign(ring.style, { left: `${x}%`, top: `${y}%`, width: `${width}%`, height: `${height}%` });
            picture.append(ring);
          }
        }
      } else {
        picture = rich('div', q.stageHtml, { class: 'screen prose' });
        if (key) {
          targets.forEach((r, i) => {
            const found = r.area.shape === 'element' ? picture.querySelector(`[data-hotspot="${CSS.escape(r.area.name)}"]`) : null;
            if (found) {
              found.classList.add('ringed');
              found.dataset.ring = String(i + 1);
            }
          });
        }
      }
      return [instruction(t('paper.circle', { n: targets.length })), picture,
        ...(key ? [h('ol', { class: 'found' }, targets.map((r) => h('li', {}, h('span', { ...content, text: r.label }),
          r.feedbackHtml ? rich('div', r.feedbackHtml, { class: 'prose' }) : null)))]
          : [h('p', { class: 'write-label', text: t('paper.why') }), writeLines(3)])];
    },
    scenario(q, key) {
      const number = (id) => q.nodes.findIndex((n) => n.id === id) + 1;
      const best = key ? bestPath(q) : new Set();
      return [instruction(t('paper.path')),
        h('ol', { class: 'story' }, q.nodes.map((node, i) => h('li', { id: `${key ? 'key' : 'ws'}-${q.id}-${node.id}` },
          h('p', { class: 'node-number', text: t('paper.part', { n: i + 1 }) }), rich('div', node.html, { class: 'prose' }),
          node.ending ? h('p', { class: 'ending', text: t('paper.theEnd') }) : h('ul', { class: 'options' }, node.choices.map((c, j) => h('li', {},
            box(key && best.has(c.id) ? '✓' : ''), mark(j), rich('span', c.html, { class: 'option-text' }),
            h('span', { class: 'goto', text: t('paper.goTo', { n: number(c.next) }) }))))))),
      ];
    },
    reflect(q) {
      return q.options.length
        ? [instruction(t('paper.poll')), h('ul', { class: 'options' }, q.options.map((o) => h('li', {}, box(), rich('span', o.html, { class: 'option-text' }))))]
        : [instruction(t('paper.write')), writeLines(6)];
    },
  };

  /** One question as a paper activity (`key`: with its answers and explanation). */
  function question(q, n, key) {
    const body = kinds[q.kind]?.(q, key) ?? [];
    const noAnswer = q.kind === 'reflect' || (q.kind === 'scenario' && !q.scored);
    return h('section', { class: `question kind-${q.kind}`, 'data-kind': q.kind, 'data-question': q.id },
      h('h4', { class: 'question-title', text: t('paper.question', { n }) }),
      rich('div', q.promptHtml, { class: 'prompt prose' }),
      body,
      key && noAnswer ? h('p', { class: 'answer', text: t('paper.noRightAnswer') }) : null,
      key && q.explanationHtml ? h('div', { class: 'why' }, h('p', { class: 'write-label', text: t('paper.because') }), rich('div', q.explanationHtml, { class: 'prose' })) : null);
  }

  /** The name and date lines at the top of a student's sheet. */
  const nameLine = () => h('div', { class: 'name-line' },
    h('p', {}, h('span', { text: t('paper.name') }), h('span', { class: 'blank', 'aria-hidden': 'true' })),
    h('p', {}, h('span', { text: t('paper.date') }), h('span', { class: 'blank', 'aria-hidden': 'true' })));

  /** The whole worksheet (`key` false) or answer key (`key` true) of a module. */
  function sheet(doc, key) {
    let n = 0;
    const id = key ? 'answer-key' : 'worksheet';
    return h('article', { class: `sheet ${id}`, id, 'aria-labelledby': `${id}-title` },
      h('header', {},
        h('p', { class: 'eyebrow', text: key ? t('paper.keyTitle') : t('paper.worksheetTitle') }),
        h('h2', { id: `${id}-title`, ...content, text: doc.meta.title }),
        key ? h('p', { class: 'note', text: t('paper.keyNote') }) : nameLine()),
      doc.lessons.map((lesson) => h('section', { class: 'lesson' },
        h('h3', { ...content, text: lesson.title }),
        lesson.steps.filter((s) => s.question || (!key && s.html)).map((step) => h('div', { class: 'step' },
          !key && step.html ? rich('div', step.html, { class: 'reading prose' }) : null,
          step.question ? question(step.question, ++n, key) : null)))));
  }

  return { sheet, question };
}

/** The choices on the path to the best-scored ending (or every ending equal: the first path). */
export function bestPath(q) {
  const byId = new Map(q.nodes.map((n) => [n.id, n]));
  let best = { score: -1, path: [] };
  const walk = (node, path, seen) => {
    if (!node || seen.has(node.id)) return;
    if (node.ending) {
      const score = node.score ?? 0;
      if (score > best.score) best = { score, path };
      return;
    }
    for (const c of node.choices) walk(byId.get(c.next), [...path, c.id], new Set([...seen, node.id]));
  };
  walk(q.nodes[0], [], new Set());
  return new Set(best.path);
}
