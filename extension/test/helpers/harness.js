// End-to-end harness: the irlint server (the real jar, or the stand-in when asked), the
// fixture page served at https://x.com/ through Playwright's routing, and Debian's chromium
// with the built extension loaded. Never downloads a browser.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, mkdir } from 'node:fs/promises';
import net from 'node:net';
import os from 'node:os';
import { join, dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium } from 'playwright-core';
import { startStandIn } from './standin-server.js';

const here = dirname(fileURLToPath(import.meta.url));
export const EXT_ROOT = join(here, '..', '..');
export const REPO_ROOT = join(EXT_ROOT, '..');
export const ARTIFACTS = join(EXT_ROOT, 'test-artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

async function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export { freePort };

async function waitForHealth(url, proc, timeoutMs) {
  const until = Date.now() + timeoutMs;
  let exited = null;
  proc?.once('exit', (code) => (exited = code));
  while (Date.now() < until) {
    if (exited !== null) throw new Error(`the irlint server exited with code ${exited} before it was ready`);
    try {
      const r = await fetch(`${url}/health`);
      if (r.status === 200) return;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the irlint server at ${url} did not answer GET /health with 200 within ${timeoutMs / 1000} s`);
}

/**
 * Starts the server the tests talk to. By default the real one: `java -jar` on
 * IRLINT_SERVER_JAR (default server/target/irlint-server.jar). IRLINT_E2E_SERVER=standin
 * selects the stand-in in test/helpers instead.
 */
export async function startServer() {
  if (process.env.IRLINT_E2E_SERVER === 'standin') {
    const s = await startStandIn();
    return { ...s, kind: 'standin' };
  }
  const jar = process.env.IRLINT_SERVER_JAR ?? join(REPO_ROOT, 'server', 'target', 'irlint-server.jar');
  if (!existsSync(jar)) {
    throw new Error(
      `The irlint server jar is missing: ${jar}\n` +
        'Build it from the repository root with: ./mvnw -q -o -pl server -am package -DskipTests\n' +
        '(or point IRLINT_SERVER_JAR at a built jar; IRLINT_E2E_SERVER=standin runs against the test stand-in).',
    );
  }
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const stderr = [];
  const proc = spawn('java', ['-jar', jar], {
    env: { ...process.env, MICRONAUT_SERVER_PORT: String(port), MICRONAUT_SERVER_HOST: '127.0.0.1' },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  proc.stderr.on('data', (d) => {
    stderr.push(d);
    if (stderr.length > 200) stderr.shift();
  });
  try {
    await waitForHealth(url, proc, 120_000);
  } catch (e) {
    proc.kill('SIGKILL');
    throw new Error(`${e.message}\n${Buffer.concat(stderr).toString().slice(-2000)}`);
  }
  const stop = () =>
    new Promise((resolve) => {
      if (proc.exitCode !== null) return resolve();
      proc.once('exit', () => resolve());
      proc.kill('SIGTERM');
      setTimeout(() => proc.kill('SIGKILL'), 5000).unref();
    });
  return { url, kind: 'jar', stop };
}

let fixtureCache = null;
export async function fixtureFiles() {
  if (fixtureCache) return fixtureCache;
  const out = await build({
    entryPoints: [join(EXT_ROOT, 'test', 'fixture', 'app.jsx')],
    bundle: true,
    write: false,
    format: 'iife',
    jsx: 'transform',
    define: { 'process.env.NODE_ENV': '"development"', global: 'window' },
    logLevel: 'warning',
  });
  const css = await readFile(join(EXT_ROOT, 'node_modules', 'draft-js', 'dist', 'Draft.css'), 'utf8');
  const html = (await readFile(join(EXT_ROOT, 'test', 'fixture', 'index.html'), 'utf8')).replace('/*DRAFT_CSS*/', css);
  const mobile = await readFile(join(EXT_ROOT, 'test', 'fixture', 'mobile.html'), 'utf8');
  fixtureCache = { html, mobile, js: out.outputFiles[0].text };
  return fixtureCache;
}

/** Launches chromium with the built extension; serves the fixture at https://x.com/. */
export async function launch({ serverUrl }) {
  if (!existsSync(CHROMIUM)) throw new Error(`chromium not found at ${CHROMIUM}: apt-get install -y chromium`);
  const extDir = join(EXT_ROOT, 'dist', 'chromium');
  if (!existsSync(join(extDir, 'manifest.json'))) throw new Error('dist/chromium is missing: run npm run build first');
  await mkdir(ARTIFACTS, { recursive: true });
  const profile = await mkdtemp(join(os.tmpdir(), 'irlint-e2e-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [
      `--disable-extensions-except=${extDir}`,
      `--load-extension=${extDir}`,
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
  const files = await fixtureFiles();
  const serve = (route) => {
    const url = new URL(route.request().url());
    if (url.pathname === '/fixture/app.js') return route.fulfill({ status: 200, contentType: 'text/javascript', body: files.js });
    if (url.pathname === '/compose/post' && url.hostname === 'mobile.x.com') return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: files.mobile });
    if (url.pathname === '/favicon.ico') return route.fulfill({ status: 404, body: '' });
    return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: files.html });
  };
  await context.route('https://x.com/**', serve);
  await context.route('https://mobile.x.com/**', serve);
  let [worker] = context.serviceWorkers();
  if (!worker) worker = await context.waitForEvent('serviceworker', { timeout: 30_000 });
  await setOptions(worker, { serverUrl });
  const close = async () => {
    await context.close();
    await rm(profile, { recursive: true, force: true });
  };
  return { context, worker, close };
}

export async function setOptions(worker, options) {
  await worker.evaluate((o) => chrome.storage.local.set(o), options);
}

export async function storedOptions(worker) {
  return worker.evaluate(() => chrome.storage.local.get(null));
}
