/**
 * The player page: `play.html?module=<id>&lang=<lang>` puts one `<nw-module>` on the page. The player
 * itself comes from the embed bundle in a plain script tag, as on any teacher's site; this file only
 * works out which compiled module to give it. The page also works inside an iframe (see the teacher page).
 */
import {
  catalogLanguages, h, loadCatalog, markReady, moduleUrl, pageUrl, params, pickEntry, setupLanguageSwitch, showMessage,
} from './site.js';

async function start() {
  const p = params();
  const id = p.get('module');
  const entries = await loadCatalog();
  const entry = id ? pickEntry(entries, id, p.get('lang') ?? 'en') : undefined;
  if (!entry) {
    showMessage(id ? `There is no lesson called “${id}”.` : 'No lesson was chosen.');
    return;
  }
  document.title = `${entry.title} – Netwise`;
  document.getElementById('page-title').textContent = entry.title;
  document.getElementById('teacher-link').setAttribute('href', pageUrl('teacher.html', { module: entry.id, lang: entry.lang }));
  document.getElementById('back-link').setAttribute('href', pageUrl('./', { lang: entry.lang }));
  const langs = catalogLanguages(entries.filter((e) => e.id === entry.id));
  setupLanguageSwitch(langs, entry.lang, (lang) => pageUrl('play.html', { module: entry.id, lang }));

  // `embed=1`: the page is inside someone else's iframe, so it shows the player alone.
  if (p.get('embed') === '1') document.body.classList.add('embedded');
  const player = h('nw-module', { src: moduleUrl(entry).href });
  const tracking = p.get('tracking');
  if (tracking && /^[a-z0-9]+$/.test(tracking)) player.setAttribute('tracking', tracking);
  document.getElementById('player').replaceChildren(player);
}

start()
  .catch((err) => {
    showMessage(`${err.message} Run npm run build, then reload.`);
    console.error(err);
  })
  .finally(markReady);
