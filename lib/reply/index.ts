/** The reply composer and checker (DESIGN.md "Replies"). */
export { composeReply, adviceFor, isManagerAdvice, ADVICE_PREFIX, replyLanguage, firstNameOf, trigramJaccard } from './compose';
export type { ReviewForReply } from './compose';
export { checkReply } from './check';
export type { CheckReplyOptions } from './check';
