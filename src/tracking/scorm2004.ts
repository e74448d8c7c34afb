/**
 * SCORM 2004 (4th edition) adapter (`window.API_1484_11`), for a single-SCO package.
 *
 * - `cmi.completion_status` (`incomplete` at the start, `completed` at the end) and
 *   `cmi.success_status` (`passed`/`failed` for a graded module) are both set explicitly;
 * - `cmi.score.scaled` is percent / 100, with `raw` the percent, `min` 0, `max` 100;
 *   `cmi.progress_measure` follows the student through the steps;
 * - `cmi.suspend_data` (64,000) and `cmi.location` (1,000) hold the progress and the current step;
 * - `cmi.session_time` and latencies are ISO 8601 durations; interactions use 2004's formats
 *   (`[,]` between items, `true`/`false`, `incorrect`), id first and type before responses.
 */
import type { ModuleMeta } from '../content/types.js';
import type { ProgressInfo } from '../machines/module-machine.js';
import type { ModuleResult } from '../machines/scoring.js';
import type { Interaction } from './interaction.js';
import { scorm2004Id, scorm2004Pattern, scorm2004Result, scorm2004Value } from './scorm-format.js';
import type { ScormVersion } from './scorm-api.js';
import { cmiTimestamp, isoDuration } from './scorm-time.js';
import { type ScormElements, ScormTracker, type ScormTrackerOptions } from './scorm-tracker.js';

export type { ScormTrackerOptions };

/** A `localized_string_type`: `{lang=xx}` and at most 250 characters of text. */
function localized(text: string, lang: string): string {
  const tag = /^[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*$/.test(lang) ? `{lang=${lang}}` : '';
  return `${tag}${text.slice(0, 250)}`;
}

/** A real number with at most 7 decimals, as `real(10,7)` wants. */
const real = (n: number) => String(Math.round(n * 1e7) / 1e7);

export class Scorm2004Tracker extends ScormTracker {
  readonly kind = 'scorm2004';
  protected readonly version: ScormVersion = '2004';
  protected readonly label = 'SCORM 2004';
  protected readonly elements: ScormElements = {
    learnerId: 'cmi.learner_id',
    location: 'cmi.location',
    locationMax: 1000,
    suspendData: 'cmi.suspend_data',
    suspendBudget: 64000,
    exit: 'cmi.exit',
    exitFinished: 'normal',
    sessionTime: 'cmi.session_time',
    interactionCount: 'cmi.interactions._count',
  };

  protected begin(write: (element: string, value: string) => void, read: (element: string) => string): void {
    const completion = read('cmi.completion_status');
    if (completion === '' || completion === 'not attempted' || completion === 'unknown') write('cmi.completion_status', 'incomplete');
  }

  protected override progress(write: (element: string, value: string) => void, progress: ProgressInfo): void {
    write('cmi.progress_measure', real(Math.max(0, Math.min(1, progress.fraction))));
  }

  /** One commit: completion, and for a graded module the score and success (2004 keeps them apart). */
  protected finish(result: ModuleResult, meta: ModuleMeta): Array<Array<[string, string]>> {
    const done: Array<[string, string]> = [['cmi.progress_measure', '1'], ['cmi.completion_status', 'completed']];
    if (meta.mode === 'practice') return [done];
    const percent = Math.max(0, Math.min(100, result.percent));
    return [[
      ...done,
      ['cmi.score.min', '0'],
      ['cmi.score.max', '100'],
      ['cmi.score.raw', real(percent)],
      ['cmi.score.scaled', real(percent / 100)],
      ['cmi.success_status', result.passed ? 'passed' : 'failed'],
    ]];
  }

  protected writeInteraction(write: (element: string, value: string) => boolean, n: number, i: Interaction, meta: ModuleMeta): boolean {
    const at = `cmi.interactions.${n}`;
    // The id first and the type before any response (else 408, "data model dependency not established").
    if (!write(`${at}.id`, scorm2004Id(i.id))) return false;
    write(`${at}.type`, i.type);
    if (i.description) write(`${at}.description`, localized(i.description, meta.lang));
    write(`${at}.timestamp`, cmiTimestamp(i.at));
    write(`${at}.weighting`, real(i.weighting));
    write(`${at}.learner_response`, scorm2004Value(i, i.response));
    i.correctResponses.forEach((pattern, m) => write(`${at}.correct_responses.${m}.pattern`, scorm2004Pattern(i, pattern)));
    write(`${at}.result`, scorm2004Result(i.result));
    write(`${at}.latency`, isoDuration(i.latencyMs));
    return true;
  }

  protected duration(ms: number): string {
    return isoDuration(ms);
  }
}
