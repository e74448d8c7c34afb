/**
 * Words for a response, for the summary's review list: "True", the picked options, the order given,
 * the pairs made, the text typed. Presentation only; the HTML returned is sanitised by the caller.
 * Text the student typed is escaped here, so it always shows as text.
 */
import type { Question, Response } from '../content/types.js';
import { walkScenario } from '../machines/scoring.js';
import type { Translation } from '../i18n/translation.js';
import './english.js';

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const ids = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : []);
const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
/** The HTML of the item with `id`, or nothing. */
const htmlOf = (items: ReadonlyArray<{ id: string; html: string }>, id: unknown) => items.find((i) => i.id === id)?.html;
const list = (parts: Array<string | undefined>, separator = '; ') => parts.filter((p): p is string => !!p).join(separator);

function describe(question: Question, response: unknown, t: Translation): string {
  switch (question.kind) {
    case 'choice':
      return list(question.options.filter((o) => ids(response).includes(o.id)).map((o) => o.html));
    case 'truefalse':
      return response === true ? t.trueLabel : t.falseLabel;
    case 'order':
      return list(ids(response).map((id) => htmlOf(question.items, id)), ' → ');
    case 'match': {
      const given = isRecord(response) ? response : {};
      return list(question.pairs.map((p) => {
        const target = htmlOf(question.targets, given[p.id]);
        return target ? `${p.html} → ${target}` : undefined;
      }));
    }
    case 'sort': {
      const given = isRecord(response) ? response : {};
      return list(question.groups.map((g) => {
        const cards = question.cards.filter((c) => given[c.id] === g.id).map((c) => c.html);
        return cards.length ? `${g.html}: ${cards.join(', ')}` : undefined;
      }));
    }
    case 'blanks':
      return list(ids(response).map((text) => (text.trim() ? escape(text.trim()) : '…')), ' · ');
    case 'hotspot':
      return list(question.regions.filter((r) => ids(response).includes(r.id)).map((r) => escape(r.label)));
    case 'scenario': {
      const choices = question.nodes.flatMap((n) => n.choices);
      const end = walkScenario(question, ids(response));
      return list([...ids(response).map((id) => htmlOf(choices, id)), end?.ending ? end.html : undefined], ' → ');
    }
    case 'reflect': {
      if (!isRecord(response)) return '';
      if (typeof response.choice === 'string') return htmlOf(question.options, response.choice) ?? '';
      return typeof response.text === 'string' ? escape(response.text) : '';
    }
  }
}

export function describeResponse(question: Question, response: Response | undefined, t: Translation): string {
  if (response === undefined) return t.notAnswered;
  return describe(question, response, t) || t.notAnswered;
}
