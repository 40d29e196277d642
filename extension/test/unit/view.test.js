import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lineBoxes } from '../../src/content/view.js';

const R = (left, top, right, bottom) => ({ left, top, right, bottom, width: right - left, height: bottom - top });

test('lineBoxes: the rects of nested DraftJS spans on one line merge into one box', () => {
  const rects = [R(10, 100, 50, 120), R(10, 100, 50, 120), R(50, 101, 90, 120), R(90, 100, 90, 120)];
  assert.deepEqual(lineBoxes(rects), [{ left: 10, top: 100, right: 90, bottom: 120 }]);
});

test('lineBoxes: a range that wraps gives one box per line; empty rects are dropped', () => {
  const rects = [R(300, 100, 400, 120), R(0, 0, 0, 0), R(10, 124, 60, 144)];
  assert.deepEqual(lineBoxes(rects), [{ left: 300, top: 100, right: 400, bottom: 120 }, { left: 10, top: 124, right: 60, bottom: 144 }]);
});
