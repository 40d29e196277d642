// Service worker (Chromium) / background script (Firefox). The only place that talks to the
// irlint server: content scripts hand it a draft, it posts it to the configured server and
// hands back the report. It keeps nothing: no draft is logged, stored or cached.

import { check } from './lib/api.js';
import { loadSettings } from './lib/settings.js';

const api = globalThis.browser ?? globalThis.chrome;

// One request in flight per composer: a newer draft aborts the older request.
const inflight = new Map();

api.runtime.onMessage.addListener((msg, sender, sendResponse) => {
  if (!msg || typeof msg !== 'object') return false;
  if (msg.type === 'irlint/check' && typeof msg.text === 'string') {
    const key = `${sender.tab?.id ?? 'x'}:${sender.frameId ?? 0}:${msg.key}`;
    inflight.get(key)?.abort();
    const ctrl = new AbortController();
    inflight.set(key, ctrl);
    loadSettings(api.storage.local)
      .then((settings) => check(msg.text, settings, { signal: ctrl.signal }))
      .then((result) => {
        if (inflight.get(key) === ctrl) inflight.delete(key);
        sendResponse(ctrl.signal.aborted ? { ok: false, reason: 'replaced' } : result);
      });
    return true; // answers asynchronously
  }
  if (msg.type === 'irlint/health') {
    loadSettings(api.storage.local)
      .then((s) => fetch(`${s.serverUrl}/health`, { cache: 'no-store', credentials: 'omit' }))
      .then((r) => sendResponse({ ok: r.ok, status: r.status }))
      .catch(() => sendResponse({ ok: false, status: 0 }));
    return true;
  }
  return false;
});
