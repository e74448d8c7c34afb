import type { Question, Response } from '../content/types.js';
import type { AnswerRecord } from '../machines/scoring.js';

/**
 * Fired by `<nw-module>` each time the student submits an answer (or asks to see one).
 * Bubbles; not composed.
 */
export class NwAnswerEvent extends Event {
  static readonly type = 'nw-answer';
  /** The question's id in the module. */
  readonly questionId: string;
  /** The question's kind: `choice`, `truefalse`, … */
  readonly kind: Question['kind'];
  /** What the student answered. */
  readonly response: Response;
  readonly correct: boolean;
  /** 0–1; partial credit in between. */
  readonly score: number;
  /** Submissions so far. */
  readonly attempts: number;
  /** The whole record, as trackers store it. */
  readonly record: AnswerRecord;

  constructor(question: Question, record: AnswerRecord) {
    super(NwAnswerEvent.type, { bubbles: true, composed: false });
    this.questionId = question.id;
    this.kind = question.kind;
    this.response = record.response;
    this.correct = record.correct;
    this.score = record.score;
    this.attempts = record.attempts;
    this.record = record;
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'nw-answer': NwAnswerEvent;
  }
}
