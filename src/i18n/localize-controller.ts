/**
 * Gives an element the strings of its UI language and keeps them current: the language is the
 * element's own `lang`, else the closest ancestor's (crossing shadow roots), else a fallback the host
 * gives (the player: its module's language), else English. A language other than English downloads on
 * first use; the host renders again when it arrives, when a `lang` above it changes, or when the page
 * registers a translation. No global state: each element asks for itself.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { loadTranslation, onTranslationsChange, readyTranslation, translationFor } from './index.js';
import { langOf } from './language.js';
import type { Translation } from './translation.js';

export { langOf } from './language.js';

export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveControllerHost & HTMLElement;
  readonly #fallback: () => string | undefined;
  #stop: (() => void)[] = [];
  #waiting?: string;
  #shown?: Translation;

  /** `fallback` gives the language to use when no `lang` is set on the host or above it. */
  constructor(host: ReactiveControllerHost & HTMLElement, fallback: () => string | undefined = () => undefined) {
    this.#host = host;
    this.#fallback = fallback;
    host.addController(this);
  }

  hostConnected(): void {
    // A `lang` changed somewhere above (rare): render again, in whatever language that makes.
    const observer = new MutationObserver(() => this.#host.requestUpdate());
    // Watch every root a `lang` can come from: the host's own, then each shadow host's, up to the document.
    for (let root = this.#host.getRootNode(); ; root = (root as ShadowRoot).host.getRootNode()) {
      observer.observe(root, { attributes: true, attributeFilter: ['lang'], subtree: true });
      if (!(root instanceof ShadowRoot)) break;
    }
    this.#stop = [() => observer.disconnect(), onTranslationsChange(() => this.#host.requestUpdate())];
  }

  hostDisconnected(): void {
    for (const stop of this.#stop.splice(0)) stop();
  }

  /** The language asked for (a BCP 47 tag as written, e.g. `de-AT`), before matching a translation. */
  get lang(): string {
    return langOf(this.#host) || this.#fallback() || 'en';
  }

  /**
   * The strings for the host's language now. While another language downloads, the last one shown
   * (English at first) stays, so the host never shows a half-translated screen.
   */
  get t(): Translation {
    const lang = this.lang;
    const ready = readyTranslation(lang);
    if (ready) return (this.#shown = ready);
    if (this.#waiting !== lang) {
      this.#waiting = lang;
      loadTranslation(lang).then(
        () => {
          this.#waiting = undefined;
          this.#host.requestUpdate();
        },
        () => {}, // English could not be loaded either: keep what is shown (the player shows its error).
      );
    }
    return this.#shown ?? translationFor(lang);
  }
}
