/**
 * The block readers, by kind. Adding a question kind means: a type in `types.ts`, a reader here,
 * a scorer in `machines/scoring.ts`, and an element.
 */
import type { Question } from '../types.js';
import type { BlockContext, RawBlock } from '../blocks.js';
import { readBlanks } from './blanks.js';
import { readChoice } from './choice.js';
import { readHelplines } from './helplines.js';
import { readHotspot } from './hotspot.js';
import { readMatch } from './match.js';
import { readOrder } from './order.js';
import { readReflect } from './reflect.js';
import { readScenario } from './scenario.js';
import { readSort } from './sort.js';
import { readTrueFalse } from './truefalse.js';

export type BlockReader = (block: RawBlock, ctx: BlockContext) => Question;

export const blockReaders: Record<string, BlockReader> = {
  choice: readChoice,
  truefalse: readTrueFalse,
  order: readOrder,
  match: readMatch,
  blanks: readBlanks,
  sort: readSort,
  hotspot: readHotspot,
  scenario: readScenario,
  reflect: readReflect,
};

/** Blocks that are not questions but a piece of the step's HTML (an element the player fills in). */
export const htmlBlockReaders: Record<string, (block: RawBlock, ctx: BlockContext) => string> = {
  helplines: readHelplines,
};
