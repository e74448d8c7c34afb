/**
 * *Every kind of activity*: the page's words in the site's language, and the player's too (its `lang`).
 * The example lesson itself (`showcase/en.md`) is written in English only, which the page says.
 */
import { startSite } from './i18n.js';
import { languageName, markReady, pageUrl } from './site.js';

startSite()
  .then(({ lang, t }) => {
    for (const link of ['home-link', 'back-link']) document.getElementById(link).setAttribute('href', pageUrl('./', { lang }));
    document.getElementById('player').setAttribute('lang', lang);
    if (lang !== 'en') {
      const note = document.getElementById('fallback');
      note.textContent = t('fallback', { wanted: languageName(lang, lang), shown: languageName('en', lang) });
      note.hidden = false;
    }
  })
  .catch((err) => console.error(err))
  .finally(markReady);
