import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Checker } from '../../src/lib/checker.js';

const report = (text) => ({ score: 100, verdict: 'ready', findings: [], text });

// A send() whose answers the test releases by hand, in any order.
function manualServer() {
  const calls = [];
  const send = (text) => new Promise((resolve) => calls.push({ text, resolve }));
  return { calls, send };
}

const flush = () => new Promise((r) => setImmediate(r));

test('typing is debounced: one check for the text after the pause', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const server = manualServer();
  const states = [];
  const c = new Checker({ send: server.send, onState: (s) => states.push(s.status), wait: 300 });
  for (const text of ['M', 'MR', 'MRN', 'MRN 1']) {
    c.update(text);
    t.mock.timers.tick(100);
  }
  assert.equal(server.calls.length, 0);
  t.mock.timers.tick(300);
  await flush();
  assert.deepEqual(server.calls.map((x) => x.text), ['MRN 1']);
});

test('a stale answer arriving after a newer one is dropped', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const server = manualServer();
  const shown = [];
  const c = new Checker({ send: server.send, onState: (s) => s.status === 'ready' && shown.push(s.report.text), wait: 100 });
  c.update('first');
  t.mock.timers.tick(100);
  await flush();
  c.update('second');
  t.mock.timers.tick(100);
  await flush();
  assert.equal(server.calls.length, 2);
  server.calls[1].resolve({ ok: true, report: report('second') });
  await flush();
  server.calls[0].resolve({ ok: true, report: report('first') }); // slow answer for old text
  await flush();
  assert.deepEqual(shown, ['second']);
  assert.equal(c.report.text, 'second');
  assert.equal(c.isFresh(), true);
});

test('an answer for text that has since changed is not shown', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const server = manualServer();
  const shown = [];
  const c = new Checker({ send: server.send, onState: (s) => s.status === 'ready' && shown.push(s.report.text), wait: 100 });
  c.update('MRN 1234567');
  t.mock.timers.tick(100);
  await flush();
  c.update(''); // user cleared the draft
  server.calls[0].resolve({ ok: true, report: report('MRN 1234567') });
  await flush();
  assert.deepEqual(shown, []);
  assert.equal(c.report, null);
});

test('offline: reports the state and retries with growing delays while the text is unchanged', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  let n = 0;
  const statuses = [];
  const c = new Checker({
    send: async () => {
      n += 1;
      return n < 3 ? { ok: false, reason: 'offline' } : { ok: true, report: report('x') };
    },
    onState: (s) => statuses.push(s.status),
    wait: 10,
    backoff: { base: 1000, max: 8000 },
  });
  c.update('x');
  t.mock.timers.tick(10);
  await flush();
  assert.equal(n, 1);
  assert.equal(statuses.at(-1), 'offline');
  t.mock.timers.tick(999);
  await flush();
  assert.equal(n, 1, 'waits the first backoff delay');
  t.mock.timers.tick(1);
  await flush();
  assert.equal(n, 2);
  t.mock.timers.tick(1999);
  await flush();
  assert.equal(n, 2, 'the second delay is longer');
  t.mock.timers.tick(1);
  await flush();
  assert.equal(n, 3);
  assert.equal(statuses.at(-1), 'ready');
});

test('a send that throws counts as offline, never as an exception in the page', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const statuses = [];
  const c = new Checker({ send: () => { throw new Error('Extension context invalidated'); }, onState: (s) => statuses.push(s.status), wait: 10 });
  c.update('hello');
  t.mock.timers.tick(10);
  await flush();
  assert.equal(statuses.at(-1), 'offline');
  c.dispose();
});

test('checkNow skips the debounce and resolves with the fresh result', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const server = manualServer();
  const c = new Checker({ send: server.send, onState: () => {}, wait: 5000 });
  c.update('MRN 1234567');
  assert.equal(c.isFresh(), false);
  const p = c.checkNow(2000);
  await flush();
  assert.equal(server.calls.length, 1);
  server.calls[0].resolve({ ok: true, report: report('MRN 1234567') });
  const r = await p;
  assert.equal(r.report.text, 'MRN 1234567');
  assert.equal(c.isFresh(), true);
});

test('checkNow gives up after its timeout so a slow server never blocks posting', async (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const server = manualServer();
  const c = new Checker({ send: server.send, onState: () => {}, wait: 5000 });
  c.update('slow');
  const p = c.checkNow(2000);
  await flush();
  t.mock.timers.tick(2000);
  assert.equal(await p, null);
});
