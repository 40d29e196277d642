// Builds DOM trees for unit tests: X's DraftJS composer structure, with jsdom.
import { JSDOM } from 'jsdom';

export function dom(html = '') {
  const { window } = new JSDOM(`<!doctype html><body>${html}</body>`);
  return window.document;
}

const esc = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * X's composer markup for the given blocks. A block is a string, or an array of strings
 * rendered as separate leaf spans (as DraftJS does for styled runs and decorated entities
 * like hashtags and mentions). An empty block gets DraftJS's `<br data-text="true">`.
 */
export function draftComposer(blocks, index = 0) {
  const html = blocks
    .map((block, b) => {
      const leaves = Array.isArray(block) ? block : [block];
      const inner = leaves.every((l) => l === '')
        ? `<span data-offset-key="k${b}-0-0"><br data-text="true"></span>`
        : leaves
            .map((leaf, i) =>
              i % 2 === 1
                ? `<span class="r-hashtag"><span data-offset-key="k${b}-${i}-0"><span data-text="true">${esc(leaf)}</span></span></span>`
                : `<span data-offset-key="k${b}-${i}-0"><span data-text="true">${esc(leaf)}</span></span>`)
            .join('');
      return `<div data-block="true" data-editor="e" data-offset-key="k${b}-0-0"><div data-offset-key="k${b}-0-0" class="public-DraftStyleDefault-block public-DraftStyleDefault-ltr">${inner}</div></div>`;
    })
    .join('');
  return `<div class="DraftEditor-root"><div class="public-DraftEditorPlaceholder-root"><div class="public-DraftEditorPlaceholder-inner">What is happening?!</div></div>` +
    `<div class="DraftEditor-editorContainer"><div aria-label="Post text" class="notranslate public-DraftEditor-content" contenteditable="true" role="textbox" spellcheck="true" data-testid="tweetTextarea_${index}">` +
    `<div data-contents="true">${html}</div></div></div></div>`;
}
