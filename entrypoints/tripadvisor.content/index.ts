import { defineContentScript } from 'wxt/utils/define-content-script';
import { tripadvisorMatches } from '@/lib/sites/hosts';
import { runContentScript } from '@/lib/dom/content-main';

// TripAdvisor review pages and the owner side, on every country domain (lib/sites/hosts.ts).
export default defineContentScript({
  matches: tripadvisorMatches,
  runAt: 'document_idle',
  main(ctx) {
    runContentScript(ctx);
  },
});
