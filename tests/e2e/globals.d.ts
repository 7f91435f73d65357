// Code passed to serviceWorker.evaluate()/page.evaluate() runs in the extension, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;
