import type { ReviewSnapshot } from '@/lib/review';

export const EXT_ID = 'abcdefghijklmnopabcdefghijklmnop';

export function review(overrides: Partial<ReviewSnapshot> = {}): ReviewSnapshot {
  return {
    platform: 'tripadvisor',
    id: 'r-1',
    url: 'https://www.tripadvisor.com/Hotel_Review-g1-d2-Reviews-X.html',
    author: 'Marie D',
    rating: 2,
    title: 'Noisy',
    text: 'The room was noisy and the breakfast cold.',
    date: 'September 2026',
    machineTranslated: false,
    ownerResponse: null,
    hasReplyField: true,
    truncated: false,
    layoutChanged: [],
    ...overrides,
  };
}

export const contentSender = (tabId = 7, url = 'https://www.tripadvisor.com/Hotel_Review-g1-d2') => ({ id: EXT_ID, url, tab: { id: tabId, windowId: 1 }, frameId: 0 });
export const panelSender = () => ({ id: EXT_ID, url: `chrome-extension://${EXT_ID}/sidepanel.html` });
