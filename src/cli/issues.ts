/** How the command line prints a problem in a module source. */
import type { ContentIssue } from '../content/types.js';

/** Formats an issue as `file:line: error: message (hint)`, the shape editors link. */
export function formatIssue(issue: ContentIssue): string {
  return `${issue.file}:${issue.line}: ${issue.severity}: ${issue.message}${issue.hint ? `\n    hint: ${issue.hint}` : ''}`;
}
