// Draws one composer's result without touching the editor's DOM: a shadow-DOM host on
// <body> with `pointer-events: none`, underlines positioned from Range.getClientRects(),
// a badge near the composer, a card per finding and a panel with the whole report.

import { OVERLAY_CSS } from './styles.js';
import { rangeFor } from '../lib/text.js';

export const CATEGORY_LABELS = { privacy: 'Privacy', professionalism: 'Professionalism', relevance: 'Relevance to IR', reach: 'Reach' };
export const SEVERITY_LABELS = { error: 'Must fix', warning: 'Worth a look', info: 'Tip' };
const VERDICT_LABELS = { ready: 'Ready', review: 'Review', blocked: 'Blocked' };
const VERDICT_MARKS = { ready: '✓', review: '!', blocked: '×' };

function h(tag, attrs = {}, ...children) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') el.className = v;
    else if (k.startsWith('on')) el.addEventListener(k.slice(2), v);
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) if (c != null && c !== false) el.append(c instanceof Node ? c : String(c));
  return el;
}

/** Merges the per-node rectangles of a range into one box per line. */
export function lineBoxes(rects) {
  const boxes = [];
  for (const r of rects) {
    if (r.width <= 0 || r.height <= 0) continue;
    const same = boxes.find((b) => Math.abs(b.top - r.top) < 3 && Math.abs(b.bottom - r.bottom) < 3 && r.left <= b.right + 1 && r.right >= b.left - 1);
    if (same) {
      same.left = Math.min(same.left, r.left);
      same.right = Math.max(same.right, r.right);
    } else boxes.push({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
  }
  return boxes;
}

export class ComposerView {
  constructor(composer) {
    this.composer = composer;
    this.host = document.createElement('irlint-overlay');
    this.host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483000;';
    this.host.setAttribute('data-irlint-key', composer.key);
    // Which composer this overlay draws for (read from, never written to, the editor).
    this.host.setAttribute('data-for', composer.el.getAttribute('data-testid') ?? 'textbox');
    this.host.setAttribute('data-place', composer.el.closest('[role="dialog"]') ? 'dialog' : 'page');
    this.root = this.host.attachShadow({ mode: 'open' });
    this.root.append(h('style', {}, OVERLAY_CSS));
    this.layer = h('div', { class: 'layer', 'aria-hidden': 'false' });
    this.ui = h('div', { class: 'ui' });
    this.badge = h('button', { class: 'badge', type: 'button', 'aria-haspopup': 'dialog', 'aria-expanded': 'false', onclick: () => this.togglePanel() });
    this.live = h('div', { role: 'status', 'aria-live': 'polite', style: 'position:fixed;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0);' });
    this.card = null;
    this.panel = null;
    this.boxes = []; // [{ finding, boxes }]
    this.activeFinding = null;
    this.ui.append(this.badge, this.live);
    this.root.append(this.layer, this.ui);
    this.root.addEventListener('keydown', (e) => this.onKey(e));
    document.body.append(this.host);
    this.frame = 0;
  }

  dispose() {
    cancelAnimationFrame(this.frame);
    this.host.remove();
  }

  /** Redraws on the next frame (coalesces scroll, resize and typing). */
  schedule() {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.render();
    });
  }

  render() {
    const c = this.composer;
    const editorRect = c.el.getBoundingClientRect();
    // Hidden while its composer is empty, off-screen, or under a modal dialog (X's compose box).
    const modal = document.querySelector('[role="dialog"][aria-modal="true"]');
    const covered = modal != null && !modal.contains(c.el);
    const visible = c.el.isConnected && editorRect.width > 0 && editorRect.height > 0 && !covered && c.state.status !== 'idle';
    this.host.style.display = visible && c.enabled() ? '' : 'none';
    if (!visible && this.panel) this.togglePanel(false);
    if (!visible && this.card) this.closeCard();
    if (!visible) return;
    this.renderBadge(editorRect);
    this.renderUnderlines(editorRect);
    if (this.panel) this.renderPanel();
    if (this.card && this.activeFinding) {
      const still = this.boxes.find((b) => sameFinding(b.finding, this.activeFinding));
      if (still) this.placeCard(still.boxes[0]);
      else this.closeCard();
    }
  }

  renderBadge(editorRect) {
    const { status, report, message } = this.composer.state;
    const b = this.badge;
    b.dataset.state = status;
    b.dataset.verdict = status === 'ready' || (status === 'checking' && report) ? report?.verdict ?? '' : '';
    let text;
    let label;
    if (status === 'offline') {
      text = '○ irlint offline';
      label = 'irlint is offline: the server is not reachable. Retrying in the background; you can keep writing and posting.';
    } else if (status === 'error') {
      text = '○ irlint';
      label = `irlint could not check this draft: ${message || 'unknown problem'}`;
    } else if (report && (status === 'ready' || status === 'checking')) {
      const v = report.verdict;
      text = `${VERDICT_MARKS[v] ?? ''} ${report.score} ${VERDICT_LABELS[v] ?? v}`.trim();
      const n = this.composer.findings().length;
      label = `irlint score ${report.score}, ${VERDICT_LABELS[v] ?? v}, ${n} finding${n === 1 ? '' : 's'}. Open details.`;
    } else if (status === 'checking') {
      text = '… irlint';
      label = 'irlint is checking this draft';
    } else {
      text = 'irlint';
      label = 'irlint: start writing to check your post';
    }
    if (b.textContent !== text) b.textContent = text;
    b.setAttribute('aria-label', label);
    b.title = label;
    const w = b.offsetWidth || 80;
    const left = Math.max(4, Math.min(editorRect.right - w, window.innerWidth - w - 4));
    const top = Math.min(editorRect.bottom + 4, window.innerHeight - 24);
    b.style.left = `${left}px`;
    b.style.top = `${top}px`;
  }

  // A <textarea> has no DOM for its text: lay the same text out in a hidden mirror with the
  // textarea's box and font, scrolled like it, and measure ranges there.
  mirrorModel(editorRect) {
    const ta = this.composer.el;
    if (!this.mirror) {
      this.mirror = h('div', { class: 'mirror', 'aria-hidden': 'true' });
      this.mirrorText = document.createTextNode('');
      this.mirror.append(this.mirrorText);
      this.root.append(this.mirror);
    }
    const cs = getComputedStyle(ta);
    const st = this.mirror.style;
    for (const p of MIRROR_PROPS) st[p] = cs[p];
    const bl = parseFloat(cs.borderLeftWidth) || 0;
    const br = parseFloat(cs.borderRightWidth) || 0;
    const bt = parseFloat(cs.borderTopWidth) || 0;
    const bb = parseFloat(cs.borderBottomWidth) || 0;
    Object.assign(st, {
      position: 'fixed', visibility: 'hidden', overflow: 'hidden', whiteSpace: 'pre-wrap', overflowWrap: 'break-word',
      boxSizing: 'border-box', borderStyle: 'solid', borderColor: 'transparent', margin: '0',
      left: `${editorRect.left}px`, top: `${editorRect.top}px`,
      width: `${ta.clientWidth + bl + br}px`, height: `${ta.clientHeight + bt + bb}px`,
    });
    const text = ta.value;
    if (this.mirrorText.data !== text) this.mirrorText.data = text;
    this.mirror.scrollTop = ta.scrollTop;
    this.mirror.scrollLeft = ta.scrollLeft;
    return { text, segments: text ? [{ node: this.mirrorText, start: 0, end: text.length }] : [], field: ta };
  }

  renderUnderlines(editorRect) {
    const c = this.composer;
    const model = c.model.field ? this.mirrorModel(editorRect) : c.model;
    const clip = clipRect(c.el, editorRect);
    this.boxes = [];
    const frag = document.createDocumentFragment();
    if (model.segments.length) {
      for (const f of c.findings()) {
        const range = rangeFor(model, f.offset, f.length);
        if (!range) continue;
        const boxes = lineBoxes(range.getClientRects());
        if (!boxes.length) continue;
        this.boxes.push({ finding: f, boxes });
        boxes.forEach((bx, i) => {
          const vis = intersect(bx, clip);
          if (!vis) return;
          const el = h('span', {
            class: `u ${f.severity}${this.activeFinding && sameFinding(f, this.activeFinding) ? ' active' : ''}`,
            'data-rule': f.ruleId,
            'data-severity': f.severity,
            'data-offset': f.offset,
            'data-length': f.length,
          });
          if (i === 0) {
            el.tabIndex = 0;
            el.setAttribute('role', 'button');
            el.setAttribute('aria-label', `${CATEGORY_LABELS[f.category] ?? f.category}, ${SEVERITY_LABELS[f.severity] ?? f.severity}: ${f.message}`);
            el.addEventListener('focus', () => this.openCard(f, { focus: false }));
            el.addEventListener('keydown', (e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                this.openCard(f, { focus: true });
              }
            });
          } else el.setAttribute('aria-hidden', 'true');
          el.style.left = `${vis.left}px`;
          el.style.top = `${vis.top}px`;
          el.style.width = `${vis.right - vis.left}px`;
          el.style.height = `${vis.bottom - vis.top}px`;
          frag.append(el);
        });
      }
    }
    const focused = this.root.activeElement;
    const focusKey = focused?.classList?.contains('u') ? focused.dataset.offset + ':' + focused.dataset.rule : null;
    this.layer.replaceChildren(frag);
    if (focusKey) {
      const again = [...this.layer.querySelectorAll('.u[tabindex]')].find((u) => u.dataset.offset + ':' + u.dataset.rule === focusKey);
      again?.focus({ preventScroll: true });
    }
  }

  /** The finding under a viewport point, if any (underlines themselves take no pointer events). */
  findingAt(x, y) {
    for (const { finding, boxes } of this.boxes) {
      if (boxes.some((b) => x >= b.left && x <= b.right && y >= b.top - 1 && y <= b.bottom + 2)) return finding;
    }
    return null;
  }

  isInUi(node) {
    return node != null && this.host.contains(node);
  }

  cardContains(x, y) {
    if (!this.card) return false;
    const r = this.card.getBoundingClientRect();
    return x >= r.left - 4 && x <= r.right + 4 && y >= r.top - 8 && y <= r.bottom + 4;
  }

  openCard(f, { focus = false } = {}) {
    if (this.card && this.activeFinding && sameFinding(f, this.activeFinding)) {
      if (focus) this.card.querySelector('button')?.focus();
      return;
    }
    this.closeCard();
    this.activeFinding = f;
    const c = this.composer;
    const cat = CATEGORY_LABELS[f.category] ?? f.category;
    const sev = SEVERITY_LABELS[f.severity] ?? f.severity;
    const titleId = `irlint-card-${c.key}`;
    const actions = h('div', { class: 'row' });
    for (const s of (f.suggestions ?? []).slice(0, 3)) {
      actions.append(h('button', {
        type: 'button', class: 'primary apply', 'data-action': 'apply', 'data-replacement': s,
        'aria-label': s === '' ? 'Apply: remove this text' : `Apply: replace with ${s}`,
        onclick: () => this.act(() => c.apply(f, s)),
      }, s === '' ? 'Remove it' : `Apply “${s}”`));
    }
    actions.append(
      h('button', { type: 'button', 'data-action': 'ignore', onclick: () => this.act(() => c.ignoreOnce(f)) }, 'Ignore this once'),
      h('button', { type: 'button', 'data-action': 'disable', onclick: () => this.act(() => c.disableRule(f.ruleId)) }, 'Turn this rule off'),
    );
    const link = f.url ? h('a', { href: f.url, target: '_blank', rel: 'noopener noreferrer' }, 'Why this matters') : null;
    this.card = h('div', { class: 'card', role: 'dialog', 'aria-labelledby': titleId, 'data-rule': f.ruleId },
      h('h2', { id: titleId }, h('span', { class: `sev ${f.severity}` }, `${sev} · ${cat}`)),
      h('p', { class: 'msg' }, f.message),
      actions,
      link ? h('p', { class: 'muted' }, link) : null,
    );
    this.card.addEventListener('mouseleave', () => this.composer.ctx.hoverOut(this));
    this.ui.append(this.card);
    const entry = this.boxes.find((b) => sameFinding(b.finding, f));
    if (entry) this.placeCard(entry.boxes[0]);
    this.live.textContent = `${sev}: ${f.message}`;
    this.layer.querySelectorAll('.u').forEach((u) => u.classList.toggle('active', Number(u.dataset.offset) === f.offset && u.dataset.rule === f.ruleId));
    if (focus) this.card.querySelector('button')?.focus();
  }

  placeCard(box) {
    if (!this.card || !box) return;
    const w = this.card.offsetWidth || 300;
    const hgt = this.card.offsetHeight || 120;
    let top = box.bottom + 6;
    if (top + hgt > window.innerHeight - 4) top = Math.max(4, box.top - hgt - 6);
    const left = Math.max(4, Math.min(box.left, window.innerWidth - w - 4));
    this.card.style.left = `${left}px`;
    this.card.style.top = `${top}px`;
  }

  closeCard({ restoreFocus = false } = {}) {
    const had = this.card && this.card.contains(this.root.activeElement);
    this.card?.remove();
    this.card = null;
    this.activeFinding = null;
    this.layer.querySelectorAll('.u.active').forEach((u) => u.classList.remove('active'));
    if (restoreFocus || had) this.composer.el.focus({ preventScroll: true });
  }

  async act(fn) {
    this.closeCard();
    await fn();
    this.schedule();
  }

  togglePanel(force) {
    const open = force ?? !this.panel;
    if (!open) {
      this.panel?.remove();
      this.panel = null;
      this.badge.setAttribute('aria-expanded', 'false');
      return;
    }
    this.closeCard();
    this.panel = h('div', { class: 'panel', role: 'dialog', 'aria-label': 'irlint report' });
    this.ui.append(this.panel);
    this.badge.setAttribute('aria-expanded', 'true');
    this.renderPanel();
    this.panel.querySelector('button, a')?.focus();
  }

  renderPanel() {
    const p = this.panel;
    const c = this.composer;
    const { status, report, message } = c.state;
    const focusedKey = this.root.activeElement?.dataset?.key;
    const kids = [];
    if (!report) {
      kids.push(h('h2', {}, 'irlint'));
      kids.push(h('p', { class: 'msg' }, status === 'offline' ? 'irlint is offline: the server is not reachable. It will retry; you can keep writing and posting.'
        : status === 'error' ? message || 'This draft could not be checked.' : status === 'checking' ? 'Checking…' : 'Start writing and irlint will check your post.'));
    } else {
      kids.push(h('h2', {}, `Score ${report.score} · ${VERDICT_LABELS[report.verdict] ?? report.verdict}`));
      if (status === 'offline') kids.push(h('p', { class: 'muted' }, 'irlint offline: showing the last result.'));
      const findings = c.findings();
      for (const cat of Object.keys(CATEGORY_LABELS)) {
        const list = findings.filter((f) => f.category === cat);
        const catScore = report.categories?.[cat]?.score;
        kids.push(h('h3', {}, `${CATEGORY_LABELS[cat]}${catScore != null ? ` · ${catScore}` : ''}`));
        if (!list.length) {
          kids.push(h('p', { class: 'muted' }, 'Nothing to fix.'));
          continue;
        }
        kids.push(h('ul', {}, list.map((f) => h('li', {},
          h('button', {
            type: 'button', class: 'finding', 'data-key': `f:${f.ruleId}:${f.offset}`,
            onclick: () => { this.togglePanel(false); c.reveal(f); },
          }, h('span', { class: `sev ${f.severity}` }, SEVERITY_LABELS[f.severity] ?? f.severity), ' ', f.message)))));
      }
      const tags = report.hashtags?.suggested ?? [];
      if (tags.length) {
        kids.push(h('h3', {}, 'Suggested hashtags'));
        kids.push(h('div', { class: 'row' }, tags.map((t) => h('button', {
          type: 'button', 'data-action': 'hashtag', 'data-key': `h:${t}`, 'aria-label': `Add hashtag ${t}`, onclick: () => this.actPanel(() => c.append(t)),
        }, `+ ${t}`))));
      }
      const refs = report.references ?? [];
      if (refs.length) {
        kids.push(h('h3', {}, 'Reliable references'));
        kids.push(h('ul', {}, refs.map((r) => h('li', {}, h('button', {
          type: 'button', class: 'finding', 'data-action': 'reference', 'data-key': `r:${r.url}`,
          'aria-label': `Insert link to ${r.title}`, onclick: () => this.actPanel(() => c.append(r.url)),
        }, `Insert link: ${r.title}`)))));
      }
      if (report.length) {
        const L = report.length;
        kids.push(h('h3', {}, 'Length'));
        kids.push(h('p', { class: L.valid ? 'muted' : 'sev error' }, `${L.weighted} / ${L.limit} as X counts it${L.valid ? '' : ' — too long for one post'}`));
      }
    }
    kids.push(h('div', { class: 'row' }, h('button', { type: 'button', 'data-key': 'close', onclick: () => { this.togglePanel(false); this.badge.focus(); } }, 'Close')));
    p.replaceChildren(...kids);
    const b = this.badge.getBoundingClientRect();
    const w = p.offsetWidth || 340;
    const hgt = p.offsetHeight || 200;
    let top = b.bottom + 6;
    if (top + hgt > window.innerHeight - 4) top = Math.max(4, b.top - hgt - 6);
    p.style.left = `${Math.max(4, Math.min(b.right - w, window.innerWidth - w - 4))}px`;
    p.style.top = `${top}px`;
    if (focusedKey) p.querySelector(`[data-key="${CSS.escape(focusedKey)}"]`)?.focus();
  }

  async actPanel(fn) {
    await fn();
    this.schedule();
  }

  onKey(e) {
    if (e.key !== 'Escape') return;
    if (this.card) {
      e.stopPropagation();
      this.closeCard({ restoreFocus: true });
    } else if (this.panel) {
      e.stopPropagation();
      this.togglePanel(false);
      this.badge.focus();
    }
  }
}

const MIRROR_PROPS = ['fontFamily', 'fontSize', 'fontWeight', 'fontStyle', 'fontVariant', 'fontStretch', 'letterSpacing', 'wordSpacing',
  'lineHeight', 'textTransform', 'textIndent', 'tabSize', 'direction', 'textAlign', 'paddingTop', 'paddingRight', 'paddingBottom',
  'paddingLeft', 'borderTopWidth', 'borderRightWidth', 'borderBottomWidth', 'borderLeftWidth'];

export function sameFinding(a, b) {
  return a.ruleId === b.ruleId && a.offset === b.offset && a.length === b.length;
}

function intersect(a, b) {
  const r = { left: Math.max(a.left, b.left), right: Math.min(a.right, b.right), top: Math.max(a.top, b.top), bottom: Math.min(a.bottom, b.bottom) };
  return r.right > r.left && r.bottom > r.top ? r : null;
}

// The part of the viewport where the editor's text can be seen: clipped by every scrolling
// ancestor (a compose dialog, a reply box) and by the window.
function clipRect(el, editorRect) {
  let r = { left: 0, top: 0, right: window.innerWidth, bottom: window.innerHeight };
  r = intersect(r, { left: editorRect.left - 2, top: editorRect.top - 2, right: editorRect.right + 2, bottom: editorRect.bottom + 4 }) ?? { left: 0, top: 0, right: 0, bottom: 0 };
  for (let p = el.parentElement; p && p !== document.body; p = p.parentElement) {
    const s = getComputedStyle(p);
    if (/(auto|scroll|hidden|clip)/.test(s.overflowY + s.overflowX)) {
      r = intersect(r, p.getBoundingClientRect()) ?? { left: 0, top: 0, right: 0, bottom: 0 };
    }
  }
  return r;
}
