/** The panel's few direct browser/DOM effects: clipboard, downloads, new tabs, print windows. */
import { browser } from 'wxt/browser';

export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    // fallback for a document without clipboard permission: a hidden textarea and execCommand('copy')
    const area = document.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.append(area);
    area.select();
    const done = document.execCommand('copy');
    area.remove();
    return done;
  }
}

export function downloadText(filename: string, text: string, type = 'application/json'): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export async function openInNewTab(url: string): Promise<void> {
  await browser.tabs.create({ url, active: true });
}

/** A blank window to fill with text nodes (lib/evidence.ts renderPrintableEvidence). */
export function openPrintWindow(): Document | null {
  const win = window.open('', '_blank');
  return win ? win.document : null;
}

export function readFileText(file: File): Promise<string> {
  return file.text();
}

export function stamp(date = new Date()): string {
  return date.toISOString().slice(0, 19).replace(/[:T]/g, '-');
}
