/** Joins alternatives the way `lang` says "a, b or c" (`Intl.ListFormat`, disjunction). */
export function orList(lang: string): (items: readonly string[]) => string {
  const list = new Intl.ListFormat(lang, { type: 'disjunction' });
  return (items) => list.format(items);
}
