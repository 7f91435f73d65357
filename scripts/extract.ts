/**
 * `npm run --silent extract -- <page-url> <html-file>`: runs the adapter that claims <page-url> on a saved
 * page (jsdom, scripts off) and prints one JSON line per review. Prints nothing when no adapter claims the URL.
 */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { adapterForUrl, extractPage } from '../lib/sites';

const [url, file] = process.argv.slice(2).filter((arg) => arg !== '--');
if (!url || !file) {
  console.error('usage: npm run --silent extract -- <page-url> <html-file>');
  process.exit(2);
}
const adapter = adapterForUrl(url);
if (adapter) {
  const dom = new JSDOM(readFileSync(file, 'utf8'), { url });
  const page = extractPage(adapter, dom.window.document, url);
  for (const r of page.reviews) {
    const layoutChanged = [...new Set([...page.layoutChanged, ...r.layoutChanged])];
    console.log(JSON.stringify({ platform: r.platform, id: r.id, author: r.author, rating: r.rating, title: r.title, text: r.text, ownerResponse: r.ownerResponse, layoutChanged }));
  }
  dom.window.close();
}
