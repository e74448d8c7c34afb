/**
 * The player page: `play.html?module=<id>&lang=<lang>` puts one `<nw-module>` on the page. The player
 * itself comes from the embed bundle in a plain script tag, as on any teacher's site; this file only
 * works out which compiled module to give it. The page also works inside an iframe (see the teacher page).
 *
 * `lang` is the site's language: the lesson in that language when it exists (else in English, said above
 * the player), and the player's buttons and messages in that language (its `lang` attribute).
 * `country` (two letters, e.g. `PL`) becomes the player's `country`: the helplines its `:::helplines`
 * blocks show, as the teacher page's `?country=` does; anything else is left out.
 */
import { chooseLanguage, directionOf, startSite } from './i18n.js';
import { countryParam, h, languageName, loadCatalog, moduleUrl, pageUrl, params, pickEntry, runPage, showMessage } from './site.js';

/** The player for the module at `src`, with what the address says about it besides. */
function playerFor(src, lang, p) {
  const player = h('nw-module', { src, lang });
  const tracking = p.get('tracking');
  if (tracking && /^[a-z0-9]+$/.test(tracking)) player.setAttribute('tracking', tracking);
  // `country=PL`: the helplines the lesson shows are that country's (as on the teacher page).
  const country = countryParam(p);
  if (country) player.setAttribute('country', country);
  // `mode=present`: the whiteboard, for a class around one screen (nothing saved).
  if (p.get('mode') === 'present') player.setAttribute('mode', 'present');
  return player;
}

/**
 * The player for the lesson the address most likely names, put in the page at once, before the catalogue
 * has arrived: this script runs before the embed's (see play.html), which then finds the player and shows
 * its first step early. Compiled modules are named `<id>.<lang>.json`; the catalogue confirms the guess
 * or replaces this player (another language, or no such lesson).
 */
function guessPlayer() {
  const p = params();
  const id = p.get('module');
  if (!id || !/^[a-z0-9-]+$/.test(id)) return undefined;
  const lang = chooseLanguage();
  const file = `${id}.${p.get('lang') ?? lang}.json`;
  if (!/^[a-z0-9-]+\.[a-zA-Z0-9-]+\.json$/.test(file)) return undefined;
  const player = playerFor(moduleUrl({ file }).href, lang, p);
  document.getElementById('player').replaceChildren(player);
  return player;
}
// `embed=1`: the page is inside someone else's iframe, so it shows the player alone; so does the whiteboard.
if (params().get('embed') === '1') document.body.classList.add('embedded');
if (params().get('mode') === 'present') document.body.classList.add('embedded', 'present');
const guessed = guessPlayer();

async function start({ lang, t }) {
  const p = params();
  const id = p.get('module');
  for (const link of ['home-link', 'back-link']) document.getElementById(link).setAttribute('href', pageUrl('./', { lang }));
  const entries = await loadCatalog(t);
  // A lesson language the site does not speak (say `hu`) still picks that version of the lesson.
  const asked = p.get('lang');
  const wanted = entries.some((e) => e.id === id && e.lang === asked) ? asked : lang;
  const entry = id ? pickEntry(entries, id, wanted) : undefined;
  if (!entry) {
    document.getElementById('player').replaceChildren();
    showMessage(id ? t('error.noModule', { id }) : t('error.noChoice'));
    return;
  }
  document.title = t('play.titleWith', { title: entry.title });
  const title = document.getElementById('page-title');
  title.textContent = entry.title;
  title.lang = entry.lang;
  title.dir = directionOf(entry.lang);
  title.dataset.content = 'lesson';
  document.getElementById('teacher-link').setAttribute('href', pageUrl('teacher.html', { module: entry.id, lang }));
  if (entry.lang !== wanted) {
    const note = document.getElementById('fallback');
    note.textContent = t('fallback', { wanted: languageName(lang, lang), shown: languageName(entry.lang, lang) });
    note.hidden = false;
  }

  // The player put in the page early, when it plays the right lesson; else a new one.
  const src = moduleUrl(entry).href;
  if (guessed?.getAttribute('src') !== src || guessed.getAttribute('lang') !== lang) document.getElementById('player').replaceChildren(playerFor(src, lang, p));
}

runPage(startSite, start);
