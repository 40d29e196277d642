// Text model of a composer: the exact string sent to the server, plus a map from its
// UTF-16 offsets (plain JS string indices) back to DOM positions, so each finding can be
// drawn and selected where the user typed it. Nothing here changes the editor's DOM.

const BLOCK_TAGS = new Set(['DIV', 'P', 'LI', 'UL', 'OL', 'BLOCKQUOTE', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'PRE']);

/** True for a `<textarea>` or text `<input>`: their text lives in `.value`, not the DOM. */
export function isFormField(el) {
  return el != null && (el.tagName === 'TEXTAREA' || el.tagName === 'INPUT');
}

/**
 * Reads a composer. Returns `{ text, segments, field }` where each segment is
 * `{ node, start, end }`: a text node whose characters are `text.slice(start, end)`.
 * Block separators ("\n" between DraftJS blocks or block elements) belong to no node.
 */
export function readComposer(root) {
  if (isFormField(root)) return { text: root.value, segments: [], field: root };
  const contents = root.querySelector('[data-contents="true"]');
  if (contents) return readDraft(contents);
  return readGeneric(root);
}

// DraftJS: one `[data-block="true"]` per paragraph; its characters are the text nodes inside
// `[data-text="true"]` spans (an empty block holds only `<br data-text="true">`).
function readDraft(contents) {
  const segments = [];
  let text = '';
  const blocks = contents.querySelectorAll('[data-block="true"]');
  blocks.forEach((block, i) => {
    if (i > 0) text += '\n';
    for (const node of textNodesIn(block)) {
      const parent = node.parentElement;
      if (!parent || !parent.closest('[data-text="true"]')) continue;
      const value = node.data;
      if (value.length === 0) continue;
      segments.push({ node, start: text.length, end: text.length + value.length });
      text += value;
    }
  });
  return { text, segments, field: null };
}

// Any other contenteditable: text nodes in order, a newline for each <br> and between blocks.
function readGeneric(root) {
  const segments = [];
  let text = '';
  let breakPending = false; // a block ended: the next content starts a new line
  const newline = () => {
    if (breakPending && text !== '' && !text.endsWith('\n')) text += '\n';
    breakPending = false;
  };
  const walk = (el) => {
    for (const child of el.childNodes) {
      if (child.nodeType === 3) {
        const value = child.data;
        if (value.length === 0) continue;
        newline();
        segments.push({ node: child, start: text.length, end: text.length + value.length });
        text += value;
      } else if (child.nodeType === 1) {
        if (child.tagName === 'BR') {
          newline();
          text += '\n';
          continue;
        }
        const block = BLOCK_TAGS.has(child.tagName);
        if (block) breakPending = true;
        walk(child);
        if (block) breakPending = true;
      }
    }
  };
  walk(root);
  return { text, segments, field: null };
}

function textNodesIn(el) {
  const doc = el.ownerDocument;
  const walker = doc.createTreeWalker(el, 4 /* NodeFilter.SHOW_TEXT */);
  const out = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) out.push(n);
  return out;
}

/**
 * DOM point for a text offset. `forward` (a range start) prefers the start of the next
 * segment when the offset sits on a boundary; `backward` (a range end) prefers the end of
 * the previous one, so a range never swallows a neighbouring block.
 */
export function pointAt(model, offset, affinity = 'forward') {
  const segs = model.segments;
  if (segs.length === 0) return null;
  if (affinity === 'forward') {
    for (const s of segs) {
      if (offset < s.end) return { node: s.node, offset: Math.max(0, offset - s.start) };
    }
    const last = segs[segs.length - 1];
    return { node: last.node, offset: last.end - last.start };
  }
  for (let i = segs.length - 1; i >= 0; i--) {
    const s = segs[i];
    if (offset > s.start) return { node: s.node, offset: Math.min(offset, s.end) - s.start };
  }
  return { node: segs[0].node, offset: 0 };
}

/** A DOM Range over `[offset, offset + length)` of the model's text, or null. */
export function rangeFor(model, offset, length) {
  const start = pointAt(model, offset, 'forward');
  const end = pointAt(model, offset + length, length === 0 ? 'forward' : 'backward');
  if (!start || !end) return null;
  const range = start.node.ownerDocument.createRange();
  range.setStart(start.node, start.offset);
  range.setEnd(end.node, end.offset);
  if (range.collapsed && length > 0) return null;
  return range;
}

/**
 * Text offset of a DOM point (e.g. the caret), or -1 when it is outside the model.
 * Points inside a text node map directly; other points map to the nearest following segment.
 */
export function offsetAt(model, node, nodeOffset) {
  for (const s of model.segments) {
    if (s.node === node) return s.start + Math.min(nodeOffset, s.end - s.start);
  }
  if (model.segments.length === 0) return -1;
  const doc = model.segments[0].node.ownerDocument;
  const probe = doc.createRange();
  try {
    probe.setStart(node, nodeOffset);
  } catch {
    return -1;
  }
  for (const s of model.segments) {
    const r = doc.createRange();
    r.setStart(s.node, 0);
    // probe before or at the start of this segment -> its start
    if (probe.compareBoundaryPoints(0 /* START_TO_START */, r) <= 0) return s.start;
  }
  return model.segments[model.segments.length - 1].end;
}

/**
 * Moves findings computed for `oldText` onto `newText` while the user keeps typing:
 * findings wholly before the edited region stay, those wholly after it shift by the change
 * in length, and those that touch the edit are dropped until the next answer.
 */
export function rebaseFindings(findings, oldText, newText) {
  if (oldText === newText) return findings;
  let prefix = 0;
  const max = Math.min(oldText.length, newText.length);
  while (prefix < max && oldText.charCodeAt(prefix) === newText.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    oldText.charCodeAt(oldText.length - 1 - suffix) === newText.charCodeAt(newText.length - 1 - suffix)
  ) suffix++;
  const oldEditEnd = oldText.length - suffix;
  const newEditEnd = newText.length - suffix;
  const delta = newText.length - oldText.length;
  const out = [];
  for (const f of findings) {
    const end = f.offset + f.length;
    if (end < prefix || (end === prefix && !isWordChar(newText, prefix))) {
      out.push(f);
    } else if (f.offset > oldEditEnd || (f.offset === oldEditEnd && !isWordChar(newText, newEditEnd - 1))) {
      out.push({ ...f, offset: f.offset + delta });
    }
  }
  return out;
}

// Typing right against a finding ("1234567" -> "12345678") extends the word: drop it then.
function isWordChar(text, i) {
  if (i < 0 || i >= text.length) return false;
  return /[\p{L}\p{N}_]/u.test(text[i]);
}
