/**
 * What a student did in a first step shown before the player ran (the embed's early step, or the step
 * `netwise pack` writes into its pages: `prerender.ts`), carried over to the player's own step when it
 * takes over: the options they chose, and where their keyboard focus was. The copy works like a plain
 * form meanwhile (its options can be chosen; its buttons show what they will do and wait for the player),
 * so a student on a slow laptop who answers at once loses nothing, and focus does not fall to the page.
 */
import type { ReactiveElement } from '@lit/reactive-element';

/** Where focus can be, in the copy and in the player alike: the question's controls, or the step's. */
type Place = { in: 'question' | 'step'; index: number };

/** What the copy of a first step holds when the player takes over. */
export interface CopyState {
  /** The copy's step (`data-step` on the copy's holder). */
  step: string;
  /** The positions of the options chosen, in the order they are shown. */
  chosen: number[];
  /** The control that had focus, by its place among the focusable controls of its part. */
  focus?: Place;
}

const FOCUSABLE = 'input, button, a[href], [tabindex]';

/** The question element of a step (in the copy as in the player: the one element that exports parts). */
const QUESTION = 'section[part="step"] [exportparts]';
const questionOf = (root: ShadowRoot | null | undefined) => root?.querySelector(QUESTION)?.shadowRoot;

/** `el`'s place among the focusable controls of `root`. */
const placeIn = (root: ParentNode, el: Element) => [...root.querySelectorAll(FOCUSABLE)].indexOf(el);

/** What the student did in the copy whose holder is `holder` (`[data-nw-prerendered]`). */
export function readCopy(holder: Element): CopyState | undefined {
  const step = holder.getAttribute('data-step');
  const copy = holder.shadowRoot;
  if (step === null || !copy) return undefined;
  const question = questionOf(copy);
  const inputs = [...(question?.querySelectorAll<HTMLInputElement>('input') ?? [])];
  const chosen = inputs.flatMap((input, i) => (input.checked ? [i] : []));
  let focus: Place | undefined;
  if (question?.activeElement) focus = { in: 'question', index: placeIn(question, question.activeElement) };
  else if (copy.activeElement && !copy.activeElement.matches(QUESTION)) focus = { in: 'step', index: placeIn(copy, copy.activeElement) };
  return { step, chosen, focus: focus && focus.index >= 0 ? focus : undefined };
}

/** The player's step when it takes over: its id, and whether its question (if any) is still untouched. */
export interface CarryTarget {
  step: string | undefined;
  /** The module machine says so (`isUntouched`): no answer, no draft resumed. */
  untouched: boolean;
}

/**
 * Carries `state` over to the player's step in `root` (the player's shadow root). The options chosen
 * carry over when that step is the copy's (the player may have resumed elsewhere) and its question is
 * untouched; they are chosen by clicking them, as the student did, so the player saves the choice as any
 * other. Focus goes to the same control, or to the step's heading when there is no such control.
 */
export async function carryOver(state: CopyState, root: ShadowRoot, to: CarryTarget): Promise<void> {
  if (!state.chosen.length && !state.focus) return;
  const same = state.step === to.step;
  const el = same ? root.querySelector<ReactiveElement>(QUESTION) : null;
  await el?.updateComplete;
  const question = el?.shadowRoot;
  if (to.untouched && state.chosen.length) {
    const inputs = question?.querySelectorAll<HTMLInputElement>('input');
    for (const i of state.chosen) inputs?.[i]?.click();
    await el?.updateComplete;
  }
  if (!state.focus) return;
  const scope = !same ? undefined : state.focus.in === 'question' ? question : root;
  const target = scope?.querySelectorAll<HTMLElement>(FOCUSABLE)[state.focus.index] ?? root.querySelector<HTMLElement>('#step-title');
  target?.focus();
}
