import { expect } from '@open-wc/testing';
import { classroomLanguages, loadClassroomStrings } from '../../src/i18n/classroom.js';
import { builtInLanguages } from '../../src/i18n/index.js';

describe('classroom strings (certificate, whiteboard)', () => {
  it('come in every language the player speaks, each with every string written and its values in place', async () => {
    expect([...classroomLanguages].sort()).to.deep.equal([...builtInLanguages].sort());
    const en = await loadClassroomStrings('en');
    for (const lang of classroomLanguages) {
      const t = await loadClassroomStrings(lang);
      expect(Object.keys(t).sort(), lang).to.deep.equal(Object.keys(en).sort());
      for (const [key, value] of Object.entries(t)) {
        const text = typeof value === 'function' ? (value as (s: string) => string)('§') : value;
        expect(text.trim(), `${lang} ${key}`).to.not.equal('');
        if (typeof value === 'function') expect(text, `${lang} ${key} keeps its value`).to.contain('§');
      }
      if (lang !== 'en') expect(t.certificateHeading, `${lang} is translated`).to.not.equal(en.certificateHeading);
    }
  });

  it('a regional tag gets its language, and a language Netwise lacks gets English', async () => {
    expect((await loadClassroomStrings('pt-BR')).nameLabel).to.equal('O teu nome');
    expect((await loadClassroomStrings('xx')).nameLabel).to.equal('Your name');
  });
});
