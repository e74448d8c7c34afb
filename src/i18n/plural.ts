/**
 * Small helpers for locale files: the words for a count through `Intl.PluralRules`, numbers and
 * percentages through `Intl.NumberFormat`, and lists of alternatives through `Intl.ListFormat`, each for
 * one language. (Not in the player's first download: only the locale files use them.)
 */

/** The forms of a word for each plural category the language has; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A chooser for `lang`: `plural('cs')(n, { one: 'pokus', few: 'pokusy', other: 'pokusů' })` gives the
 * form `Intl.PluralRules` selects for `n` (falling back to `other`).
 */
export function plural(lang: string): (n: number, forms: PluralForms) => string {
  const rules = new Intl.PluralRules(lang);
  return (n, forms) => forms[rules.select(n)] ?? forms.other;
}

/** Number formatters for `lang`: `num(1234)` → "1 234" in Czech, `percent(85)` → "85 %". */
export function numbers(lang: string): { num: (n: number) => string; percent: (n: number) => string } {
  const whole = new Intl.NumberFormat(lang);
  const pct = new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 });
  return { num: (n) => whole.format(n), percent: (n) => pct.format(n / 100) };
}

/** Joins alternatives the way `lang` says "a, b or c" (`Intl.ListFormat`, disjunction). */
export function orList(lang: string): (items: readonly string[]) => string {
  const list = new Intl.ListFormat(lang, { type: 'disjunction' });
  return (items) => list.format(items);
}
