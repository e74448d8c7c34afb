/** `npm run analyze` writes custom-elements.json from the elements' JSDoc (@fires, @csspart, @cssprop). */
export default {
  globs: ['src/elements/nw-*.ts', 'src/elements/question-element.ts'],
  exclude: ['src/elements/*.test.ts'],
  outdir: '.',
  litelement: true,
};
