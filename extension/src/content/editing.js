// Changes the draft the way the user would, through the editor's own input path, so that
// React/DraftJS state stays in step with the DOM: select the range, then `insertText`
// (a `beforeinput`/`textInput` the editor handles itself), falling back to a synthetic paste.

import { isFormField, rangeFor, readComposer } from '../lib/text.js';

const settle = (ms = 30) => new Promise((r) => setTimeout(r, ms));

/** Selects `[offset, offset + length)` of the composer's text. Returns false when it can't. */
export function selectText(editor, offset, length) {
  if (isFormField(editor)) {
    editor.focus();
    editor.setSelectionRange(offset, offset + length);
    return true;
  }
  const model = readComposer(editor);
  let range = model.segments.length ? rangeFor(model, offset, length) : null;
  if (!range) {
    if (length > 0) return false;
    range = editor.ownerDocument.createRange();
    const last = model.segments[model.segments.length - 1];
    if (last && offset >= model.text.length) range.setStart(last.node, last.node.data.length);
    else range.selectNodeContents(editor);
    range.collapse(!last || offset < model.text.length);
  }
  editor.focus({ preventScroll: true });
  const sel = editor.ownerDocument.getSelection();
  sel.removeAllRanges();
  sel.addRange(range);
  return true;
}

/**
 * Replaces `[offset, offset + length)` with `replacement` if the composer still holds
 * `expectedText`. Resolves to true when the editor reports the new text.
 */
export async function replaceText(editor, offset, length, replacement, expectedText) {
  const read = () => readComposer(editor).text;
  const before = read();
  if (expectedText != null && before !== expectedText) return false;
  const after = before.slice(0, offset) + replacement + before.slice(offset + length);
  if (!selectText(editor, offset, length)) return false;
  await settle(); // let the editor see the selection change before the input arrives
  const doc = editor.ownerDocument;
  let done = false;
  try {
    done = doc.execCommand('insertText', false, replacement);
  } catch {
    done = false;
  }
  await settle(0);
  if (read() === after) return true;
  if (done && read() !== before) return false; // the editor took it its own way; don't double it
  // Fallback: a synthetic paste, which DraftJS and X handle through their paste handlers.
  if (!selectText(editor, offset, length)) return false;
  await settle();
  const data = new DataTransfer();
  data.setData('text/plain', replacement);
  const paste = new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true });
  const target = doc.getSelection().anchorNode?.parentElement ?? editor;
  target.dispatchEvent(paste);
  await settle(0);
  return read() === after;
}

/** Appends `addition` at the end of the draft, with a separating space if needed. */
export function appendText(editor, addition) {
  const text = readComposer(editor).text;
  const sep = text === '' || /\s$/.test(text) ? '' : ' ';
  return replaceText(editor, text.length, 0, sep + addition, text);
}
