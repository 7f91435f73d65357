// @vitest-environment jsdom
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { HOST_TAG, buttonLabel, mountReviewButton, pageLanguage } from '../../../lib/dom/mount-button';

beforeEach(() => {
  document.documentElement.lang = '';
  document.body.innerHTML = '<div id="parent"><div class="card" id="card"><p>review</p></div><div id="next"></div></div>';
});

describe('mountReviewButton', () => {
  it('puts a real, named <button> in an open shadow root, in a host right after the card (not inside it)', () => {
    const card = document.getElementById('card')!;
    const mounted = mountReviewButton(card, { label: buttonLabel('fr'), onActivate: () => undefined });
    expect(card.nextElementSibling).toBe(mounted.host);
    expect(card.contains(mounted.host)).toBe(false);
    expect(mounted.host.tagName.toLowerCase()).toBe(HOST_TAG);
    expect(mounted.host.shadowRoot?.mode).toBe('open');
    expect(mounted.button.tagName).toBe('BUTTON');
    expect(mounted.button.type).toBe('button');
    expect(mounted.button.getAttribute('aria-label')).toBe('Analyser cet avis avec Tact');
    expect(mounted.button.tabIndex).toBe(0); // reachable by keyboard
    // takes no room in the page's flow: absolutely positioned, no size
    expect(mounted.host.shadowRoot!.querySelector('style')?.textContent).toMatch(/:host \{[^}]*position: absolute; width: 0; height: 0/);
    mounted.remove();
    expect(document.querySelector(HOST_TAG)).toBeNull();
    expect(card.isConnected).toBe(true);
  });

  it('activates on trusted clicks only (unless told otherwise) and keeps the click from the page', () => {
    const card = document.getElementById('card')!;
    const pageClick = vi.fn();
    document.getElementById('parent')!.addEventListener('click', pageClick);
    const onActivate = vi.fn();
    const strict = mountReviewButton(card, { label: 'x', onActivate });
    strict.button.click(); // synthetic: isTrusted false
    expect(onActivate).not.toHaveBeenCalled();
    strict.remove();
    const lenient = mountReviewButton(card, { label: 'x', onActivate, allowUntrusted: true });
    lenient.button.click();
    expect(onActivate).toHaveBeenCalledTimes(1);
    expect(pageClick).not.toHaveBeenCalled();
  });

  it('names the button in the page language: <html lang>, ?hl=, then the TripAdvisor domain', () => {
    expect(['en', 'fr', 'de', 'es', 'it', 'ja'].map(buttonLabel)).toEqual([
      'Analyze this review with Tact', 'Analyser cet avis avec Tact', 'Diese Bewertung mit Tact analysieren',
      'Analizar esta reseña con Tact', 'Analizza questa recensione con Tact', 'Analyze this review with Tact',
    ]);
    document.documentElement.lang = 'de-DE';
    expect(pageLanguage(document)).toBe('de');
    document.documentElement.lang = '';
    expect(pageLanguage(document)).toBe('en');
  });
});
