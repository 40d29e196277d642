// The playground in headless Chromium against the built jar: type a post, see it underlined with the same
// findings, score and verdict the API gives, switch audience, apply a suggestion. Run after the build:
//   ./mvnw -q -pl server -am package -DskipTests && (cd server/src/test/playground && npm ci && npm test)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
const jar = resolve(here, '../../../target/irlint-server.jar');
const rules = resolve(here, '../resources/test-rules.yml');
const artifacts = join(here, 'artifacts');
const POST = 'Great zorblax day 😀 with 介入 colleagues, ZQ-1234 went home #IRad';

let server;
let browser;
let base;
const serverOutput = [];

function freePort() {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => { const { port } = s.address(); s.close(() => ok(port)); });
    s.on('error', fail);
  });
}

async function waitForHealth(url, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try { if ((await fetch(url + '/health')).status === 200) return; } catch { /* not up yet */ }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('server not healthy; output:\n' + serverOutput.join(''));
}

before(async () => {
  assert.ok(existsSync(jar), `build the jar first: ${jar}`);
  const port = await freePort();
  base = `http://127.0.0.1:${port}`;
  server = spawn('java', ['-jar', jar], {
    env: { ...process.env, MICRONAUT_SERVER_PORT: String(port), IRLINT_RULE_FILES: rules,
      IRLINT_LIMITS_RATE_PER_SECOND: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout.on('data', (d) => serverOutput.push(d.toString()));
  server.stderr.on('data', (d) => serverOutput.push(d.toString()));
  await waitForHealth(base, 60_000);
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM || '/usr/bin/chromium', headless: true,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'],
  });
});

after(async () => {
  if (browser) await browser.close();
  if (server) server.kill('SIGTERM');
});

async function apiCheck(text, audience = 'public') {
  const res = await fetch(base + '/api/v1/check', {
    method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ text, audience }),
  });
  assert.equal(res.status, 200);
  return res.json();
}

test('typing underlines the same findings the API returns, and a suggestion applies', async () => {
  const page = await browser.newPage({ viewport: { width: 1200, height: 800 } });
  const outside = [];
  page.on('request', (r) => { if (!r.url().startsWith(base)) outside.push(r.url()); });
  await page.goto(base + '/');
  await page.locator('#text').pressSequentially(POST, { delay: 5 });
  const expected = await apiCheck(POST);
  await page.waitForFunction((n) => document.querySelectorAll('#findings > li').length === n
    && document.querySelector('#text').value.length > 0, expected.findings.length);

  // Underlines: every finding's characters are marked, with its severity, at its UTF-16 offsets.
  const marks = await page.$$eval('#backdrop mark', (ms) => ms.map((m) => ({ text: m.textContent, cls: m.className })));
  const code = expected.findings.find((f) => f.ruleId === 'test.codename');
  const buzz = expected.findings.find((f) => f.ruleId === 'test.buzzword');
  assert.ok(code && buzz, 'the test rules fire through the API');
  assert.ok(marks.some((m) => m.text === 'ZQ-1234' && m.cls.includes('error')), JSON.stringify(marks));
  assert.ok(marks.some((m) => m.text === 'zorblax' && m.cls.includes('warning')), JSON.stringify(marks));
  // The backdrop holds exactly the text, so underlines sit under the right characters.
  assert.equal(await page.$eval('#backdrop', (b) => b.textContent.replace(/\n$/, '')), POST);

  assert.equal(await page.textContent('#score'), String(expected.score));
  assert.equal(await page.textContent('#verdict'), expected.verdict);
  assert.equal(expected.verdict, 'blocked');
  for (const c of ['privacy', 'professionalism', 'relevance', 'reach']) {
    const row = await page.textContent(`#categories li[data-category="${c}"]`);
    assert.ok(row.endsWith(String(expected.categories[c].score)), `${c}: ${row}`);
  }
  const tags = await page.textContent('#hashtags');
  assert.ok(tags.includes('#IRad'));
  for (const t of expected.hashtags.suggested) assert.ok(tags.includes(t), `suggested ${t} shown`);
  assert.deepEqual(await page.$$eval('#references a', (as) => as.map((a) => a.textContent)),
    expected.references.map((r) => r.title));
  assert.ok((await page.textContent('#relevance')).includes(expected.relevance.score.toFixed(2)));
  assert.equal(await page.textContent('#length'), `${expected.length.weighted} / ${expected.length.limit}`);

  await page.screenshot({ path: join(artifacts, 'playground.png'), fullPage: true });

  // The audience goes with the next check.
  const sent = page.waitForRequest((r) => r.url().endsWith('/api/v1/check') && r.postDataJSON().audience === 'clinicians');
  await page.selectOption('#audience', 'clinicians');
  await sent;

  // Clicking a suggestion replaces the span and re-checks: the identifier is gone, so is the block.
  await page.locator('#findings li', { hasText: 'test.codename' }).getByRole('button', { name: '[code removed]' }).click();
  const fixed = POST.replace('ZQ-1234', '[code removed]');
  assert.equal(await page.inputValue('#text'), fixed);
  await page.waitForFunction(() => document.querySelector('#verdict').textContent !== 'blocked');
  const after = await apiCheck(fixed, 'clinicians');
  assert.ok(!after.findings.some((f) => f.ruleId === 'test.codename'));
  await page.waitForFunction((v) => document.querySelector('#verdict').textContent === v, after.verdict);
  await page.screenshot({ path: join(artifacts, 'playground-fixed.png'), fullPage: true });

  assert.deepEqual(outside, [], 'the page loads nothing from outside the server');
  await page.close();
});

test('an empty editor clears the report', async () => {
  const page = await browser.newPage();
  await page.goto(base + '/');
  await page.locator('#text').pressSequentially('zorblax', { delay: 5 });
  await page.waitForSelector('#backdrop mark');
  await page.fill('#text', '');
  await page.waitForFunction(() => document.querySelector('#verdict').textContent === 'waiting');
  assert.equal(await page.$$eval('#findings > li', (l) => l.length), 0);
  await page.close();
});

mkdirSync(artifacts, { recursive: true });
