/**
 * Durations and clock times in the formats each SCORM version accepts. Pure functions: no DOM.
 *
 * SCORM 1.2 `CMITimespan` is `HHHH:MM:SS.SS` with 2–4 hour digits (Moodle rejects `0:05:00`);
 * SCORM 2004 `timeinterval` is an ISO 8601 duration with at most two decimals on the seconds.
 */

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** Splits whole milliseconds into hours, minutes, seconds and hundredths (rounded to hundredths). */
function split(ms: number): { h: number; m: number; s: number; cs: number } {
  const total = Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10)); // hundredths of a second
  return { h: Math.floor(total / 360000), m: Math.floor(total / 6000) % 60, s: Math.floor(total / 100) % 60, cs: total % 100 };
}

/** SCORM 1.2 `CMITimespan`, e.g. `00:05:07.25`; capped at `9999:59:59.99`. */
export function cmiTimespan(ms: number): string {
  const { h, m, s, cs } = split(ms);
  if (h > 9999) return '9999:59:59.99';
  return `${pad(h)}:${pad(m)}:${pad(s)}${cs ? `.${pad(cs)}` : ''}`;
}

/** SCORM 2004 (and xAPI) duration, e.g. `PT1H5M30.25S`; zero is `PT0S`. */
export function isoDuration(ms: number): string {
  const { h, m, s, cs } = split(ms);
  const seconds = cs ? `${s}.${pad(cs)}`.replace(/0$/, '') : String(s);
  return `PT${h ? `${h}H` : ''}${m ? `${m}M` : ''}${s || cs || (!h && !m) ? `${seconds}S` : ''}`;
}

/** SCORM 1.2 `CMITime`: the local clock time of day, `HH:MM:SS`. */
export function cmiClockTime(at: Date): string {
  return `${pad(at.getHours())}:${pad(at.getMinutes())}:${pad(at.getSeconds())}`;
}

/** SCORM 2004 `time(second,10,0)`: local date and time to the second, `YYYY-MM-DDThh:mm:ss`. */
export function cmiTimestamp(at: Date): string {
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}T${cmiClockTime(at)}`;
}
