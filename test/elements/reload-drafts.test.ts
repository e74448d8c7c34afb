/**
 * Never lose a student's work: an answer not yet sent (a half-walked story, typed text) comes back
 * after a reload, in a new <nw-module> on the same storage, and goes on from there.
 */
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import type { NwScenario } from '../../src/elements/nw-scenario.js';
import type { NwReflect } from '../../src/elements/nw-reflect.js';
import type { ModuleDoc } from '../../src/content/types.js';
import { LocalTracker } from '../../src/tracking/local.js';
import { MemoryStorage } from '../tracking/scorm-fixtures.js';

/** A reading step, a branching story, a free-text reflection. */
function draftDoc(): ModuleDoc {
  return {
    format: 1,
    meta: {
      id: 'draft-test', lang: 'en', title: 'Drafts', summary: 'For tests', ages: '10-14', minutes: 5, digcomp: ['2.5'],
      objectives: ['Test'], vocabulary: [], passMark: 50, mode: 'graded', attempts: 2, teacherLed: false, sources: [], bands: [],
      related: [],
    },
    guides: {},
    lessons: [
      {
        id: 'one', title: 'One',
        steps: [
          { id: 'one.intro', title: 'Welcome', html: '<p>Hello.</p>' },
          {
            id: 'one.story', title: 'A message', html: '',
            question: {
              kind: 'scenario', id: 'story', promptHtml: '<p>A stranger writes to you.</p>', attempts: 2, weight: 1, scored: true,
              nodes: [
                { id: 'start', html: '<p>"Want free skins?"</p>', ending: false, choices: [
                  { id: 'start.a', html: 'Ask how it works', next: 'asked' },
                  { id: 'start.b', html: 'Block them', next: 'safe' },
                ] },
                { id: 'asked', html: '<p>"Just send me your login."</p>', ending: false, choices: [
                  { id: 'asked.a', html: 'Send it', next: 'hacked' },
                  { id: 'asked.b', html: 'Say no and block', next: 'safe' },
                ] },
                { id: 'hacked', html: '<p>Your account is gone.</p>', ending: true, choices: [], score: 0 },
                { id: 'safe', html: '<p>Your account is safe.</p>', ending: true, choices: [], score: 1 },
              ],
            },
          },
          {
            id: 'one.think', title: 'Think', html: '',
            question: { kind: 'reflect', id: 'think', promptHtml: '<p>What would you do?</p>', attempts: 1, weight: 0, options: [], maxLength: 200 },
          },
        ],
      },
    ],
  };
}

const root = (el: Element) => el.shadowRoot!;
const text = (e: Element | null | undefined) => (e?.textContent ?? '').replace(/\s+/g, ' ').trim();
const button = (scope: ParentNode, selector: string, label: string) =>
  [...scope.querySelectorAll<HTMLButtonElement>(selector)].find((b) => text(b).startsWith(label));

/** A player on `storage`, as a page load would make it. */
async function load(storage: Storage): Promise<NwModule> {
  const el = fixtureSync<NwModule>(html`<nw-module .tracker=${new LocalTracker({ storage })} .doc=${draftDoc()}></nw-module>`);
  await waitUntil(() => el.actor && root(el).querySelector('h3'), 'player did not start');
  await el.updateComplete;
  return el;
}

async function next(el: NwModule) {
  button(root(el), 'nav button', 'Next')!.click();
  await el.updateComplete;
}

async function question<T extends HTMLElement & { updateComplete: Promise<boolean> }>(el: NwModule, tag: string): Promise<T> {
  const q = root(el).querySelector(tag) as T;
  await q.updateComplete;
  return q;
}

const saved = (storage: MemoryStorage) => storage.records()[0];

describe('unsent work survives a reload', () => {
  it('a half-walked story comes back where it was, and goes on to its ending', async () => {
    const storage = new MemoryStorage();
    const first = await load(storage);
    await next(first);
    const story = await question<NwScenario>(first, 'nw-scenario');
    button(root(story), '[part="choice"]', 'Ask how it works')!.click();
    await story.updateComplete;
    expect(text(root(story).querySelector('[part="node"]'))).to.contain('Just send me your login');
    // The page goes away (a reload): the waiting draft is stored then.
    window.dispatchEvent(new PageTransitionEvent('pagehide'));
    first.remove();
    expect(saved(storage).drafts).to.deep.equal({ story: ['start.a'] });

    const second = await load(storage);
    expect(text(root(second).querySelector('h3'))).to.equal('A message');
    const again = await question<NwScenario>(second, 'nw-scenario');
    expect(text(root(again).querySelector('[part="story"]')), 'the story so far').to.contain('Ask how it works');
    expect(text(root(again).querySelector('[part="node"]')), 'the part being read').to.contain('Just send me your login');
    await expect(second).to.be.accessible();

    button(root(again), '[part="choice"]', 'Say no and block')!.click();
    await again.updateComplete;
    button(root(again), 'button', 'See how it ends')!.click();
    await again.updateComplete;
    expect(text(root(again).querySelector('[part="feedback"]'))).to.contain('Your account is safe');
    await waitUntil(() => saved(storage).answers.story, 'the answer was not saved');
    expect(saved(storage).drafts, 'the sent answer replaces the draft').to.equal(undefined);
    second.remove();
  });

  it('typed text is stored once the typing stops, and is there again after a reload', async () => {
    const storage = new MemoryStorage();
    const first = await load(storage);
    await next(first);
    const story = await question<NwScenario>(first, 'nw-scenario');
    button(root(story), '[part="choice"]', 'Block them')!.click();
    await story.updateComplete;
    button(root(story), 'button', 'See how it ends')!.click();
    await story.updateComplete;
    await next(first);
    const think = await question<NwReflect>(first, 'nw-reflect');
    root(think).querySelector('textarea')!.focus();
    await sendKeys({ type: 'Tell my mum' });
    await think.updateComplete;
    expect(saved(storage).drafts, 'not stored with every key').to.equal(undefined);
    // No page event this time: the pause after typing stores it.
    await waitUntil(() => saved(storage).drafts, 'the typed text was not stored', { timeout: 4000 });
    first.remove();

    const second = await load(storage);
    expect(text(root(second).querySelector('h3'))).to.equal('Think');
    const again = await question<NwReflect>(second, 'nw-reflect');
    expect(root(again).querySelector('textarea')!.value).to.equal('Tell my mum');
    expect(text(root(again).querySelector('[part="count"]'))).to.contain('11');
    second.remove();
  });
});
