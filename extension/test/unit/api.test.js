import { test } from 'node:test';
import assert from 'node:assert/strict';
import { check, buildRequest } from '../../src/lib/api.js';
import { normalizeSettings } from '../../src/lib/settings.js';

const settings = normalizeSettings({ serverUrl: 'http://127.0.0.1:9999/', token: 's3cret', audience: 'patients', disabledRules: ['reach.hashtags'] });
const okReport = { score: 40, verdict: 'blocked', findings: [{ ruleId: 'privacy.mrn', offset: 4, length: 7 }] };
const response = (status, body) => ({ ok: status >= 200 && status < 300, status, json: async () => body });

test('posts the draft, audience and disabled rules to {server}/api/v1/check with the token', async () => {
  const seen = [];
  const fetchImpl = async (url, init) => {
    seen.push({ url, init });
    return response(200, okReport);
  };
  const r = await check('MRN 1234567', settings, { fetchImpl });
  assert.deepEqual(r, { ok: true, report: okReport });
  assert.equal(seen.length, 1);
  assert.equal(seen[0].url, 'http://127.0.0.1:9999/api/v1/check');
  assert.equal(seen[0].init.method, 'POST');
  assert.equal(seen[0].init.headers.Authorization, 'Bearer s3cret');
  assert.equal(seen[0].init.credentials, 'omit');
  assert.deepEqual(JSON.parse(seen[0].init.body), { text: 'MRN 1234567', audience: 'patients', disabledRules: ['reach.hashtags'] });
});

test('no token, no Authorization header; no disabled rules, no field', () => {
  const { init } = buildRequest('x', normalizeSettings({}));
  assert.equal('Authorization' in init.headers, false);
  assert.deepEqual(JSON.parse(init.body), { text: 'x', audience: 'public' });
});

for (const [status, reason] of [[401, 'unauthorized'], [429, 'busy'], [503, 'offline'], [400, 'error'], [413, 'error']]) {
  test(`HTTP ${status} becomes reason "${reason}" with a message for the user`, async () => {
    const r = await check('x', settings, { fetchImpl: async () => response(status, {}) });
    assert.equal(r.ok, false);
    assert.equal(r.reason, reason);
    assert.ok(r.message.length > 0);
  });
}

test('unreachable server: offline, no exception', async () => {
  const r = await check('x', settings, { fetchImpl: async () => { throw new TypeError('Failed to fetch'); } });
  assert.deepEqual([r.ok, r.reason], [false, 'offline']);
});

test('a slow server times out as offline', async () => {
  const fetchImpl = (url, init) => new Promise((_, reject) => init.signal.addEventListener('abort', () => reject(new Error('aborted'))));
  const r = await check('x', settings, { fetchImpl, timeoutMs: 20 });
  assert.equal(r.reason, 'offline');
});

test('an answer that is not a report is an error, not a crash', async () => {
  const r = await check('x', settings, { fetchImpl: async () => response(200, { hello: 1 }) });
  assert.deepEqual([r.ok, r.reason], [false, 'error']);
});

test('checking never writes to the console (the draft must not be logged)', async (t) => {
  const spies = ['log', 'info', 'warn', 'error', 'debug'].map((m) => t.mock.method(console, m));
  await check('MRN 1234567', settings, { fetchImpl: async () => response(200, okReport) });
  await check('MRN 1234567', settings, { fetchImpl: async () => { throw new Error('MRN 1234567'); } });
  await check('MRN 1234567', settings, { fetchImpl: async () => response(500, {}) });
  for (const s of spies) assert.equal(s.mock.callCount(), 0);
});
