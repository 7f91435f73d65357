// Code passed to serviceWorker.evaluate() runs in the extension's worker, where `chrome` exists.
declare const chrome: typeof import('wxt/browser').browser;
