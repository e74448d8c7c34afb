import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import type { NwPresent } from '../../src/elements/nw-present.js';
import type { ModuleDoc } from '../../src/content/types.js';
import { playerDoc } from './doc-fixture.js';

/** The player's test module, with a scenario walked together, an order question and a teacher guide. */
function classDoc(): ModuleDoc {
  const doc = playerDoc();
  doc.guides = { teacherHtml: '<h2>Discussion prompts</h2><ul><li>Which of your accounts matters most?</li></ul>' };
  doc.lessons[1].steps.push(
    {
      id: 'two.story', title: 'A message', html: '',
      question: {
        kind: 'scenario', id: 's1', promptHtml: '<p>Walk it together.</p>', attempts: 1, weight: 0, scored: false,
        nodes: [
          { id: 'start', html: '<p>A stranger asks for your password.</p>', ending: false, choices: [
            { id: 'start.a', html: 'Send it', next: 'bad', feedbackHtml: '<p>Never share it.</p>' },
            { id: 'start.b', html: 'Say no and tell an adult', next: 'good', feedbackHtml: '<p>Well done.</p>' },
          ] },
          { id: 'bad', html: '<p>Your account is taken over.</p>', ending: true, choices: [] },
          { id: 'good', html: '<p>Your account stays yours.</p>', ending: true, choices: [] },
        ],
      },
    },
    {
      id: 'two.order', title: 'Steps', html: '',
      question: {
        kind: 'order', id: 'o1', promptHtml: '<p>Put them in order.</p>', attempts: 1, weight: 1,
        items: [{ id: 'a', html: 'Open settings' }, { id: 'b', html: 'Find security' }, { id: 'c', html: 'Switch on two-step login' }],
      },
    },
  );
  return doc;
}

const texts = (root: ShadowRoot, selector: string) => [...root.querySelectorAll(selector)].map((el) => el.textContent!.replace(/\s+/g, ' ').trim());

const originalSetItem = Storage.prototype.setItem;

describe('<nw-module mode="present">: the whiteboard', () => {
  afterEach(() => {
    Storage.prototype.setItem = originalSetItem;
    return setViewport({ width: 800, height: 600 });
  });

  it('is played through with the keyboard only: letters pick, Space reveals, arrows move; nothing is tracked', async () => {
    await setViewport({ width: 1920, height: 1080 });
    // Every write to storage on this page is counted (other test files share the origin's storage).
    const writes: string[] = [];
    Storage.prototype.setItem = function (key: string, value: string) {
      writes.push(key);
      originalSetItem.call(this, key, value);
    };
    const events: string[] = [];
    const player = await fixture<NwModule>(html`<nw-module mode="present" tracking="local" .doc=${classDoc()}
      @nw-answer=${() => events.push('answer')} @nw-progress=${() => events.push('progress')} @nw-complete=${() => events.push('complete')}></nw-module>`);
    await waitUntil(() => player.shadowRoot!.querySelector('nw-present')?.shadowRoot?.querySelector('h2'), 'the whiteboard never showed', { timeout: 5000 });
    const present = player.shadowRoot!.querySelector<NwPresent>('nw-present')!;
    const root = present.shadowRoot!;
    const step = async (keys: string[]) => {
      for (const key of keys) await sendKeys(key.length === 1 || key === 'Space' ? { press: key === 'Space' ? ' ' : key } : { press: key });
      await present.updateComplete;
    };
    present.focus();

    // Large type: the reading text is at least 28px on a 1920×1080 screen.
    expect(root.querySelector('h2')!.textContent).to.equal('Welcome');
    expect(parseFloat(getComputedStyle(root.querySelector('main .prose p')!).fontSize)).to.be.at.least(28);
    expect(texts(root, 'header p')[1]).to.equal('Step 1 of 6');

    // A choice: lettered options, nothing to reveal until the class has chosen.
    await step(['ArrowRight']);
    expect(root.querySelector('h2')!.textContent).to.equal('Pick one');
    expect(texts(root, '.option .letter')).to.deep.equal(['A', 'B', 'C']);
    expect(texts(root, '.controls button')).to.not.include('Reveal the answer');
    await step(['Space']);
    expect(root.querySelector('h2')!.textContent, 'Space neither reveals nor skips before the class chose').to.equal('Pick one');
    expect(root.querySelector('.mark')).to.equal(null);
    await step(['b']);
    expect(root.querySelectorAll('.option')[1].getAttribute('aria-pressed')).to.equal('true');
    expect(texts(root, '.status')).to.include('The class chose B');
    expect(texts(root, '.controls button')).to.include('Reveal the answer');
    expect(root.querySelector('.mark'), 'not revealed yet').to.equal(null);
    await step(['Space']);
    expect(texts(root, '.mark')).to.deep.equal(['✓ Correct!']);
    // On the 16:9 screen the options and the answer sit beside the question, all on one screen.
    const read = root.querySelector('.read')!.getBoundingClientRect();
    const side = root.querySelector('.side')!.getBoundingClientRect();
    expect(player.getBoundingClientRect().width, 'the whiteboard fills the screen').to.be.greaterThan(1800);
    expect(side.left, 'the options are to the right of the text').to.be.greaterThan(read.right);
    expect(Math.max(read.bottom, side.bottom)).to.be.at.most(1080);
    expect(root.querySelectorAll('.option')[1].querySelector('.mark')).to.exist;
    expect(texts(root, '.status')).to.include('The answer: B');
    expect(texts(root, '.feedback')).to.include('Three words, long.');
    await expect(present).to.be.accessible();

    // True or false: A and B; Space after the reveal goes on.
    await step(['Space']);
    expect(texts(root, '.option .text')).to.deep.equal(['True', 'False']);
    await step(['a', 'Space']);
    expect(texts(root, '.status')).to.include('The answer: B');
    expect(texts(root, '.feedback')).to.include('Experts dropped that.');
    await step(['ArrowRight', 'c', 'Enter']);
    expect(texts(root, '.status')).to.include('The answer: A, B');

    // A scenario, walked together: the class's choice, its outcome, then where it leads.
    await step(['ArrowRight']);
    expect(root.querySelector('main')!.textContent).to.contain('A stranger asks for your password.');
    await step(['b', 'Space']);
    expect(texts(root, '.feedback')).to.include('Well done.');
    await step(['ArrowRight']);
    expect(root.querySelector('main')!.textContent).to.contain('Your account stays yours.');
    expect(root.querySelector('main')!.textContent).to.not.contain('A stranger asks');

    // An order question: the items out of order, then the right order revealed.
    await step(['ArrowRight']);
    expect(texts(root, '.items li')).to.not.deep.equal(['Open settings', 'Find security', 'Switch on two-step login']);
    await step(['Space']);
    expect(root.querySelector('.feedback')!.textContent).to.contain('Open settings');
    await step(['ArrowRight']);
    expect(root.querySelector('h2')!.textContent).to.equal('The end. Well done, everyone!');

    // The teacher's notes: hidden until N.
    const notes = root.querySelector<HTMLElement>('aside')!;
    expect(notes.hidden).to.equal(true);
    await step(['n']);
    expect(notes.hidden).to.equal(false);
    expect(notes.textContent).to.contain('Which of your accounts matters most?');
    await expect(present).to.be.accessible();

    // F asks the browser for the full screen.
    let full = 0;
    present.requestFullscreen = async () => void (full += 1);
    await step(['f']);
    expect(full).to.equal(1);

    // Nothing scored, saved or sent.
    expect(events).to.deep.equal([]);
    Storage.prototype.setItem = originalSetItem;
    expect(writes, 'nothing stored').to.deep.equal([]);
    expect(player.actor).to.equal(undefined);
  });

  it('shows a step longer than the screen in parts, walked with the same keys, never under 28px and never scrolled', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const doc = playerDoc();
    const long = Array.from({ length: 30 }, (_, i) => `<p>Paragraph ${i + 1}: a long reading text that a class follows on the board while the teacher talks about it.</p>`).join('');
    doc.lessons[0].steps[0].html = long;
    doc.lessons[0].steps[1].html = long;
    const player = await fixture<NwModule>(html`<nw-module mode="present" .doc=${doc}></nw-module>`);
    await waitUntil(() => player.shadowRoot!.querySelector('nw-present')?.shadowRoot?.querySelector('h2'), 'the whiteboard never showed', { timeout: 5000 });
    const present = player.shadowRoot!.querySelector<NwPresent>('nw-present')!;
    const root = present.shadowRoot!;
    const read = () => root.querySelector<HTMLElement>('.read')!;
    /** The paragraphs the class can see now: inside the text's box on screen. */
    const visible = () => {
      const box = read().parentElement!.getBoundingClientRect(); // the screenful the text is seen through
      return [...read().querySelectorAll('p')].filter((p) => {
        const r = p.getBoundingClientRect();
        return r.left >= box.left - 1 && r.right <= box.right + 1;
      }).map((p) => p.textContent!.split(':')[0]);
    };
    const press = async (key: string) => {
      await sendKeys({ press: key });
      await present.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
    };
    await waitUntil(() => root.querySelector('.part'), `no parts: ${root.querySelector('header')!.textContent}`);
    const total = Number(/^Part 1 of (\d+)$/.exec(root.querySelector('.part')!.textContent!)?.[1]);
    expect(total).to.be.at.least(2);
    expect(present.getBoundingClientRect().height, 'one screen high').to.be.at.most(1080);
    expect(present.scrollHeight, 'nothing below it').to.be.at.most(present.clientHeight + 1);
    expect(read().scrollHeight).to.be.at.most(read().clientHeight + 1);
    expect(parseFloat(getComputedStyle(read().querySelector('p')!).fontSize)).to.be.at.least(28);
    expect(visible()[0]).to.equal('Paragraph 1');
    expect(visible(), 'the end of the text is on a later part').to.not.include('Paragraph 30');

    present.focus();
    const seen = [...visible()];
    for (let n = 2; n <= total; n += 1) {
      await press('ArrowRight');
      expect(root.querySelector('.part')!.textContent).to.equal(`Part ${n} of ${total}`);
      expect(root.querySelector('h2')!.textContent, 'still the same step').to.equal('Welcome');
      expect(visible().filter((p) => seen.includes(p)), 'each paragraph on one part').to.deep.equal([]);
      seen.push(...visible());
    }
    expect(seen, 'every paragraph shown once, in order').to.deep.equal(Array.from({ length: 30 }, (_, i) => `Paragraph ${i + 1}`));
    await press('ArrowLeft');
    expect(root.querySelector('.part')!.textContent).to.equal(`Part ${total - 1} of ${total}`);
    await press('PageDown');
    await press('PageDown');
    expect(root.querySelector('h2')!.textContent, 'after the last part, the next step').to.equal('Pick one');
    // Beside the options, the text is in parts too, at the same size.
    await waitUntil(() => root.querySelector('.part'), 'the long question step was not shown in parts');
    expect(parseFloat(getComputedStyle(root.querySelector('.read .prose p')!).fontSize)).to.be.at.least(28);
    expect(root.querySelector('.side')!.getBoundingClientRect().left).to.be.greaterThan(read().getBoundingClientRect().right);
    await expect(present).to.be.accessible();
  });

  it('after the reveal, shows the part where the answer starts when many long options push it on', async () => {
    await setViewport({ width: 1920, height: 1080 });
    const doc = playerDoc();
    const q = doc.lessons[0].steps[1].question!;
    if (q.kind !== 'choice') throw new Error('the fixture changed');
    const long = 'an option long enough to take three or four lines of the whiteboard on its own, as some lessons have';
    q.options = Array.from({ length: 7 }, (_, i) => ({ id: `o${i}`, html: `${long} (${i + 1})`, correct: i === 1, feedbackHtml: `<p>Feedback ${i + 1}: ${long}.</p>` }));
    q.explanationHtml = `<p>Why: ${long}. ${long}.</p>`;
    const player = await fixture<NwModule>(html`<nw-module mode="present" .doc=${doc}></nw-module>`);
    await waitUntil(() => player.shadowRoot!.querySelector('nw-present')?.shadowRoot?.querySelector('h2'), 'the whiteboard never showed', { timeout: 5000 });
    const present = player.shadowRoot!.querySelector<NwPresent>('nw-present')!;
    const root = present.shadowRoot!;
    present.focus();
    for (const key of ['ArrowRight', 'b', ' ']) {
      await sendKeys({ press: key });
      await present.updateComplete;
    }
    await waitUntil(() => root.querySelector('.part'), 'the revealed answer did not need a second part');
    expect(root.querySelector('.part')!.textContent, 'on the part where the answer starts').to.not.match(/^Part 1 of/);
    // The answer is on screen: inside the box the options and answer are seen through.
    const clip = root.querySelector('.side')!.parentElement!.getBoundingClientRect();
    const answer = root.querySelector('.answer .status')!.getBoundingClientRect();
    expect(answer.left).to.be.at.least(clip.left - 1);
    expect(answer.right).to.be.at.most(clip.right + 1);
    expect(root.querySelector('.answer .status')!.textContent).to.equal('The answer: B');
    // Back shows the options again.
    await sendKeys({ press: 'ArrowLeft' });
    await present.updateComplete;
    const option = root.querySelector('.option')!.getBoundingClientRect();
    expect(option.left).to.be.at.least(clip.left - 1);
    expect(option.right).to.be.at.most(clip.right + 1);
  });
});
