/**
 * The grading of the kinds a module uses, for the player: choice's is in the first download, every
 * other kind's loads beside that kind's element, and no kind the module does not use is downloaded.
 */
import type { Question, QuestionKind } from '../../content/types.js';
import type { GradingOf, KindGrading } from '../response-shape.js';
import { choiceGrading } from './choice.js';

type Loader = () => Promise<KindGrading>;
const as = <Q extends Question>(g: KindGrading<Q>) => g as unknown as KindGrading;

const loaders: Record<Exclude<QuestionKind, 'choice'>, Loader> = {
  truefalse: () => import('./truefalse.js').then((m) => as(m.truefalseGrading)),
  order: () => import('./order.js').then((m) => as(m.orderGrading)),
  match: () => import('./match.js').then((m) => as(m.matchGrading)),
  blanks: () => import('./blanks.js').then((m) => as(m.blanksGrading)),
  sort: () => import('./sort.js').then((m) => as(m.sortGrading)),
  hotspot: () => import('./hotspot.js').then((m) => as(m.hotspotGrading)),
  scenario: () => import('./scenario.js').then((m) => as(m.scenarioGrading)),
  reflect: () => import('./reflect.js').then((m) => as(m.reflectGrading)),
};

/** Loads the grading of `kinds`; the result grades questions of those kinds (and throws for others). */
export async function loadGradings(kinds: Iterable<QuestionKind>): Promise<GradingOf> {
  const table = new Map<QuestionKind, KindGrading>([['choice', as(choiceGrading)]]);
  await Promise.all(
    [...new Set(kinds)].map(async (kind) => {
      if (kind !== 'choice') table.set(kind, await loaders[kind]());
    }),
  );
  return (question) => {
    const grading = table.get(question.kind);
    if (!grading) throw new Error(`No grading loaded for a ${question.kind} question.`);
    return grading;
  };
}
