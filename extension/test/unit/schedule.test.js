import { test } from 'node:test';
import assert from 'node:assert/strict';
import { debounce, LatestOnly, backoffDelay } from '../../src/lib/schedule.js';

test('debounce: a burst of calls runs once, with the last arguments, after the pause', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const calls = [];
  const d = debounce((x) => calls.push(x), 300, globalThis);
  d.call('a');
  t.mock.timers.tick(200);
  d.call('ab');
  t.mock.timers.tick(200);
  d.call('abc');
  t.mock.timers.tick(299);
  assert.deepEqual(calls, []);
  assert.equal(d.pending(), true);
  t.mock.timers.tick(1);
  assert.deepEqual(calls, ['abc']);
  assert.equal(d.pending(), false);
});

test('debounce: flush runs the pending call now; cancel drops it', (t) => {
  t.mock.timers.enable({ apis: ['setTimeout'] });
  const calls = [];
  const d = debounce((x) => calls.push(x), 300, globalThis);
  d.call(1);
  assert.equal(d.flush(), true);
  assert.deepEqual(calls, [1]);
  assert.equal(d.flush(), false);
  d.call(2);
  d.cancel();
  t.mock.timers.tick(1000);
  assert.deepEqual(calls, [1]);
});

test('LatestOnly: only the newest ticket is current', () => {
  const l = new LatestOnly();
  const a = l.next();
  const b = l.next();
  assert.equal(l.isCurrent(a), false);
  assert.equal(l.isCurrent(b), true);
});

test('backoffDelay doubles and caps', () => {
  assert.deepEqual([0, 1, 2, 3, 10].map((n) => backoffDelay(n, { base: 1000, max: 5000 })), [1000, 2000, 4000, 5000, 5000]);
});
