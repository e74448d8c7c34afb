/**
 * The write page's snippets: one Markdown block of each kind (and a lesson, a pool and the guides), the syntax the parser reads (see the
 * README's authoring guide), with placeholder lesson content for the author to replace.
 */
export const SNIPPETS = {
  lesson: `# Lesson title

## Step title

Reading text, in Markdown.
`,
  choice: `:::choice id=question-id
The question?
- [ ] A wrong answer
  > Why it is wrong.
- [x] The right answer
  > Why it is right.
:::
`,
  truefalse: `:::truefalse id=statement-id answer=true
A statement to judge.
true: Feedback for "true".
false: Feedback for "false".
explain: Why.
:::
`,
  order: `:::order id=order-id
Put these in order.
1. First
2. Second
3. Third
:::
`,
  match: `:::match id=match-id
Match each item with its partner.
- Item one = Partner one
- Item two = Partner two
extra: A partner that fits nothing
:::
`,
  blanks: `:::blanks id=blanks-id
Fill the gaps.

A [gap] with one answer, and one with [two|2] accepted answers.
:::
`,
  sort: `:::sort id=sort-id
Put each card in its group.
## Group one {#one}
- A card for group one
## Group two {#two}
- A card for group two
:::
`,
  hotspot: `:::hotspot id=hotspot-id
Find the trick on this screen.
<div class="mock-screen">
<p class="card" data-hotspot="trick">Click here to win a prize!</p>
<p class="card" data-hotspot="fine">A normal post.</p>
</div>
- [x] #trick The prize message
  > Prizes you never entered for are a trick.
- [ ] #fine The normal post
:::
`,
  scenario: `:::scenario id=scenario-id
A short story: choose what to do.

## start
What happens first.
- One choice -> good
- Another choice -> bad

## good end
A good ending.

## bad end
An ending to learn from.
:::
`,
  reflect: `:::reflect id=reflect-id maxlength=300
A question to think about (never marked).
:::
`,
  helplines: `:::helplines kind=all
:::
`,
  pool: `:::pool id=pool-id draw=1

## A first question
:::truefalse id=pool-first answer=true
A statement to judge.
:::

## A second question
:::truefalse id=pool-second answer=false
Another statement to judge.
:::

:::pool-end
`,
  'teacher-guide': `:::teacher-guide
## Preparation
What to get ready before the lesson.

## Discussion
- A question to talk about together
:::
`,
  'family-tips': `:::family-tips
How to talk about this lesson at home.
:::
`,
};

/**
 * `snippet` with each `id=…` that `text` already uses made unique (`id=question-id-2`), so a block added
 * twice is still valid.
 */
export function withFreshIds(snippet, text) {
  const used = new Set([...text.matchAll(/\bid=([\w.-]+)/g)].map((m) => m[1]));
  return snippet.replace(/\bid=([\w.-]+)/g, (_m, id) => {
    let name = id;
    for (let n = 2; used.has(name); n += 1) name = `${id}-${n}`;
    used.add(name);
    return `id=${name}`;
  });
}
