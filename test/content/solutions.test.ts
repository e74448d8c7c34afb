/** `solutions: false` (front matter) and `solution=` (a block): whether students may see right answers. */
import { expect } from '@open-wc/testing';
import type { Question } from '../../src/content/types.js';
import { validateModuleDoc } from '../../src/content/validate.js';
import { parse, src } from './source.js';

const questions = (source: string): Question[] => parse(source).doc!.lessons.flatMap((l) => l.steps.flatMap((s) => (s.question ? [s.question] : [])));
const body = ['# Lesson', '## One', ':::truefalse id=a answer=true', 'True?', ':::', '## Two', ':::truefalse id=b answer=true solution=true', 'True?', ':::'];

describe('solutions', () => {
  it('shows right answers unless the author says otherwise (nothing is written into the module)', () => {
    const qs = questions(src('---\nid: t\ntitle: T\n---', ...body));
    expect(qs.map((q) => q.solution)).to.deep.equal([undefined, undefined]);
  });

  it('hides them in every question with `solutions: false`, except where a block says `solution=true`', () => {
    const result = parse(src('---\nid: t\ntitle: T\nsolutions: false\n---', ...body));
    expect(result.issues.filter((i) => i.severity === 'error')).to.deep.equal([]);
    expect(result.doc!.meta.solutions).to.equal(false);
    expect(questions(src('---\nid: t\ntitle: T\nsolutions: false\n---', ...body)).map((q) => q.solution)).to.deep.equal([false, undefined]);
  });

  it('hides one question with `solution=false`', () => {
    const qs = questions(src('---\nid: t\ntitle: T\n---', '# L', ':::truefalse id=a answer=true solution=false', 'True?', ':::'));
    expect(qs[0].solution).to.equal(false);
  });

  it('reports a value that is neither true nor false, with its line and a hint', () => {
    const bad = parse(src('---\nid: t\ntitle: T\nsolutions: maybe\n---', ...body));
    expect(bad.issues.map((i) => [i.line, i.message, !!i.hint])).to.deep.include([4, '`solutions` must be true or false, not "maybe".', true]);
    const block = parse(src('---\nid: t\ntitle: T\n---', '# L', ':::truefalse id=a answer=true solution=later', 'True?', ':::'));
    expect(block.issues.filter((i) => /solution=later/.test(i.message)).map((i) => [i.line, !!i.hint])).to.deep.equal([[6, true]]);
  });

  it('refuses a compiled question whose `solution` is anything but false', () => {
    const doc = parse(src('---\nid: t\ntitle: T\n---', ...body)).doc!;
    (doc.lessons[0].steps[0].question as unknown as { solution: unknown }).solution = 'no';
    expect(validateModuleDoc(doc).join(' ')).to.match(/`solution` that is not false/);
  });
});
