// One call to the irlint server: `POST {serverUrl}/api/v1/check`, as in the check contract.

export const TIMEOUT_MS = 8000;

export function buildRequest(text, settings) {
  const body = { text, audience: settings.audience };
  if (settings.disabledRules.length) body.disabledRules = settings.disabledRules;
  const headers = { 'Content-Type': 'application/json', Accept: 'application/json' };
  if (settings.token) headers.Authorization = `Bearer ${settings.token}`;
  return {
    url: `${settings.serverUrl}/api/v1/check`,
    init: { method: 'POST', headers, body: JSON.stringify(body), credentials: 'omit', cache: 'no-store', referrerPolicy: 'no-referrer' },
  };
}

/**
 * Sends the draft; resolves to `{ ok: true, report }` or `{ ok: false, reason, message }`
 * with reason `offline` (unreachable, slow, 5xx), `unauthorized`, `busy` (429) or `error`.
 * Never rejects, never logs the draft. `signal` aborts (a newer draft replaced this one).
 */
export async function check(text, settings, { fetchImpl = fetch, signal, timeoutMs = TIMEOUT_MS } = {}) {
  const { url, init } = buildRequest(text, settings);
  const ctrl = new AbortController();
  const onAbort = () => ctrl.abort();
  signal?.addEventListener('abort', onAbort);
  const timer = setTimeout(() => ctrl.abort(), timeoutMs);
  try {
    const res = await fetchImpl(url, { ...init, signal: ctrl.signal });
    if (res.ok) {
      const report = await res.json();
      if (!isReport(report)) return { ok: false, reason: 'error', message: 'The server answered in an unexpected shape.' };
      return { ok: true, report };
    }
    if (res.status === 401 || res.status === 403) return { ok: false, reason: 'unauthorized', message: 'The server needs a valid token: set it in irlint options.' };
    if (res.status === 429) return { ok: false, reason: 'busy', message: 'The server is busy; irlint will try again shortly.' };
    if (res.status === 413) return { ok: false, reason: 'error', message: 'This draft is too long to check.' };
    if (res.status >= 500) return { ok: false, reason: 'offline', message: 'The irlint server had a problem; retrying.' };
    return { ok: false, reason: 'error', message: `The server refused the check (HTTP ${res.status}).` };
  } catch {
    return { ok: false, reason: 'offline', message: signal?.aborted ? 'replaced' : 'The irlint server is not reachable.' };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener('abort', onAbort);
  }
}

function isReport(r) {
  return r != null && typeof r === 'object' && typeof r.score === 'number' && typeof r.verdict === 'string' && Array.isArray(r.findings);
}
