/**
 * The parts of the question elements, exported through the player so a page can style them. On its own
 * so the build-time pre-render can name them without defining any element.
 */
export const QUESTION_PARTS = 'prompt, response, actions, feedback, hint, option, option-feedback';
