import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeSettings, storable, saveSettings, loadSettings, siteOf, originPattern, DEFAULTS } from '../../src/lib/settings.js';

test('defaults: local server, public audience, both sites on', () => {
  assert.deepEqual(normalizeSettings({}), { ...DEFAULTS, sites: { 'x.com': true, 'twitter.com': true } });
  assert.equal(DEFAULTS.serverUrl, 'http://127.0.0.1:8080');
});

test('invalid values fall back to defaults; lists are trimmed and de-duplicated', () => {
  const s = normalizeSettings({ serverUrl: 'javascript:alert(1)', audience: 'everyone', disabledRules: [' a ', 'a', '', 3], sites: { 'x.com': false, 'evil.com': true } });
  assert.equal(s.serverUrl, DEFAULTS.serverUrl);
  assert.equal(s.audience, 'public');
  assert.deepEqual(s.disabledRules, ['a']);
  assert.deepEqual(s.sites, { 'x.com': false, 'twitter.com': true });
});

test('only option keys can be stored: draft text is dropped', () => {
  const out = storable({ serverUrl: 'https://irlint.example.org/', text: 'MRN 1234567', draft: 'MRN 1234567', lastReport: { findings: [] } });
  assert.deepEqual(out, { serverUrl: 'https://irlint.example.org' });
});

test('saveSettings writes only option keys to storage', async () => {
  const writes = [];
  const storage = { set: async (o) => writes.push(o), get: async () => ({}) };
  await saveSettings(storage, { disabledRules: ['privacy.name'], text: 'pt John Smith MRN 1234567' });
  assert.deepEqual(writes, [{ disabledRules: ['privacy.name'] }]);
  assert.equal(JSON.stringify(writes).includes('1234567'), false);
});

test('loadSettings asks storage for the option keys only', async () => {
  let asked;
  const storage = { get: async (keys) => ((asked = keys), { audience: 'clinicians' }) };
  const s = await loadSettings(storage);
  assert.deepEqual(asked.sort(), Object.keys(DEFAULTS).sort());
  assert.equal(s.audience, 'clinicians');
});

test('siteOf maps X hosts to the per-site switch', () => {
  assert.equal(siteOf('x.com'), 'x.com');
  assert.equal(siteOf('mobile.x.com'), 'x.com');
  assert.equal(siteOf('mobile.twitter.com'), 'twitter.com');
  assert.equal(siteOf('notx.com'), null);
});

test('originPattern: the host permission a server URL needs', () => {
  assert.equal(originPattern('https://irlint.example.org:8443/base'), 'https://irlint.example.org/*');
});
