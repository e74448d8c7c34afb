/**
 * ESLint (flat config): typescript-eslint, eslint-plugin-lit and eslint-plugin-wc everywhere, and the
 * layer rules of the README's ARCHITECTURE section, per folder:
 *
 *   content → machines → tracking → elements (with controllers, styles) → demo / cli / server
 *
 * each layer imports only layers before it; browser code never imports `src/cli`, `src/server` or
 * `node:*`; only `src/content/markdown.ts` imports `marked`; machines use no DOM global.
 * `test/lint/layers.test.mjs` shows each rule failing on a wrong import (`test/lint/fixtures`).
 */
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import globals from 'globals';

/** Names that exist only in a browser (not in the language, not in Node): a machine uses none of them. */
const domOnly = Object.keys(globals.browser).filter((name) => !(name in globals.builtin) && !(name in globals.node));

const layer = {
  elements: { group: ['**/elements/**'], message: 'Only elements import elements (layers: content → machines → tracking → elements).' },
  controllers: { group: ['**/controllers/**'], message: 'Controllers belong to the elements layer.' },
  tracking: { group: ['**/tracking/**'], message: 'Only elements (and controllers) import tracking.' },
  machines: { group: ['**/machines/**'], message: 'Content comes before machines: it cannot import them.' },
  lit: { group: ['lit', 'lit/**', '@lit/**', 'lit-html', 'lit-html/**'], message: 'Machines are pure logic: no lit.' },
  marked: { group: ['marked'], message: 'Only the one parser (src/content/markdown.ts) imports marked.' },
  node: { group: ['node:*'], message: 'Browser code never imports node:* modules.' },
  cliServer: { group: ['**/cli/**', '**/server/**'], message: 'Browser code never imports src/cli or src/server.' },
};

/** The rule for a folder: the layers it must not import, plus what no browser file imports. */
const forbid = (...names) => ({
  'no-restricted-imports': ['error', { patterns: [...names, 'marked', 'node', 'cliServer'].map((n) => layer[n]) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'node_modules/**', 'coverage/**', 'custom-elements.json', 'test/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    ...lit.configs['flat/recommended'],
  },
  {
    files: ['**/*.ts'],
    ...wc.configs['flat/recommended'],
  },
  {
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
    },
  },
  {
    files: ['scripts/**', '**/*.mjs', '**/*.config.js', 'test/cli/**', 'test/lint/**', 'src/cli/**', 'src/server/**'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // Chai's `expect(x).to.exist` is an expression; test doubles may stand for any shape.
    files: ['test/**'],
    rules: { '@typescript-eslint/no-unused-expressions': 'off', '@typescript-eslint/no-explicit-any': 'off' },
  },
  // The layers, one folder at a time (a later entry for the same files would replace, not add to, these).
  { files: ['**/*.{ts,js,mjs}'], rules: { 'no-restricted-imports': ['error', { patterns: [layer.marked] }] } },
  {
    files: ['src/cli/**/*.ts', 'src/server/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [layer.marked, layer.elements, layer.controllers] }] },
  },
  { files: ['src/content/**/*.ts'], rules: forbid('machines', 'tracking', 'elements', 'controllers') },
  { files: ['src/content/markdown.ts'], rules: { 'no-restricted-imports': ['error', { patterns: [layer.machines, layer.tracking, layer.elements, layer.controllers, layer.node, layer.cliServer] }] } },
  {
    files: ['src/machines/**/*.ts'],
    rules: { ...forbid('tracking', 'elements', 'controllers', 'lit'), 'no-restricted-globals': ['error', ...domOnly] },
  },
  { files: ['src/tracking/**/*.ts', 'src/events/**/*.ts', 'src/i18n/**/*.ts'], rules: forbid('elements', 'controllers') },
  { files: ['src/controllers/**/*.ts', 'src/styles/**/*.ts'], rules: forbid('elements') },
  { files: ['src/elements/**/*.ts', 'src/embed/**/*.ts', 'src/index.ts', 'demo/**/*.js'], rules: forbid() },
);
