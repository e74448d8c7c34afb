/** How the command line prints a problem: always `file:line: severity: message`, safe to print. */
import { printable } from '../content/grammar.js';
import type { ContentIssue } from '../content/types.js';

/** Formats an issue as `file:line: error: message (hint)`, the shape editors link. */
export function formatIssue(issue: ContentIssue): string {
  const text = `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}${issue.hint ? `\n    hint: ${issue.hint}` : ''}`;
  return text.split('\n').map(printable).join('\n');
}
