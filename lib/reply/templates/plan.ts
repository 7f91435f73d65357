/**
 * The order of blocks for each strategy and tone (language-independent data). A slot lists candidate
 * blocks, best first: the first one whose required placeholder has a value is used ("acknowledge" when
 * aspects were found, else "acknowledgeGeneric"). An optional slot is skipped when none applies, and is
 * the first thing dropped when a reply must be shortened for a platform limit.
 */
import type { Strategy } from '../../analysis/types';
import type { Tone } from '../types';
import type { BlockId } from './types';

export interface PlanSlot {
  blocks: BlockId[];
  optional?: boolean;
  /** starts a new paragraph */
  paragraph?: boolean;
}

const greet: PlanSlot = { blocks: ['greeting', 'greetingNeutral'] };
const privateChannel: PlanSlot = { blocks: ['private', 'privateGeneric'] };
const acknowledge: PlanSlot = { blocks: ['acknowledge', 'acknowledgeGeneric'] };
const praise: PlanSlot = { blocks: ['praise'], optional: true };
/** a thank-you names what they liked, or else says we are glad they enjoyed the visit (one more sentence to vary) */
const thankPraise: PlanSlot = { blocks: ['praise', 'praiseGeneric'], optional: true };
const signOff: PlanSlot = { blocks: ['signOff'], paragraph: true };

export const PLANS: Record<Strategy, Record<Tone, PlanSlot[]>> = {
  thank: {
    warm: [greet, { blocks: ['thanksPraise'], paragraph: true }, thankPraise, { blocks: ['reservation'], optional: true }, { blocks: ['closingWelcome'] }, signOff],
    formal: [greet, { blocks: ['thanksPraise'], paragraph: true }, thankPraise, { blocks: ['reservation'], optional: true }, { blocks: ['closingWelcome'] }, signOff],
    brief: [greet, { blocks: ['thanksPraise'], paragraph: true }, praise, { blocks: ['closingWelcome'] }, signOff],
  },
  acknowledge_and_fix: {
    warm: [greet, { blocks: ['thanksFeedback'], paragraph: true }, praise, acknowledge, { blocks: ['apology'] }, { blocks: ['action'], paragraph: true }, privateChannel, { blocks: ['closingWelcome'] }, signOff],
    formal: [greet, { blocks: ['thanksFeedback'], paragraph: true }, praise, acknowledge, { blocks: ['apology'] }, { blocks: ['action'], paragraph: true }, privateChannel, { blocks: ['closingWelcome'] }, signOff],
    // brief: what they wrote, the apology, the private channel (what is done is said in private)
    brief: [greet, { ...acknowledge, paragraph: true }, { blocks: ['apology'] }, privateChannel, signOff],
  },
  investigate_then_reply: {
    warm: [greet, { blocks: ['thanksFeedback'], paragraph: true }, acknowledge, { blocks: ['apology'] }, { blocks: ['action'], paragraph: true }, privateChannel, { blocks: ['closingNeutral'] }, signOff],
    formal: [greet, { blocks: ['thanksFeedback'], paragraph: true }, acknowledge, { blocks: ['apology'] }, { blocks: ['action'], paragraph: true }, privateChannel, { blocks: ['closingNeutral'] }, signOff],
    brief: [greet, { ...acknowledge, paragraph: true }, { blocks: ['action'] }, privateChannel, signOff],
  },
  firm_and_factual: {
    warm: [greet, { blocks: ['thanksFeedback'], paragraph: true }, { blocks: ['facts'], optional: true, paragraph: true }, { blocks: ['wayOut'] }, { blocks: ['closingFirm'], paragraph: true }, privateChannel, signOff],
    formal: [greet, { blocks: ['thanksFeedback'], paragraph: true }, { blocks: ['facts'], optional: true, paragraph: true }, { blocks: ['wayOut'] }, { blocks: ['closingFirm'], paragraph: true }, privateChannel, signOff],
    brief: [greet, { blocks: ['facts'], optional: true, paragraph: true }, { blocks: ['wayOut'] }, { blocks: ['closingFirm'] }, signOff],
  },
  defuse_with_humor: {
    warm: [greet, { blocks: ['thanksFeedback'], paragraph: true }, { blocks: ['humor', 'humorGeneric'] }, { blocks: ['action'], paragraph: true }, privateChannel, { blocks: ['closingWelcome'] }, signOff],
    formal: [greet, { blocks: ['thanksFeedback'], paragraph: true }, { blocks: ['humor', 'humorGeneric'] }, { blocks: ['action'], paragraph: true }, privateChannel, { blocks: ['closingWelcome'] }, signOff],
    brief: [greet, { blocks: ['humor', 'humorGeneric'], paragraph: true }, { blocks: ['action'] }, signOff],
  },
  blackmail_protocol: {
    warm: [greet, { blocks: ['thanksFeedback'], paragraph: true }, { blocks: ['policy'] }, { ...privateChannel, paragraph: true }, { blocks: ['closingNeutral'] }, signOff],
    formal: [greet, { blocks: ['thanksFeedback'], paragraph: true }, { blocks: ['policy'] }, { ...privateChannel, paragraph: true }, { blocks: ['closingNeutral'] }, signOff],
    brief: [greet, { blocks: ['policy'], paragraph: true }, privateChannel, signOff],
  },
  report_and_ignore: {
    warm: [greet, { blocks: ['minimal'], paragraph: true }, { blocks: ['minimalChannel'] }, { blocks: ['closingNeutral'] }, signOff],
    formal: [greet, { blocks: ['minimal'], paragraph: true }, { blocks: ['minimalChannel'] }, { blocks: ['closingNeutral'] }, signOff],
    brief: [greet, { blocks: ['minimal'], paragraph: true }, { blocks: ['minimalChannel'] }, { blocks: ['closingNeutral'] }, signOff],
  },
};

/** Strategies most replies use: their blocks carry at least 4 wordings per tone (others at least 3). */
export const COMMON_STRATEGIES: readonly Strategy[] = ['thank', 'acknowledge_and_fix', 'investigate_then_reply'];
