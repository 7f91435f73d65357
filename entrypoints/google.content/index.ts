import { defineContentScript } from 'wxt/utils/define-content-script';
import { googleMatches } from '@/lib/sites/hosts';
import { runContentScript } from '@/lib/dom/content-main';

// Maps, the merchant reply iframe and business.google.com; all frames: the owner reply UI is an iframe.
export default defineContentScript({
  matches: googleMatches,
  allFrames: true,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx);
  },
});
