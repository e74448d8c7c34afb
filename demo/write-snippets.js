/**
 * The write page's snippets: one Markdown block of each kind, the syntax the parser reads (see the
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
};
