/**
 * Small helpers for locale files: the words for a count through `Intl.PluralRules`, numbers and
 * percentages through `Intl.NumberFormat`, and lists of alternatives through `Intl.ListFormat`, each for
 * one language. (Not in the player's first download: only the locale files use them.) Each makes its
 * `Intl` object when first used: a page's first `Intl.NumberFormat` costs a slow laptop tens of milliseconds,
 * and a language loaded for a step without numbers need not pay it.
 */

/** The forms of a word for each plural category the language has; `other` is required. */
export type PluralForms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/**
 * A chooser for `lang`: `plural('cs')(n, { one: 'pokus', few: 'pokusy', other: 'pokusů' })` gives the
 * form `Intl.PluralRules` selects for `n` (falling back to `other`).
 */
export function plural(lang: string): (n: number, forms: PluralForms) => string {
  let rules: Intl.PluralRules | undefined;
  return (n, forms) => forms[(rules ??= new Intl.PluralRules(lang)).select(n)] ?? forms.other;
}

/** Number formatters for `lang`: `num(1234)` → "1 234" in Czech, `percent(85)` → "85 %". */
export function numbers(lang: string): { num: (n: number) => string; percent: (n: number) => string } {
  let whole: Intl.NumberFormat | undefined;
  let pct: Intl.NumberFormat | undefined;
  return {
    num: (n) => (whole ??= new Intl.NumberFormat(lang)).format(n),
    percent: (n) => (pct ??= new Intl.NumberFormat(lang, { style: 'percent', maximumFractionDigits: 0 })).format(n / 100),
  };
}

/** Joins alternatives the way `lang` says "a, b or c" (`Intl.ListFormat`, disjunction). */
export function orList(lang: string): (items: readonly string[]) => string {
  let list: Intl.ListFormat | undefined;
  return (items) => (list ??= new Intl.ListFormat(lang, { type: 'disjunction' })).format(items);
}
