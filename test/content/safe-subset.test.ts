/**
 * The sanitiser's fast path: plain formatting shows before DOMPurify has downloaded, everything else
 * still waits for it. (This file never loads DOMPurify up front, so it sees the first moments of a page.)
 */
import { expect } from '@open-wc/testing';
import { htmlIn, safeSubset } from '../../src/content/safe-subset.js';
import { loadFastPath, readyToShow, resourceUrl, sanitize, sanitizerReady } from '../../src/content/sanitize.js';

const pass = (html: string) => safeSubset(html, {}, resourceUrl);

describe('the sanitiser fast path', () => {
  it('lets plain Markdown formatting through, with links opening in a new tab', () => {
    expect(pass('<p>A <strong>b</strong>, <em>c</em> and <code>d</code></p><ul><li>e</li></ul>')).to.equal('<p>A <strong>b</strong>, <em>c</em> and <code>d</code></p><ul><li>e</li></ul>');
    expect(pass('<a href="https://example.org/">x</a>')).to.equal('<a href="https://example.org/" target="_blank" rel="noopener noreferrer">x</a>');
    expect(pass('<pre><code class="language-js">let a = 1 &lt; 2;</code></pre>')).to.contain('language-js');
  });

  it('vouches for nothing that could run, load from elsewhere, style or clobber', () => {
    for (const bad of [
      '<img src=x onerror="window.pwned=1">',
      '<img src="https://elsewhere.example/track.png">',
      '<a href="javascript:window.pwned=1">x</a>',
      '<a href=" jav&#x09;ascript:window.pwned=1">x</a>',
      '<a href="data:text/html,<script>x</script>">x</a>',
      '<svg><animate onbegin="x"></animate></svg>',
      '<math><mi>x</mi></math>',
      '<p style="position:fixed">x</p>',
      '<p id="title">x</p>',
      '<form><input name="x"></form>',
      '<iframe srcdoc="x"></iframe>',
      '<!-- x --><p>y</p>',
      '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
      '<details open ontoggle="x">y</details>',
      '<button popovertarget="x">y</button>',
      '<code class="x">y</code>',
    ]) {
      expect(pass(bad), bad).to.equal(undefined);
    }
  });

  it('before DOMPurify: formatting shows, anything else is escaped text; DOMPurify is loaded only when needed', async () => {
    await loadFastPath();
    expect(sanitizerReady()).to.equal(false);
    expect(sanitize('<p><strong>Bold</strong></p>')).to.equal('<p><strong>Bold</strong></p>');
    expect(sanitize('<p>Hi <img src=x onerror="window.pwned=1"></p>')).to.equal('Hi ');
    const plain = { lessons: [{ steps: [{ html: '<p>a</p>', question: { promptHtml: '<em>b</em>', options: [{ html: 'c' }] } }] }] };
    expect(htmlIn(plain)).to.deep.equal(['<p>a</p>', '<em>b</em>', 'c']);
    await readyToShow(plain);
    expect(sanitizerReady(), 'plain text does not wait for DOMPurify').to.equal(false);
    await readyToShow({ html: '<p>Hi <img src=x onerror="window.pwned=1"></p>' });
    expect(sanitizerReady(), 'anything else waits for it').to.equal(true);
    expect(sanitize('<p>Hi <img src=x onerror="window.pwned=1"></p>')).to.equal('<p>Hi <img src="' + new URL('x', document.baseURI).href + '"></p>');
    // What showed before DOMPurify shows the same after it.
    expect(sanitize('<p><strong>Bold</strong></p>')).to.equal('<p><strong>Bold</strong></p>');
  });
});
