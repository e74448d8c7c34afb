/**
 * The machines with every kind's grading: what runs a question or a module anywhere but in the player
 * (pages that drive an element themselves, the server, tests). The player builds its own with the
 * grading of the kinds its module uses (`kinds/load.ts`), so it downloads no other kind's.
 */
import { gradingOf } from './grading.js';
import { moduleMachineWith } from './module-machine.js';
import { questionMachineWith } from './question-machine.js';

export const questionMachine = questionMachineWith(gradingOf);
export const moduleMachine = moduleMachineWith(questionMachine);
