/**
 * A broad XSS corpus × every place an author writes text, in both source forms: Markdown (through the
 * parser) and compiled JSON (raw HTML written straight into every HTML field, as a hostile `.json`
 * would). Every fragment is rendered through the same `safeHtml` the player uses, into the live page
 * (so handlers would fire and resources would load), every element is clicked, and nothing may run.
 * The player itself then plays each form's first steps. One browser run, well under a minute.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { customElement, property } from 'lit/decorators.js';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { parseModule } from '../../src/content/parse.js';
import { loadSanitizer } from '../../src/content/sanitize.js';
import type { ModuleDoc } from '../../src/content/types.js';
import { safeHtml } from '../../src/elements/safe-html.js';
import { prerenderFirstStep } from '../../src/elements/prerender.js';
import { loadTranslation } from '../../src/i18n/index.js';

declare global {
  interface Window {
    pwned?: string[];
    nwPwn?: (tag: string) => void;
  }
}

/** Each payload, given a tag, records that tag in `window.pwned` if any of it runs (no brackets: they are blanks gaps). */
const P = (n: string) => `nwPwn('${n}')`;
const PAYLOADS: Array<(n: string) => string> = [
  (n) => `<script>${P(n)}</script>`,
  (n) => `<img src=x onerror="${P(n)}">`,
  (n) => `<img/src=x/onerror=${P(n)}>`,
  (n) => `<svg onload="${P(n)}"></svg>`,
  (n) => `<svg><animate onbegin="${P(n)}" attributeName=x dur=1s></svg>`,
  (n) => `<svg><set attributeName=onmouseover to="${P(n)}"/></svg>`,
  (n) => `<body onload="${P(n)}">`,
  (n) => `<details open ontoggle="${P(n)}">d</details>`,
  (n) => `<video><source onerror="${P(n)}"></video>`,
  (n) => `<audio src=x onerror="${P(n)}"></audio>`,
  (n) => `<input autofocus onfocus="${P(n)}">`,
  (n) => `<div onclick="${P(n)}">click me</div>`,
  (n) => `<span onmouseover="${P(n)}" onpointerdown="${P(n)}">hover</span>`,
  (n) => `<a href="javascript:${P(n)}">js</a>`,
  (n) => `<a href="JaVaScRiPt:${P(n)}">js</a>`,
  (n) => `<a href="&#106;avascript:${P(n)}">entity</a>`,
  (n) => `<a href="java&#x09;script:${P(n)}">tab</a>`,
  (n) => `<a href=" javascript:${P(n)}">space</a>`,
  (n) => `<a href="javascript&colon;${P(n)}">colon</a>`,
  (n) => `<a href="vbscript:${P(n)}">vb</a>`,
  (n) => `<a href="data:text/html,<script>${P(n)}</script>">data</a>`,
  (n) => `<map name=m><area href="javascript:${P(n)}" shape=rect coords=0,0,9,9 alt=a></map>`,
  (n) => `<iframe src="javascript:${P(n)}"></iframe>`,
  (n) => `<iframe srcdoc="<script>parent.${P(n)}</script>"></iframe>`,
  (n) => `<object data="javascript:${P(n)}"></object>`,
  (n) => `<object data="data:text/html,<script>${P(n)}</script>"></object>`,
  (n) => `<embed src="javascript:${P(n)}">`,
  (n) => `<form action="javascript:${P(n)}"><button>go</button></form>`,
  (n) => `<button formaction="javascript:${P(n)}">go</button>`,
  (n) => `<isindex action="javascript:${P(n)}" type=image>`,
  (n) => `<base href="javascript:${P(n)}//"><a href="x">relative</a>`,
  (n) => `<meta http-equiv="refresh" content="0;url=javascript:${P(n)}">`,
  (n) => `<link rel=stylesheet href="javascript:${P(n)}">`,
  (n) => `<style>@import 'javascript:${P(n)}';</style>`,
  (n) => `<div style="background:url(javascript:${P(n)})">styled</div>`,
  (n) => `<img srcset="javascript:${P(n)}">`,
  (n) => `<table background="javascript:${P(n)}"><tr><td>t</td></tr></table>`,
  (n) => `<math><mtext><table><mglyph><style><img src=x onerror="${P(n)}"></style></mglyph></table></mtext></math>`,
  (n) => `<math><mi xlink:href="javascript:${P(n)}">m</mi></math>`,
  (n) => `<svg><style><img src=x onerror="${P(n)}"></style></svg>`,
  (n) => `<svg><a xlink:href="javascript:${P(n)}"><text y=9>x</text></a></svg>`,
  (n) => `<svg><foreignObject><img src=x onerror="${P(n)}"></foreignObject></svg>`,
  (n) => `<svg><animate attributeName=href values="javascript:${P(n)}"/><a><text y=9>y</text></a></svg>`,
  (n) => `<noscript><p title="</noscript><img src=x onerror=${P(n)}>"></noscript>`,
  (n) => `<template><img src=x onerror="${P(n)}"></template>`,
  (n) => `<select><noembed></select><img src=x onerror="${P(n)}"></noembed>`,
  (n) => `<form><math><mtext></form><form><mglyph><style></math><img src=x onerror="${P(n)}">`,
  (n) => `<img src=x onerror="${P(n)}"`,
  (n) => `[md link](javascript:${P(n)})`,
  (n) => `![md image](javascript:${P(n)})`,
  (n) => `<https://example.org/" onmouseover="${P(n)}>`,
  (n) => `[ref][r]\n\n[r]: javascript:${P(n)}`,
];

/** A module with `p` in every place an author writes text (front matter, every kind, guides). */
function markdown(p: string, one: string): string {
  const block = (text: string, indent = 4) => `|-\n${' '.repeat(indent)}${text}`;
  return `---
id: xss
title: ${block(`T ${one}`)}
summary: ${block(`S ${one}`)}
ages: 10-14
minutes: 1
objectives:
  - ${block(`O ${one}`)}
vocabulary:
  - term: ${block(`V ${one}`, 6)}
    definition: ${block(`D ${one}`, 6)}
bands:
  - min: 0
    max: 100
    feedback: ${block(`B ${one}`, 6)}
sources:
  - title: t
    url: https://example.org/
---
# Lesson ${one}
Reading ${p}

## Choice ${one}
:::choice id=c
Prompt ${one}
- [x] Option ${one}
  > Feedback ${one}
- [ ] Other
hint: Hint ${one}
hint: Hint two ${one}
explain: Explain ${one}
:::

## True or false
:::truefalse id=tf answer=true
Claim ${one}
true: True ${one}
false: False ${one}
:::

## Order
:::order id=o
Order ${one}
1. First ${one}
2. Second
:::

## Sort
:::sort id=s
Sort ${one}
## Group ${one}
- Card ${one}
  > Reason ${one}
## Other
- Card two
:::

## Match
:::match id=m
Match ${one}
- Item ${one} = Partner ${one}
- Item two = Partner two
extra: Extra ${one}
:::

## Blanks
:::blanks id=b
Fill ${one}

Text ${one} [answer] more.
:::

## Scenario
:::scenario id=sc
Story ${one}

## start
Node ${one}
- Choice ${one} -> end
  > Choice feedback ${one}
- Stay -> end

## end end score=100
Ending ${one}
:::

## Hotspot
:::hotspot id=h
Find ${one}
<div class="mock-screen">
<p class="title" data-hotspot="a">Screen</p>
${p}
</div>
- [x] #a Label ${one}
  > Region feedback ${one}
:::

## Reflect
:::reflect id=r
Poll ${one}
- Yes ${one}
- No
:::

:::teacher-guide
Guide ${p}
:::

:::family-tips
Tips ${p}
:::
`;
}

/** Every HTML string in a compiled module, mapped through `f` (`html` and `…Html` fields). */
function mapHtml(doc: ModuleDoc, f: (s: string) => string): ModuleDoc {
  const walk = (v: unknown, key: string): unknown => {
    if (typeof v === 'string') return key === 'html' || key.endsWith('Html') ? f(v) : v;
    if (Array.isArray(v)) return v.map((x) => walk(x, key));
    if (v && typeof v === 'object') return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, walk(x, k)]));
    return v;
  };
  return walk(doc, '') as ModuleDoc;
}
const htmlFields = (doc: ModuleDoc) => {
  const out: string[] = [];
  mapHtml(doc, (s) => (out.push(s), s));
  return out;
};

@customElement('xss-corpus-host')
class XssCorpusHost extends LitElement {
  @property({ attribute: false }) fragments: string[] = [];
  override render() {
    return this.fragments.map((f) => html`<div class="fragment">${safeHtml(f)}</div>`);
  }
}

const FORBIDDEN_TAGS = 'script, iframe, object, embed, form, input, button, base, meta, link, style, svg, math, template, noscript, isindex, frame, frameset';
const URL_ATTRS = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'poster', 'background', 'srcset'];

/** What in `containers` (author content) could run, as readable findings (empty when inert). */
function findings(containers: Iterable<Element>, where: string): string[] {
  const found: string[] = [];
  for (const container of containers) {
    for (const el of [container, ...container.querySelectorAll('*')]) {
      if (el !== container && el.matches(FORBIDDEN_TAGS)) found.push(`${where}: <${el.localName}>`);
      for (const attr of el.attributes) {
        if (/^on|^style$|^srcdoc$|^popover/.test(attr.name)) found.push(`${where}: <${el.localName} ${attr.name}>`);
        if (URL_ATTRS.includes(attr.name) && /^(javascript|vbscript|data:text)/i.test(attr.value.trim())) found.push(`${where}: <${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
  }
  return found;
}

/** Renders fragments into the live page, clicks and hovers every element, and checks the DOM. */
async function renderAll(fragments: string[], where: string) {
  const host = await fixture<XssCorpusHost>(html`<xss-corpus-host .fragments=${fragments}></xss-corpus-host>`);
  const root = host.shadowRoot!;
  for (const el of root.querySelectorAll<HTMLElement>('.fragment *')) {
    if (el.closest('a, area, map')) continue; // links are checked, not followed
    el.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    el.click();
  }
  const found = findings(root.querySelectorAll('.fragment'), where);
  host.remove();
  return found;
}

describe('XSS corpus × every author-text context × both source forms', function () {
  this.timeout(60_000);

  before(async () => {
    await loadSanitizer();
    window.pwned = undefined;
    window.nwPwn = (tag) => {
      (window.pwned ||= []).push(tag);
    };
  });

  const docs: Array<[string, ModuleDoc]> = [];
  PAYLOADS.forEach((payload, i) => {
    const p = payload(`md-${i}`);
    const one = p.split('\n')[0];
    const { doc } = parseModule(markdown(p, one), 'xss/en.md');
    if (doc) {
      docs.push([`markdown #${i}`, doc]);
      docs.push([`json #${i}`, mapHtml(doc, (s) => `${s}${payload(`json-${i}`).split('\n')[0]}`)]);
    }
  });

  it('builds a module from every payload in every context', () => {
    expect(docs).to.have.length(PAYLOADS.length * 2);
    for (const [where, doc] of docs) expect(doc.meta.id, where).to.equal('xss');
    // Each module holds every kind, the guides, the bands and the reading text: over 40 places.
    expect(htmlFields(docs[0][1]).length).to.be.at.least(40);
  });

  it('runs nothing, anywhere, in either form', async () => {
    for (const [where, doc] of docs) await renderAll(htmlFields(doc), where);
    await new Promise((r) => setTimeout(r, 300)); // time for any load, error or animation handler
    expect(window.pwned).to.equal(undefined);
  });

  it('shows nothing of it as markup in the embed\'s early step (the pre-rendered first step), in either form', async () => {
    const t = await loadTranslation('en');
    // Besides the corpus modules (whose first steps are mostly refused), a plain module with each payload in
    // its text fields (titles, objectives), which the early step shows, escaped.
    const base = (await (await fetch('/test/e2e/fixtures/player-test.en.json')).json()) as ModuleDoc;
    const inText = PAYLOADS.map((payload, i): [string, ModuleDoc] => {
      const p = payload(`text-${i}`);
      const doc = structuredClone(base);
      doc.meta.title = p;
      doc.meta.objectives = [p];
      doc.lessons[0].title = p;
      doc.lessons[0].steps[0].title = p;
      return [`text #${i}`, doc];
    });
    let shown = 0;
    for (const [where, doc] of [...docs, ...inText]) {
      const step = prerenderFirstStep(doc, t, 'none', { styleTags: false });
      if (!step) continue;
      shown += 1;
      // Into the live page as the early step puts it (nested declarative shadow roots), every element clicked.
      const host = document.createElement('div');
      document.body.append(host);
      const root = host.attachShadow({ mode: 'open' });
      root.setHTMLUnsafe(step.html.replace(/^<template shadowrootmode="open">/, '').replace(/<\/template>$/, ''));
      const roots: ShadowRoot[] = [root];
      for (let i = 0; i < roots.length; i++) for (const el of roots[i].querySelectorAll('*')) if (el.shadowRoot) roots.push(el.shadowRoot);
      for (const r of roots) for (const el of r.querySelectorAll<HTMLElement>('*')) if (!el.closest('a, area, map')) el.click(); // links are checked, not followed
      const containers = roots.flatMap((r) => [...r.children]);
      expect(findings(containers, where).filter((f) => !/<(input|button)>/.test(f)), where).to.deep.equal([]);
      host.remove();
    }
    await new Promise((r) => setTimeout(r, 300));
    expect(window.pwned).to.equal(undefined);
    expect(shown, 'first steps shown early (every payload in text fields, at least)').to.be.at.least(PAYLOADS.length);
  });

  it('plays each form of the first payloads in the player: title, reading text and the first question', async () => {
    for (const [where, doc] of docs.slice(0, 12)) {
      const el = await fixture<NwModule>(html`<nw-module tracking="none" .doc=${doc}></nw-module>`);
      await waitUntil(() => el.shadowRoot!.querySelector('h3'), `${where}: no step`);
      const root = el.shadowRoot!;
      expect(root.querySelector('h2')!.textContent, where).to.contain('T ');
      [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Next')!.click();
      await waitUntil(() => root.querySelector('nw-choice')?.shadowRoot?.querySelector('input'), `${where}: no question`);
      const choice = root.querySelector('nw-choice')!.shadowRoot!;
      (choice.querySelectorAll('input')[0] as HTMLInputElement).click();
      await new Promise((r) => setTimeout(r, 0));
      [...choice.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
      await waitUntil(() => choice.querySelector('[part="feedback"]')!.textContent!.trim(), `${where}: no feedback`);
      const authored = [...root.querySelectorAll('.prose'), ...choice.querySelectorAll('.prose, .text, [part="feedback"]')];
      expect(authored.length, where).to.be.at.least(3);
      expect(findings(authored, where)).to.deep.equal([]);
      el.remove();
    }
    await new Promise((r) => setTimeout(r, 200));
    expect(window.pwned).to.equal(undefined);
  });
});
