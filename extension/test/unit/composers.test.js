import { test } from 'node:test';
import assert from 'node:assert/strict';
import { dom, draftComposer } from '../helpers/dom.js';
import { findComposers, composersForButton, buttonForComposer } from '../../src/content/composers.js';

const ids = (els) => els.map((e) => e.getAttribute('data-testid') ?? e.tagName.toLowerCase());

test('finds the DraftJS editors, not their label or container test ids', () => {
  const doc = dom(`<div data-testid="tweetTextarea_0_label"><div data-testid="tweetTextarea_0RichTextInputContainer">${draftComposer(['hi'], 0)}</div></div>`);
  assert.deepEqual(ids(findComposers(doc)), ['tweetTextarea_0']);
});

test('finds every post of a thread in a dialog, the home box, the mobile textarea and a plain textbox', () => {
  const doc = dom(`
    <section>${draftComposer(['home'], 0)}<button data-testid="tweetButtonInline">Post</button></section>
    <div role="dialog">${draftComposer(['one'], 0)}${draftComposer(['two'], 1)}<button data-testid="tweetButton">Post all</button></div>
    <textarea data-testid="tweetTextarea_0"></textarea>
    <div role="textbox" contenteditable="true" aria-label="Reply"></div>`);
  assert.deepEqual(ids(findComposers(doc)), ['tweetTextarea_0', 'tweetTextarea_0', 'tweetTextarea_1', 'tweetTextarea_0', 'div']);
});

test('leaves direct messages and read-only text alone', () => {
  const doc = dom(`<div data-testid="dmComposerTextInput" role="textbox" contenteditable="true"></div><div role="textbox" contenteditable="false"></div>`);
  assert.deepEqual(findComposers(doc), []);
});

test('the dialog Post button sends every post of the thread; the inline one only its own box', () => {
  const doc = dom(`
    <section id="home">${draftComposer(['home'], 0)}<div><button data-testid="tweetButtonInline">Post</button></div></section>
    <div role="dialog">${draftComposer(['one'], 0)}${draftComposer(['two'], 1)}<button data-testid="tweetButton">Post all</button></div>`);
  const all = findComposers(doc);
  const inline = doc.querySelector('[data-testid="tweetButtonInline"]');
  const dialogButton = doc.querySelector('[data-testid="tweetButton"]');
  assert.deepEqual(composersForButton(inline, all), [all[0]]);
  assert.deepEqual(composersForButton(dialogButton, all), [all[1], all[2]]);
  assert.equal(buttonForComposer(all[2]), dialogButton);
  assert.equal(buttonForComposer(all[0]), inline);
});

test('mobile web: the header Post button sends the textarea below it', () => {
  const doc = dom(`<header><button data-testid="tweetButton">Post</button></header>
    <div role="dialog" aria-modal="false"><textarea data-testid="tweetTextarea_0"></textarea></div>`);
  const all = findComposers(doc);
  assert.deepEqual(composersForButton(doc.querySelector('button'), all), all);
});

test('with the compose dialog open, the home Post button does not answer for the dialog posts', () => {
  const doc = dom(`<main>${draftComposer(['home'], 0)}<button data-testid="tweetButtonInline">Post</button>
    <div role="dialog" aria-modal="true">${draftComposer(['dialog'], 0)}<button data-testid="tweetButton">Post</button></div></main>`);
  const all = findComposers(doc);
  assert.deepEqual(composersForButton(doc.querySelector('[data-testid="tweetButtonInline"]'), all), [all[0]]);
});
