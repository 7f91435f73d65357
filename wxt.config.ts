import { defineConfig } from 'wxt';
import { stripRuleDocsVitePlugin } from './lib/analysis/build/strip-rule-docs';

// Every permission and host is explained in README.md ("Permissions").
export default defineConfig({
  // TACT_OUT_DIR lets a test run build beside another one without clobbering it
  outDir: process.env.TACT_OUT_DIR ?? '.output',
  manifestVersion: 3,
  manifest: {
    name: 'Tact — reply to reviews with a cool head',
    short_name: 'Tact',
    description:
      'Classifies TripAdvisor and Google reviews, flags blackmail, drafts a measured reply and checks it. Everything stays on your machine.',
    // unlimitedStorage: drafts with their versions and blackmail evidence must never be refused for space (no install warning)
    permissions: ['storage', 'unlimitedStorage', 'sidePanel', 'contextMenus', 'activeTab', 'scripting'],
    host_permissions: [],
    action: { default_title: 'Open Tact' },
    side_panel: { default_path: 'sidepanel.html' },
    commands: {
      // not Alt+Shift+T: Chromium keeps that for "focus the toolbar" and silently leaves the command unbound
      _execute_action: { suggested_key: { default: 'Alt+Shift+Y' }, description: 'Open Tact' },
    },
    content_security_policy: {
      extension_pages: "script-src 'self'; object-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'",
    },
  },
  hooks: {
    // The manifest's matches come from lib/sites/hosts.ts; content scripts declare them there too.
    'build:manifestGenerated': (_wxt, manifest) => {
      for (const script of manifest.content_scripts ?? []) script.matches = [...new Set(script.matches)];
    },
  },
  vite: () => ({
    // rule examples and notes are for tests and docs; the extension ships the patterns only
    plugins: [stripRuleDocsVitePlugin()],
    build: { sourcemap: false },
  }),
});

