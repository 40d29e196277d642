// Finds X's composers: DraftJS editors marked `data-testid="tweetTextarea_N"`, any other
// `[role=textbox][contenteditable]`, and the mobile-web `<textarea>`.

const PRIMARY = '[data-testid^="tweetTextarea_"]';
const FALLBACK = '[role="textbox"][contenteditable="true"], [role="textbox"][contenteditable=""], [role="textbox"][contenteditable="plaintext-only"]';
// Places that are not posts: direct messages and search.
const EXCLUDE = '[data-testid^="dm"], [data-testid*="SearchBox"], [data-testid="dmComposerTextInput"]';

function editable(el) {
  return el.tagName === 'TEXTAREA' || el.isContentEditable === true || (el.getAttribute('contenteditable') ?? 'false') !== 'false';
}

/** Every composer element under `root`, outermost editable only, in document order. */
export function findComposers(root) {
  const found = [];
  const add = (el) => {
    if (!el || !editable(el) || el.closest(EXCLUDE)) return;
    if (found.includes(el)) return;
    found.push(el);
  };
  for (const el of root.querySelectorAll(PRIMARY)) {
    if (editable(el)) add(el);
    else el.querySelectorAll('[contenteditable="true"], textarea').forEach(add);
  }
  for (const el of root.querySelectorAll(FALLBACK)) add(el);
  // keep the outermost editable of nested ones
  return found
    .filter((el) => !found.some((other) => other !== el && other.contains(el)))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 /* FOLLOWING */ ? -1 : 1));
}

/** The composer that holds `node`, among the known ones. */
export function composerOf(node, composers) {
  for (const el of composers) if (el === node || el.contains(node)) return el;
  return null;
}

export const POST_BUTTONS = '[data-testid="tweetButton"], [data-testid="tweetButtonInline"]';

/**
 * The composers a Post button sends: every composer in its dialog (a thread is posted
 * together), else the composers in the nearest ancestor that holds any.
 */
export function composersForButton(button, composers) {
  const dialog = button.closest('[role="dialog"]');
  if (dialog) return composers.filter((el) => dialog.contains(el));
  for (let p = button.parentElement; p; p = p.parentElement) {
    // skip composers in a modal dialog that this button is not part of
    const inside = composers.filter((el) => p.contains(el) && !el.closest('[role="dialog"][aria-modal="true"]'));
    if (inside.length) return inside;
  }
  return [];
}

/** The Post button that goes with a composer (for Ctrl/Cmd+Enter). */
export function buttonForComposer(el) {
  const dialog = el.closest('[role="dialog"]');
  if (dialog) return dialog.querySelector(POST_BUTTONS);
  for (let p = el.parentElement; p; p = p.parentElement) {
    const b = p.querySelector(POST_BUTTONS);
    if (b && !b.closest('[role="dialog"]')) return b;
  }
  return null;
}
