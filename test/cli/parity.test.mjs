/**
 * `netwise check` on a translation: each kind of drift from the English file that would break LMS records
 * or scores is an error at the translation's line; wording, examples and sources may differ.
 * Run after `npm run build:lib`: node --test test/cli/parity.test.mjs
 */
import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../../', import.meta.url));
const cli = join(root, 'dist/cli/netwise.js');
const fixture = join(root, 'test/cli/fixtures/parity');
const FR = readFileSync(join(fixture, 'fr.md'), 'utf8');
const work = mkdtempSync(join(tmpdir(), 'netwise-parity-'));
after(() => rmSync(work, { recursive: true, force: true }));

let n = 0;
/** Checks a copy of the fixture module whose French file is `fr`: the exit code and each printed line. */
function check(fr) {
  const dir = join(work, `m${(n += 1)}`, 'parity-test');
  cpSync(fixture, dir, { recursive: true });
  writeFileSync(join(dir, 'fr.md'), fr);
  const run = spawnSync(process.execPath, [cli, 'check', dir], { cwd: dir, encoding: 'utf8' });
  return { code: run.status, out: run.stdout + run.stderr, errors: run.stdout.split('\n').filter((l) => / error: /.test(l)) };
}

/** `fr.md` with one change (the `from` text must be there, so a fixture edit cannot silently void a test). */
function drift(from, to) {
  assert.ok(FR.includes(from), `the fixture has ${JSON.stringify(from)}`);
  return FR.replace(from, to);
}

const lineOf = (text, needle) => text.split('\n').findIndex((l) => l.includes(needle)) + 1;

test('a faithful translation passes: other words, examples, sources and group titles with the English ids', () => {
  const { code, out } = check(FR);
  assert.equal(code, 0, out);
  assert.match(out, /Checked 2 module files: 0 errors, 0 warnings/);
});

const CASES = [
  {
    what: 'a question missing',
    fr: () => drift(':::truefalse id=change-monthly answer=false\nIl faut changer tous ses mots de passe chaque mois.\n:::\n', ''),
    message: /The question "change-monthly" \(truefalse, .*en\.md line \d+\) is missing here/,
    at: (fr) => lineOf(fr, ':::choice id=strongest'),
  },
  {
    what: 'a question added',
    fr: () => drift('## Vrai ou faux {#step-truefalse}', '## En plus {#step-extra}\n:::truefalse id=extra answer=true\nUne question en plus.\n:::\n\n## Vrai ou faux {#step-truefalse}'),
    message: /The question "extra" \(truefalse\) is not in .*en\.md/,
    at: (fr) => lineOf(fr, ':::truefalse id=extra'),
  },
  {
    what: 'another id',
    fr: () => drift(':::choice id=strongest', ':::choice id=plus-solide'),
    message: /The question "plus-solide" \(choice\) is not in/,
    at: (fr) => lineOf(fr, ':::choice id=plus-solide'),
  },
  {
    what: 'another kind',
    fr: () => drift(':::truefalse id=change-monthly answer=false\nIl faut changer tous ses mots de passe chaque mois.\n',
      ':::choice id=change-monthly\nFaut-il changer tous ses mots de passe chaque mois ?\n- [ ] Oui\n- [x] Non\n'),
    message: /"change-monthly" is a choice question here but a truefalse question/,
    at: (fr) => lineOf(fr, ':::choice id=change-monthly'),
  },
  {
    what: 'an option fewer',
    fr: () => drift('- [ ] M0tdep@sse\n', ''),
    message: /"strongest": number of options is 2 here but 3 in/,
    at: (fr) => lineOf(fr, ':::choice id=strongest'),
  },
  {
    what: 'another right option',
    fr: () => drift('- [ ] Ete2024!\n- [x] bouilloire', '- [x] Ete2024!\n- [ ] bouilloire'),
    message: /"strongest": right options is a here but b in/,
    at: (fr) => lineOf(fr, ':::choice id=strongest'),
  },
  {
    what: 'another true-or-false answer',
    fr: () => drift(':::truefalse id=change-monthly answer=false', ':::truefalse id=change-monthly answer=true'),
    message: /"change-monthly": right answer is true here but false in/,
    at: (fr) => lineOf(fr, ':::truefalse id=change-monthly'),
  },
  {
    what: 'an order item fewer',
    fr: () => drift("3. Bloque et signale l'expéditeur\n", ''),
    message: /"report-steps": number of items is 2 here but 3 in/,
    at: (fr) => lineOf(fr, ':::order id=report-steps'),
  },
  {
    what: 'two items sharing a partner where English has one each',
    fr: () => drift('- Logiciel malveillant = Un programme fait pour abîmer ton appareil',
      "- Logiciel malveillant = Un message qui se fait passer pour quelqu'un de confiance"),
    message: /"words": right pairs is a→1, b→1 here but a→1, b→2 in/,
    at: (fr) => lineOf(fr, ':::match id=words'),
  },
  {
    what: 'a match pair fewer',
    fr: () => drift('- Logiciel malveillant = Un programme fait pour abîmer ton appareil\n', ''),
    message: /"words": number of items is 1 here but 2 in/,
    at: (fr) => lineOf(fr, ':::match id=words'),
  },
  {
    what: 'a gap fewer',
    fr: () => drift('Active aussi la [double authentification].', 'Active aussi la double authentification.'),
    message: /"tips": number of gaps is 1 here but 2 in/,
    at: (fr) => lineOf(fr, ':::blanks id=tips'),
  },
  {
    what: 'a sort group whose id came from its translated title',
    fr: () => drift('## Hameçonnage {#phishing}', '## Hameçonnage'),
    message: /"inbox": group ids is hameconnage, genuine here but phishing, genuine in/,
    at: (fr) => lineOf(fr, ':::sort id=inbox'),
  },
  {
    what: 'a card in another group',
    fr: () => drift('## Hameçonnage {#phishing}\n- Ton compte est bloqué ! Clique ici dans les 24 heures.\n## Authentique {#genuine}\n',
      '## Hameçonnage {#phishing}\n## Authentique {#genuine}\n- Ton compte est bloqué ! Clique ici dans les 24 heures.\n'),
    message: /"inbox": right groups is c1→genuine, c2→genuine here but c1→phishing, c2→genuine in/,
    at: (fr) => lineOf(fr, ':::sort id=inbox'),
  },
  {
    what: 'a hotspot region fewer',
    fr: () => drift("- [ ] #help Lien d'aide\n", ''),
    message: /"shop": number of regions is 2 here but 3 in/,
    at: (fr) => lineOf(fr, ':::hotspot id=shop'),
  },
  {
    what: 'another region to find',
    fr: () => drift('- [x] #price Prix seulement en gemmes', '- [ ] #price Prix seulement en gemmes'),
    message: /"shop": regions to find is timer here but timer, price in/,
    at: (fr) => lineOf(fr, ':::hotspot id=shop'),
  },
  {
    what: 'a story part more',
    fr: () => drift('- Le bloquer et le signaler -> safe\n', '- Le bloquer et le signaler -> safe\n- Demander comment ça marche -> asked\n\n## asked\n« Facile. »\n- OK -> hacked\n'),
    message: /"free-skins": number of story parts is 4 here but 3 in/,
    at: (fr) => lineOf(fr, ':::scenario id=free-skins'),
  },
  {
    what: 'a story choice leading elsewhere',
    fr: () => drift('- Envoyer tes identifiants -> hacked', '- Envoyer tes identifiants -> safe'),
    message: /"free-skins": choices and where they lead is start\.a→safe, start\.b→safe here but start\.a→hacked, start\.b→safe in/,
    at: (fr) => lineOf(fr, ':::scenario id=free-skins'),
  },
  {
    what: "another ending's score",
    fr: () => drift('## safe end score=100', '## safe end score=50'),
    message: /"free-skins": endings and their scores is hacked=0, safe=0\.5 here but hacked=0, safe=1 in/,
    at: (fr) => lineOf(fr, ':::scenario id=free-skins'),
  },
  {
    what: 'a poll where English has a free answer',
    fr: () => drift("Qu'est-ce que tu feras autrement en ligne après aujourd'hui ?\n", "Qu'est-ce que tu feras autrement en ligne après aujourd'hui ?\n- Rien\n- Tout\n"),
    message: /"feelings": number of poll options is 2 here but 0 in/,
    at: (fr) => lineOf(fr, ':::reflect id=feelings'),
  },
  {
    what: 'another pass mark',
    fr: () => drift('passMark: 70', 'passMark: 80'),
    message: /The pass mark is 80 here but 70 in .*en\.md \(line \d+\)/,
    at: (fr) => lineOf(fr, 'passMark:'),
  },
  {
    what: 'another module id',
    fr: () => drift('id: parity-test', 'id: securite-en-ligne'),
    message: /The module id is securite-en-ligne here but parity-test in/,
    at: () => 2,
  },
  {
    what: 'a pool with another draw',
    fr: () => drift(':::pool id=quick-checks draw=1', ':::pool id=quick-checks draw=2'),
    message: /The pool "quick-checks" is draw 2 of bank-password, prize here but draw 1 of bank-password, prize in/,
    at: (fr) => lineOf(fr, ':::pool id=quick-checks'),
  },
  {
    what: 'a pool missing',
    fr: () => drift(':::pool id=quick-checks draw=1\n\n', '').replace(':::pool-end\n\n', '## Les trous bis {#after-pool}\n'),
    message: /The pool "quick-checks" \(.*en\.md line \d+\) is missing here/,
    at: () => 1,
  },
  {
    what: 'a question weight',
    fr: () => drift(':::order id=report-steps', ':::order id=report-steps weight=2'),
    message: /"report-steps" has weight 2 here but 1 in/,
    at: (fr) => lineOf(fr, ':::order id=report-steps'),
  },
];

for (const c of CASES) {
  test(`drift is an error at the translation's line: ${c.what}`, () => {
    const fr = c.fr();
    const { code, out, errors } = check(fr);
    assert.equal(code, 1, `${c.what} fails the check:\n${out}`);
    const hit = errors.find((l) => c.message.test(l));
    assert.ok(hit, `an error matching ${c.message}:\n${out}`);
    assert.match(hit, new RegExp(`fr\\.md:${c.at(fr)}: error: `), `at the right line:\n${out}`);
    // The English file is never blamed: its own check stays clean.
    assert.ok(!/en\.md:\d+: error/.test(out), out);
  });
}

test('questions in another order are a warning, not an error (records are kept by id)', () => {
  const order = ":::order id=report-steps\nQuelqu'un t'envoie un message méchant. Remets tes actions dans l'ordre.\n1. Ne réponds pas\n2. Fais une capture d'écran\n3. Bloque et signale l'expéditeur\n:::\n";
  const tf = ':::truefalse id=change-monthly answer=false\nIl faut changer tous ses mots de passe chaque mois.\n:::\n';
  const fr = drift(tf, '@@').replace(order, tf).replace('@@', order);
  const { code, out } = check(fr);
  assert.equal(code, 0, out);
  assert.match(out, new RegExp(`fr\\.md:${lineOf(fr, ':::order id=report-steps')}: warning: The questions are in another order`));
});
