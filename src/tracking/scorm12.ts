/**
 * SCORM 1.2 adapter (`window.API`). Supported by every LMS that takes SCORM, Moodle included.
 *
 * - `cmi.core.lesson_status`: `incomplete` at the start (Moodle would turn an unset status into
 *   `completed`), `passed`/`failed` at the end of a graded module, `completed` for a practice one,
 *   committed before the score (see `finish`);
 * - `cmi.core.score.raw` is the percent, with `min` 0 and `max` 100 (1.2 scores run 0–100);
 * - `cmi.suspend_data` stays under 4,096 bytes (see scorm-suspend.ts), `cmi.core.lesson_location`
 *   holds the current step id;
 * - `cmi.core.session_time` is `HH:MM:SS.SS`; interactions use 1.2's vocabulary (`wrong`, `t`/`f`,
 *   one character per option).
 */
import type { ModuleMeta } from '../content/types.js';
import type { ModuleResult } from '../machines/scoring.js';
import type { Interaction } from './interaction.js';
import { scorm12Id, scorm12Result, scorm12Type, scorm12Value, scorm12Weighting } from './scorm-format.js';
import type { ScormVersion } from './scorm-api.js';
import { cmiClockTime, cmiTimespan } from './scorm-time.js';
import { type ScormElements, ScormTracker, type ScormTrackerOptions } from './scorm-tracker.js';

export type { ScormTrackerOptions };

export class Scorm12Tracker extends ScormTracker {
  readonly kind = 'scorm12';
  protected readonly version: ScormVersion = '1.2';
  protected readonly label = 'SCORM 1.2';
  protected readonly elements: ScormElements = {
    learnerId: 'cmi.core.student_id',
    location: 'cmi.core.lesson_location',
    locationMax: 255,
    suspendData: 'cmi.suspend_data',
    // 4,096 is the limit; LMSs that count bytes or add their own framing get a small margin.
    suspendBudget: 4000,
    exit: 'cmi.core.exit',
    exitFinished: '',
    sessionTime: 'cmi.core.session_time',
    interactionCount: 'cmi.interactions._count',
  };

  protected begin(write: (element: string, value: string) => void, read: (element: string) => string): void {
    const status = read('cmi.core.lesson_status');
    if (status === '' || status === 'not attempted') write('cmi.core.lesson_status', 'incomplete');
  }

  /**
   * The status in one commit, the score in the next: Moodle 4.x works out activity completion when the
   * score arrives, from the status it has already stored, so the other order never completes it.
   * A practice module has no score at all (no grade, see the README).
   */
  protected finish(result: ModuleResult, meta: ModuleMeta): Array<Array<[string, string]>> {
    if (meta.mode === 'practice') return [[['cmi.core.lesson_status', 'completed']]];
    return [
      [['cmi.core.lesson_status', result.passed ? 'passed' : 'failed']],
      [
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', String(Math.max(0, Math.min(100, Math.round(result.percent))))],
      ],
    ];
  }

  protected writeInteraction(write: (element: string, value: string) => boolean, n: number, i: Interaction): boolean {
    const at = `cmi.interactions.${n}`;
    if (!write(`${at}.id`, scorm12Id(i.id))) return false;
    write(`${at}.type`, scorm12Type(i.type));
    write(`${at}.student_response`, scorm12Value(i, i.response));
    i.correctResponses.forEach((pattern, m) => write(`${at}.correct_responses.${m}.pattern`, scorm12Value(i, pattern)));
    write(`${at}.result`, scorm12Result(i.result));
    write(`${at}.weighting`, scorm12Weighting(i.weighting));
    write(`${at}.latency`, cmiTimespan(i.latencyMs));
    write(`${at}.time`, cmiClockTime(i.at));
    return true;
  }

  protected duration(ms: number): string {
    return cmiTimespan(ms);
  }
}
