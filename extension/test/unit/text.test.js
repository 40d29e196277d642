import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dom, draftComposer } from '../helpers/dom.js';
import { readComposer, rangeFor, pointAt, offsetAt, rebaseFindings } from '../../src/lib/text.js';

const editorOf = (doc) => doc.querySelector('[data-testid^="tweetTextarea_"]');

test('reads a DraftJS composer: blocks joined by newlines, placeholder left out', () => {
  const doc = dom(draftComposer(['Post-UFE day 1', '', ['Feeling great ', '#IRad', ' today']]));
  const { text } = readComposer(editorOf(doc));
  assert.equal(text, 'Post-UFE day 1\n\nFeeling great #IRad today');
});

test('an empty DraftJS composer reads as empty text', () => {
  const doc = dom(draftComposer(['']));
  assert.equal(readComposer(editorOf(doc)).text, '');
});

test('reads emoji and CJK as JS strings (UTF-16), so offsets match the server', () => {
  const doc = dom(draftComposer(['血管塞栓術 🩺👩🏽‍⚕️ MRN 1234567']));
  const model = readComposer(editorOf(doc));
  assert.equal(model.text, '血管塞栓術 🩺👩🏽‍⚕️ MRN 1234567');
  // 5 CJK + space + 🩺 (2 units) + 👩🏽‍⚕️ (7 units: ZWJ sequence) + space + "MRN " (4)
  assert.equal(model.text.indexOf('1234567'), 20);
});

test('reads a generic contenteditable: <div>/<p> blocks and <br> as newlines', () => {
  const doc = dom('<div role="textbox" contenteditable="true"><p>one</p><p>two <b>bold</b></p>three<br>four</div>');
  assert.equal(readComposer(doc.querySelector('[role=textbox]')).text, 'one\ntwo bold\nthree\nfour');
});

test('reads the mobile-web textarea from its value', () => {
  const doc = dom('<textarea data-testid="tweetTextarea_0"></textarea>');
  const ta = doc.querySelector('textarea');
  ta.value = 'line 1\nMRN 1234567';
  const model = readComposer(ta);
  assert.equal(model.text, 'line 1\nMRN 1234567');
  assert.deepEqual(model.segments, []);
});

// For each case: the DOM range built for [offset, offset+length) holds exactly those characters.
const rangeCases = [
  { name: 'plain ASCII', blocks: ['pt MRN 1234567 doing well'], find: '1234567' },
  { name: 'after an emoji (surrogate pair)', blocks: ['Great day 🎉 MRN 1234567'], find: '1234567' },
  { name: 'after a ZWJ emoji sequence', blocks: ['👩🏽‍⚕️👨‍👩‍👧 seen pt Smith'], find: 'Smith' },
  { name: 'the emoji itself', blocks: ['ok 👩🏽‍⚕️ done'], find: '👩🏽‍⚕️' },
  { name: 'CJK text', blocks: ['患者の田中さん、退院しました'], find: '田中' },
  { name: 'second block of three', blocks: ['Line one', 'MRN 7654321 here', 'end'], find: '7654321' },
  { name: 'after an empty block', blocks: ['a', '', '🙂 Mrs Jones'], find: 'Jones' },
  { name: 'across a decorated hashtag leaf', blocks: [['UFE ', '#IRad', ' guaranteed']], find: 'IRad guaranteed' },
  { name: 'spanning two blocks', blocks: ['DOB 01/02/1960', 'MRN 1234567'], find: '1960\nMRN' },
];

for (const c of rangeCases) {
  test(`offset -> DOM range: ${c.name}`, () => {
    const doc = dom(draftComposer(c.blocks));
    const model = readComposer(editorOf(doc));
    const offset = model.text.indexOf(c.find);
    assert.ok(offset >= 0);
    const range = rangeFor(model, offset, c.find.length);
    assert.ok(range, 'a range');
    // Range#toString() joins text nodes without block newlines: compare without them.
    assert.equal(range.toString(), c.find.replace(/\n/g, ''));
    // and the DOM points map back to the same offsets
    assert.equal(offsetAt(model, range.startContainer, range.startOffset), offset);
    assert.equal(offsetAt(model, range.endContainer, range.endOffset), offset + c.find.length);
  });
}

test('a range ending at a block boundary does not reach into the next block', () => {
  const doc = dom(draftComposer(['MRN 1234567', 'next']));
  const model = readComposer(editorOf(doc));
  const range = rangeFor(model, 4, 7);
  assert.equal(range.toString(), '1234567');
  assert.equal(range.endContainer.data, 'MRN 1234567');
});

test('pointAt: forward affinity starts in the next leaf at a leaf boundary, backward ends in the previous one', () => {
  const doc = dom(draftComposer([['ab', 'cd']]));
  const model = readComposer(editorOf(doc));
  assert.equal(pointAt(model, 2, 'forward').node.data, 'cd');
  assert.equal(pointAt(model, 2, 'forward').offset, 0);
  assert.equal(pointAt(model, 2, 'backward').node.data, 'ab');
  assert.equal(pointAt(model, 2, 'backward').offset, 2);
});

test('offsetAt maps an element-level caret (empty block) to the next text', () => {
  const doc = dom(draftComposer(['one', '', 'three']));
  const model = readComposer(editorOf(doc));
  const emptyBlock = doc.querySelectorAll('[data-block]')[1].firstElementChild;
  assert.equal(offsetAt(model, emptyBlock, 0), model.text.indexOf('three'));
});

test('rangeFor returns null for an empty composer', () => {
  const doc = dom(draftComposer(['']));
  assert.equal(rangeFor(readComposer(editorOf(doc)), 0, 3), null);
});

const F = (offset, length, ruleId = 'r') => ({ ruleId, offset, length });

test('rebase: findings before an edit stay, after it shift, touching it are dropped', () => {
  const oldText = 'aa MRN 1234567 bb guaranteed';
  const newText = 'aa MRN 1234567 bbXYZ guaranteed';
  const out = rebaseFindings([F(7, 7, 'mrn'), F(18, 10, 'promise'), F(15, 2, 'bb')], oldText, newText);
  assert.deepEqual(out, [F(7, 7, 'mrn'), F(21, 10, 'promise')]);
});

test('rebase: typing right after a finding that extends the word drops it', () => {
  assert.deepEqual(rebaseFindings([F(4, 7)], 'MRN 1234567', 'MRN 12345678'), []);
  assert.deepEqual(rebaseFindings([F(4, 7)], 'MRN 1234567', 'MRN 1234567 ok'), [F(4, 7)]);
});

test('rebase: emoji inserted before a finding shifts it by two UTF-16 units', () => {
  assert.deepEqual(rebaseFindings([F(4, 7)], 'MRN 1234567', '🙂MRN 1234567'), [F(6, 7)]);
});

test('rebase: same text returns the findings unchanged', () => {
  const fs = [F(1, 2)];
  assert.equal(rebaseFindings(fs, 'abc', 'abc'), fs);
});
