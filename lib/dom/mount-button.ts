/**
 * The Tact button beside a review: a real <button> in an open shadow root (page CSS cannot reach it,
 * Playwright's getByRole can), in a host element inserted as the card's next sibling, never inside the
 * page's (React-owned) card. The host is absolutely positioned with no size, so the page's layout does not
 * move; the button sits over the card's bottom-right corner.
 */
export const HOST_TAG = 'tact-review-button';

// accessible names per page language (fr, en, de, es, it)
const LABELS: Record<string, string> = {
  en: 'Analyze this review with Tact',
  fr: 'Analyser cet avis avec Tact',
  de: 'Diese Bewertung mit Tact analysieren',
  es: 'Analizar esta reseña con Tact',
  it: 'Analizza questa recensione con Tact',
};

export function buttonLabel(language: string): string {
  return LABELS[language.slice(0, 2).toLowerCase()] ?? LABELS.en!;
}

/** The page's language: <html lang>, else ?hl=, else the TripAdvisor country domain. */
export function pageLanguage(doc: Document): string {
  const lang = (doc.documentElement.getAttribute('lang') ?? '').slice(0, 2).toLowerCase();
  if (LABELS[lang]) return lang;
  try {
    const url = new URL(doc.location?.href ?? '');
    const hl = (url.searchParams.get('hl') ?? '').slice(0, 2).toLowerCase();
    if (LABELS[hl]) return hl;
    const tld = /\.(fr|de|es|it)$/.exec(url.hostname)?.[1];
    if (tld) return tld;
  } catch {
    // about:blank and the like
  }
  return 'en';
}

const CSS = `
:host { all: initial; position: absolute; width: 0; height: 0; overflow: visible; z-index: 2147483000; }
button {
  position: absolute; bottom: 6px; right: 6px; box-sizing: border-box; width: 64px; height: 24px; margin: 0;
  padding: 0 8px; border: 1px solid #0b6e4f; border-radius: 12px; background: #fff; color: #0b6e4f;
  font: 600 12px/22px system-ui, sans-serif; cursor: pointer; white-space: nowrap;
}
button:hover { background: #e7f5ef; }
button:focus-visible { outline: 2px solid #0b6e4f; outline-offset: 2px; }
:host([data-side="left"]) button { right: auto; left: 6px; }
:host([data-side="below"]) button { bottom: auto; top: 4px; right: auto; left: 0; }
`;

let sharedSheet: CSSStyleSheet | null | undefined;
function styleFor(shadow: ShadowRoot): void {
  if (sharedSheet === undefined) {
    try {
      sharedSheet = new CSSStyleSheet();
      sharedSheet.replaceSync(CSS);
    } catch {
      sharedSheet = null; // no constructable stylesheets (jsdom): a <style> per root
    }
  }
  if (sharedSheet && 'adoptedStyleSheets' in shadow) shadow.adoptedStyleSheets = [sharedSheet];
  else {
    const style = shadow.ownerDocument.createElement('style');
    style.textContent = CSS;
    shadow.appendChild(style);
  }
}

export interface MountedButton {
  host: HTMLElement;
  button: HTMLButtonElement;
  remove(): void;
}

// one observer for every card: keeps each host as wide as its card, so the button stays at the card's right edge
let resizeObserver: ResizeObserver | null = null;
const hostOfCard = new WeakMap<Element, HTMLElement>();
function trackWidth(card: Element, host: HTMLElement): void {
  const RO = card.ownerDocument.defaultView?.ResizeObserver;
  if (!RO) {
    host.dataset.side ??= 'left'; // no width to track: keep to the left edge
    return;
  }
  resizeObserver ??= new RO((entries) => {
    for (const entry of entries) {
      const target = hostOfCard.get(entry.target);
      if (target) target.style.setProperty('width', `${Math.round(entry.contentRect.width)}px`, 'important');
    }
  });
  hostOfCard.set(card, host);
  resizeObserver.observe(card);
}

/**
 * Mounts the button after `card`. `onActivate` runs inside the click handler (the user's gesture is still
 * valid there). Clicks the page synthesises (`isTrusted` false) are ignored unless `allowUntrusted`.
 */
export function mountReviewButton(
  card: Element,
  options: { label: string; onActivate(): void; allowUntrusted?: boolean; side?: 'left' | 'below' },
): MountedButton {
  const doc = card.ownerDocument;
  const host = doc.createElement(HOST_TAG);
  const shadow = host.attachShadow({ mode: 'open' });
  styleFor(shadow);
  const button = doc.createElement('button');
  button.type = 'button';
  button.textContent = 'Tact';
  button.setAttribute('aria-label', options.label);
  button.title = options.label;
  button.addEventListener('click', (event) => {
    event.preventDefault();
    event.stopPropagation(); // the page's own card click handlers must not fire
    if (!event.isTrusted && !options.allowUntrusted) return;
    options.onActivate();
  });
  shadow.appendChild(button);
  if (options.side) host.dataset.side = options.side;
  card.after(host);
  trackWidth(card, host);
  return {
    host,
    button,
    remove() {
      resizeObserver?.unobserve(card);
      hostOfCard.delete(card);
      host.remove();
    },
  };
}
