/** Script, event-handler and javascript: URL payloads in a module's Markdown never run. */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/elements/nw-module.js';
import type { NwModule } from '../../src/elements/nw-module.js';
import { parseModule } from '../../src/content/parse.js';

declare global {
  interface Window {
    pwned?: string[];
  }
}

const payloads = `<script>(window.pwned ||= []).push('script')</script>
<img src="x" onerror="(window.pwned ||= []).push('onerror')">
<a href="javascript:(window.pwned ||= []).push('href')">click me</a>
<svg><animate onbegin="(window.pwned ||= []).push('svg')" attributeName="x" dur="1s"></svg>
[md link](javascript:(window.pwned||=[]).push('mdlink'))`;

const source = `---
id: xss
title: Attack <img src=x onerror="(window.pwned ||= []).push('title')">
summary: s
ages: 10-14
minutes: 1
digcomp: [4.2]
objectives: [o]
sources:
  - title: t
    url: https://example.org
---
# Lesson
## Reading
${payloads}

## Question
:::choice id=q
Prompt ${payloads.split('\n')[1]}
- [x] <img src=y onerror="(window.pwned ||= []).push('option')"> yes
  > <img src=z onerror="(window.pwned ||= []).push('feedback')"> because
- [ ] no
explain: <script>(window.pwned ||= []).push('explain')</script>
:::
`;

describe('sanitising module content', () => {
  it('runs none of the payloads in reading text, prompts, options, feedback or explanations', async () => {
    window.pwned = undefined;
    const { doc } = parseModule(source, 'xss/en.md');
    const el = await fixture<NwModule>(html`<nw-module tracking="none" .doc=${doc!}></nw-module>`);
    await waitUntil(() => el.shadowRoot!.querySelector('h3'));
    const root = el.shadowRoot!;
    expect(root.querySelector('h2')!.textContent).to.contain('Attack');
    const reading = root.querySelector('.prose')!;
    expect(reading.querySelector('script, [onerror], [onbegin]')).to.equal(null);
    for (const a of reading.querySelectorAll('a')) {
      expect(a.getAttribute('href') ?? '').not.to.match(/^javascript:/i);
      a.click();
    }
    [...root.querySelectorAll<HTMLButtonElement>('nav button')].find((b) => b.textContent!.trim() === 'Next')!.click();
    await waitUntil(() => root.querySelector('nw-choice')?.shadowRoot?.querySelector('input'));
    const choice = root.querySelector('nw-choice')!.shadowRoot!;
    (choice.querySelectorAll('input')[0] as HTMLInputElement).click();
    await new Promise((r) => setTimeout(r, 0));
    [...choice.querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === 'Check')!.click();
    await waitUntil(() => choice.querySelector('[part="feedback"]')!.textContent!.includes('because'));
    expect(choice.innerHTML).not.to.contain('onerror');
    // Give any injected handler time to fire.
    await new Promise((r) => setTimeout(r, 100));
    expect(window.pwned).to.equal(undefined);
  });
});
