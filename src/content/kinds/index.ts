/**
 * The block readers, by kind. Adding a question kind means: a type in `types.ts`, a reader here,
 * a scorer in `machines/scoring.ts`, and an element.
 */
import type { Question } from '../types.js';
import type { BlockContext, RawBlock } from '../blocks.js';
import { readChoice } from './choice.js';
import { readTrueFalse } from './truefalse.js';

export type BlockReader = (block: RawBlock, ctx: BlockContext) => Question;

export const blockReaders: Record<string, BlockReader> = {
  choice: readChoice,
  truefalse: readTrueFalse,
};
