// The built extension: both manifests, minimal permissions, no remote code, and a content
// script that has no way to send the draft anywhere but the background worker.
import { test, before } from 'node:test';
import assert from 'node:assert/strict';
import { readFile, readdir } from 'node:fs/promises';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildAll, firefoxManifest } from '../../scripts/build.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const read = (p) => readFile(join(root, p), 'utf8');
let chromium;
let firefox;

before(async () => {
  await buildAll();
  chromium = JSON.parse(await read('dist/chromium/manifest.json'));
  firefox = JSON.parse(await read('dist/firefox/manifest.json'));
});

test('Chromium manifest: MV3 service worker; Firefox: background.scripts and a gecko id', () => {
  assert.equal(chromium.manifest_version, 3);
  assert.deepEqual(chromium.background, { service_worker: 'background.js' });
  assert.equal(firefox.manifest_version, 3);
  assert.deepEqual(firefox.background, { scripts: ['background.js'] });
  assert.match(firefox.browser_specific_settings.gecko.id, /@/);
  assert.equal(chromium.browser_specific_settings, undefined);
});

test('permissions are minimal: storage, the X hosts and the local server', () => {
  for (const m of [chromium, firefox]) {
    assert.deepEqual(m.permissions, ['storage']);
    for (const host of m.host_permissions) {
      assert.match(host, /^https:\/\/(mobile\.)?(x|twitter)\.com\/\*$|^http:\/\/(127\.0\.0\.1|localhost)\/\*$/);
    }
    assert.deepEqual(m.content_scripts[0].matches.every((p) => /^https:\/\/(mobile\.)?(x|twitter)\.com\/\*$/.test(p)), true);
  }
});

test('no remote code: every script is packaged, the CSP allows only self', async () => {
  const html = await read('dist/chromium/options/options.html');
  for (const [, src] of html.matchAll(/<script[^>]*src="([^"]+)"/g)) assert.doesNotMatch(src, /^(https?:)?\/\//);
  assert.match(chromium.content_security_policy.extension_pages, /script-src 'self'/);
  for (const f of ['background.js', 'content.js', 'options/options.js']) {
    const js = await read(`dist/chromium/${f}`);
    assert.doesNotMatch(js, /\beval\(|new Function\(|importScripts\(|import\(\s*["'`]https?:/);
  }
});

test('the content script cannot send the draft anywhere itself: no fetch, XHR, WebSocket or beacon', async () => {
  const js = await read('dist/chromium/content.js');
  assert.doesNotMatch(js, /\bfetch\(|XMLHttpRequest|WebSocket|sendBeacon|EventSource/);
});

test('no source file logs or keeps data in web storage', async () => {
  const files = [];
  const walk = async (d) => {
    for (const e of await readdir(join(root, d), { withFileTypes: true })) {
      const p = `${d}/${e.name}`;
      if (e.isDirectory()) await walk(p);
      else if (p.endsWith('.js')) files.push(p);
    }
  };
  await walk('src');
  assert.ok(files.length >= 8);
  for (const f of files) {
    const js = await read(f);
    assert.doesNotMatch(js, /console\.|localStorage|sessionStorage|indexedDB|document\.cookie/, f);
    if (!['src/lib/settings.js'].includes(f)) assert.doesNotMatch(js, /storage\.(local|sync|session)\.set|\.set\(\{/, f);
  }
});

test('firefoxManifest leaves the shared manifest untouched', () => {
  const base = { background: { service_worker: 'b.js' } };
  firefoxManifest(base);
  assert.deepEqual(base, { background: { service_worker: 'b.js' } });
});
