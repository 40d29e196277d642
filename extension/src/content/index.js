// Content script for x.com / twitter.com: finds composers, checks their text through the
// background worker, draws the results in an overlay and guards the Post button.
// The draft lives only in the page and in memory here; it goes nowhere but the background
// worker, which sends it to the configured irlint server. Nothing is logged or stored.

import { readComposer, rebaseFindings, offsetAt } from '../lib/text.js';
import { Checker } from '../lib/checker.js';
import { loadSettings, saveSettings, siteOf, DEFAULTS } from '../lib/settings.js';
import { findComposers, composersForButton, buttonForComposer } from './composers.js';
import { ComposerView } from './view.js';
import { PostGuard } from './guard.js';
import { replaceText, appendText, selectText } from './editing.js';

const api = globalThis.browser ?? globalThis.chrome;
let nextKey = 1;

class Composer {
  constructor(el, app) {
    this.el = el;
    this.app = app;
    this.ctx = app;
    this.key = String(nextKey++);
    this.state = { status: 'idle', text: '', report: null };
    this.reportText = '';
    this.ignored = new Set(); // "ignore this once": memory only, gone with the composer
    this.model = readComposer(el);
    this.cache = null;
    this.checker = new Checker({
      send: (text) => app.send(this.key, text),
      onState: (s) => this.onState(s),
    });
    this.view = new ComposerView(this);
    this.observer = new MutationObserver(() => this.onChange());
    this.observer.observe(el, { subtree: true, childList: true, characterData: true });
    this.onInput = () => this.onChange();
    el.addEventListener('input', this.onInput);
    this.resize = new ResizeObserver(() => this.view.schedule());
    this.resize.observe(el);
    this.onChange();
  }

  enabled() {
    return this.app.enabled();
  }

  onChange() {
    this.model = readComposer(this.el);
    this.checker.update(this.model.text);
    this.view.schedule();
  }

  onState(s) {
    if (s.status === 'ready') this.reportText = s.text;
    const report = s.status === 'ready' || s.status === 'checking' || s.status === 'offline' || s.status === 'error'
      ? s.report ?? this.state.report : null;
    this.state = { status: s.status, text: s.text, report: s.status === 'idle' ? null : report, message: s.message };
    if (s.status === 'ready') this.view.render(); // draw at once: the answer is on screen within a frame
    else this.view.schedule();
  }

  /** Findings for the text in the composer now, minus what the user ignored or turned off. */
  findings() {
    const report = this.state.report;
    if (!report) return [];
    const text = this.model.text;
    const s = this.app.settings;
    if (this.cache && this.cache.report === report && this.cache.text === text && this.cache.settings === s && this.cache.ignored === this.ignored.size) {
      return this.cache.findings;
    }
    const ignoreList = s.ignoreList.map((t) => t.toLowerCase());
    const findings = rebaseFindings(report.findings, this.reportText, text).filter((f) => {
      if (s.disabledRules.includes(f.ruleId)) return false;
      const matched = text.slice(f.offset, f.offset + f.length);
      if (this.ignored.has(`${f.ruleId}\u0000${matched}`)) return false;
      return !ignoreList.includes(matched.toLowerCase());
    });
    this.cache = { report, text, settings: s, ignored: this.ignored.size, findings };
    return findings;
  }

  blockingFindings() {
    return this.findings().filter((f) => f.category === 'privacy' && f.severity === 'error');
  }

  isBlocked() {
    return this.blockingFindings().length > 0;
  }

  needsCheckBeforePost() {
    return this.model.text.trim() !== '' && !this.checker.isFresh() && this.state.status !== 'offline';
  }

  checkNow(timeoutMs) {
    return this.checker.checkNow(timeoutMs);
  }

  threadIndex() {
    const m = /tweetTextarea_(\d+)/.exec(this.el.getAttribute('data-testid') ?? '');
    return m ? Number(m[1]) : 0;
  }

  focusFirstProblem() {
    const f = this.blockingFindings()[0];
    if (f) this.reveal(f);
    else this.el.focus();
  }

  reveal(f) {
    selectText(this.el, f.offset, f.length);
    this.view.render();
    this.view.openCard(f, { focus: true });
  }

  apply(f, replacement) {
    return replaceText(this.el, f.offset, f.length, replacement, this.model.text);
  }

  ignoreOnce(f) {
    this.ignored.add(`${f.ruleId}\u0000${this.model.text.slice(f.offset, f.offset + f.length)}`);
    this.cache = null;
  }

  disableRule(ruleId) {
    const rules = [...new Set([...this.app.settings.disabledRules, ruleId])];
    return saveSettings(api.storage.local, { disabledRules: rules });
  }

  append(addition) {
    return appendText(this.el, addition);
  }

  recheck() {
    this.checker.text = null;
    this.cache = null;
    this.onChange();
  }

  findingAtCaret() {
    if (this.model.field) {
      const at = this.el.selectionStart;
      return this.findings().find((f) => at >= f.offset && at <= f.offset + f.length) ?? null;
    }
    const sel = document.getSelection();
    if (!sel || !sel.anchorNode || !this.el.contains(sel.anchorNode)) return null;
    const at = offsetAt(this.model, sel.anchorNode, sel.anchorOffset);
    return this.findings().find((f) => at >= f.offset && at <= f.offset + f.length) ?? null;
  }

  dispose() {
    this.observer.disconnect();
    this.resize.disconnect();
    this.el.removeEventListener('input', this.onInput);
    this.checker.dispose();
    this.view.dispose();
  }
}

class App {
  constructor() {
    this.composers = new Map();
    this.settings = DEFAULTS;
    this.site = siteOf(location.hostname);
    this.scanQueued = false;
    this.hoverFrame = 0;
    this.hideTimer = 0;
  }

  enabled() {
    return this.site !== null && this.settings.sites[this.site] !== false;
  }

  async start() {
    try {
      this.settings = await loadSettings(api.storage.local);
    } catch {
      this.settings = DEFAULTS;
    }
    api.storage.onChanged.addListener((changes, area) => {
      if (area !== 'local') return;
      loadSettings(api.storage.local).then((s) => {
        const rulesChanged = 'disabledRules' in changes || 'audience' in changes || 'serverUrl' in changes || 'token' in changes;
        this.settings = s;
        this.scan();
        for (const c of this.composers.values()) {
          c.cache = null;
          if (rulesChanged) c.recheck();
          c.view.schedule();
        }
      });
    });
    new MutationObserver(() => this.queueScan()).observe(document.documentElement, { childList: true, subtree: true });
    const redraw = () => this.composers.forEach((c) => c.view.schedule());
    window.addEventListener('scroll', redraw, { capture: true, passive: true });
    window.addEventListener('resize', redraw, { passive: true });
    document.addEventListener('mousemove', (e) => this.onMouse(e), { passive: true });
    window.addEventListener('keydown', (e) => this.onShortcut(e), true);
    this.guard = new PostGuard(this);
    this.scan();
  }

  queueScan() {
    if (this.scanQueued) return;
    this.scanQueued = true;
    setTimeout(() => {
      this.scanQueued = false;
      this.scan();
    }, 50);
  }

  scan() {
    const found = this.enabled() ? findComposers(document) : [];
    for (const [el, c] of this.composers) {
      if (!found.includes(el) || !el.isConnected) {
        c.dispose();
        this.composers.delete(el);
      }
    }
    for (const el of found) if (!this.composers.has(el)) this.composers.set(el, new Composer(el, this));
  }

  async send(key, text) {
    try {
      const answer = await api.runtime.sendMessage({ type: 'irlint/check', key, text });
      return answer ?? { ok: false, reason: 'offline' };
    } catch {
      return { ok: false, reason: 'offline' }; // extension reloaded or worker unavailable
    }
  }

  composersForButton(button) {
    const els = composersForButton(button, [...this.composers.keys()]);
    return els.map((el) => this.composers.get(el));
  }

  composerOfNode(node) {
    for (const [el, c] of this.composers) if (el === node || el.contains(node)) return c;
    return null;
  }

  buttonFor(composer) {
    return buttonForComposer(composer.el);
  }

  onMouse(e) {
    const { clientX: x, clientY: y } = e;
    if (this.hoverFrame) return;
    this.hoverFrame = requestAnimationFrame(() => {
      this.hoverFrame = 0;
      for (const c of this.composers.values()) {
        const v = c.view;
        const f = v.findingAt(x, y);
        if (f) {
          clearTimeout(this.hideTimer);
          v.openCard(f);
        } else if (v.card && !v.cardContains(x, y) && !v.card.contains(v.root.activeElement)) {
          this.hoverOut(v);
        } else if (v.card) clearTimeout(this.hideTimer);
      }
    });
  }

  hoverOut(view) {
    clearTimeout(this.hideTimer);
    this.hideTimer = setTimeout(() => {
      if (view.card && !view.card.matches(':hover') && !view.card.contains(view.root.activeElement)) view.closeCard();
    }, 300);
  }

  // Alt+Shift+I in a composer: open the card for the finding at the caret (or the panel).
  onShortcut(e) {
    if (!(e.altKey && e.shiftKey && e.code === 'KeyI')) return;
    const c = this.composerOfNode(e.target);
    if (!c) return;
    e.preventDefault();
    e.stopPropagation();
    const f = c.findingAtCaret();
    if (f) c.view.openCard(f, { focus: true });
    else c.view.togglePanel(true);
  }
}

if (!globalThis.__irlintStarted) {
  globalThis.__irlintStarted = true;
  new App().start();
}
