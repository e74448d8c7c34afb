/**
 * Small helpers the arranging question elements share (`nw-order`, `nw-sort`, `nw-match`): the
 * display order the machine chose, moving an id in a list, plain text for announcements and
 * `<option>`s, and the drop zone under the pointer.
 */

/**
 * `items` in the machine's display order (`context.order`, when the question machine shuffles), with
 * any item the order misses after it in authored order. Without an order: authored order.
 */
export function inMachineOrder<T extends { id: string }>(items: readonly T[], context: unknown): T[] {
  const order = (context as { order?: unknown } | undefined)?.order;
  if (!Array.isArray(order)) return [...items];
  const byId = new Map(items.map((i) => [i.id, i]));
  const shown = order.map((id) => byId.get(id as string)).filter((i): i is T => i !== undefined);
  return [...new Set([...shown, ...items])];
}

/**
 * A keyed response (match: target by pair; sort: group by card) read safely: only `keys` that are the
 * response's own properties, with a value among `allowed`.
 */
export function assignments(response: unknown, keys: readonly string[], allowed: readonly string[]): Map<string, string> {
  const found = new Map<string, string>();
  if (!response || typeof response !== 'object' || Array.isArray(response)) return found;
  for (const key of keys) {
    const value = Object.prototype.hasOwnProperty.call(response, key) ? (response as Record<string, unknown>)[key] : undefined;
    if (typeof value === 'string' && allowed.includes(value)) found.set(key, value);
  }
  return found;
}

/** True when `list` holds each of `ids` exactly once and nothing else. */
export function isArrangementOf(list: unknown, ids: readonly string[]): list is string[] {
  return Array.isArray(list) && list.length === ids.length && new Set(list).size === ids.length && ids.every((id) => list.includes(id));
}

/** A copy of `ids` with `id` moved to index `to` (clamped to the list). */
export function moveTo(ids: readonly string[], id: string, to: number): string[] {
  const rest = ids.filter((x) => x !== id);
  const at = Math.max(0, Math.min(rest.length, to));
  return [...rest.slice(0, at), id, ...rest.slice(at)];
}

/**
 * The next text for a live region: a repeated message gets a no-break space added (or taken off), so
 * the region changes and screen readers say it again (e.g. "position 1 of 4" at the top of the list).
 */
export function again(previous: string, next: string): string {
  return previous === next ? `${next}\u00a0` : next;
}

/** The text of author HTML, for spoken announcements and `<option>` labels (never parsed into the page). */
export function plainText(markup: string): string {
  return (new DOMParser().parseFromString(markup, 'text/html').body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

/**
 * The `data-zone` of the innermost drop zone under a viewport point in `root`. Elements inside the
 * thing being dragged (marked `data-drag="<id>"`, id `dragged`) are looked through: it follows the pointer.
 */
export function zoneAt(root: Element | ShadowRoot | DocumentFragment, x: number, y: number, dragged?: string | null): string | null {
  const from = 'elementsFromPoint' in root ? (root as ShadowRoot).elementsFromPoint(x, y) : document.elementsFromPoint(x, y);
  for (const el of from) {
    if (dragged != null && el.closest<HTMLElement>('[data-drag]')?.dataset.drag === dragged) continue;
    const zone = el.closest<HTMLElement>('[data-zone]')?.dataset.zone;
    if (zone !== undefined) return zone;
  }
  return null;
}
