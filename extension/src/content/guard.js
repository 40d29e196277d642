// Guard on posting: while a draft's verdict is `blocked` (a privacy error), a click on Post
// or Ctrl/Cmd+Enter asks first. The post goes only if the user chooses "Post anyway".
// Offline or slow server: never in the way.

import { OVERLAY_CSS } from './styles.js';
import { POST_BUTTONS } from './composers.js';

export const FRESH_CHECK_TIMEOUT_MS = 2000;

export class PostGuard {
  /** @param app `{ enabled(), composersForButton(btn), composerOfNode(node), buttonFor(composer) }` */
  constructor(app) {
    this.app = app;
    this.bypass = false;
    this.busy = false;
    this.dialog = null;
    this.onClick = this.onClick.bind(this);
    this.onKey = this.onKey.bind(this);
    window.addEventListener('click', this.onClick, true);
    window.addEventListener('keydown', this.onKey, true);
  }

  dispose() {
    window.removeEventListener('click', this.onClick, true);
    window.removeEventListener('keydown', this.onKey, true);
    this.dialog?.host.remove();
  }

  onClick(e) {
    const button = e.target instanceof Element ? e.target.closest(POST_BUTTONS) : null;
    if (!button || this.bypass || !this.app.enabled()) return;
    this.intercept(e, this.app.composersForButton(button), () => this.release(() => button.click()));
  }

  onKey(e) {
    if (e.key !== 'Enter' || !(e.ctrlKey || e.metaKey) || this.bypass || !this.app.enabled()) return;
    const composer = this.app.composerOfNode(e.target);
    if (!composer) return;
    const button = this.app.buttonFor(composer);
    const composers = button ? this.app.composersForButton(button) : [composer];
    const target = e.target;
    const init = { key: 'Enter', code: 'Enter', ctrlKey: e.ctrlKey, metaKey: e.metaKey, bubbles: true, cancelable: true };
    this.intercept(e, composers.length ? composers : [composer], () =>
      this.release(() => (button ? button.click() : target.dispatchEvent(new KeyboardEvent('keydown', init)))));
  }

  intercept(e, composers, post) {
    const stale = composers.filter((c) => c.needsCheckBeforePost());
    const blocked = composers.filter((c) => c.isBlocked());
    if (!stale.length && !blocked.length) return; // clean, offline or empty: let it go untouched
    e.preventDefault();
    e.stopImmediatePropagation();
    if (this.busy) return;
    this.busy = true;
    (async () => {
      if (stale.length) await Promise.all(stale.map((c) => c.checkNow(FRESH_CHECK_TIMEOUT_MS)));
      const problems = composers.filter((c) => c.isBlocked());
      if (!problems.length) return post();
      if (await this.confirm(problems, composers.length > 1)) post();
      else problems[0].focusFirstProblem();
    })().finally(() => {
      this.busy = false;
    });
  }

  release(fn) {
    this.bypass = true;
    try {
      fn();
    } finally {
      this.bypass = false;
    }
  }

  /** Resolves true for "Post anyway", false for "Go back and edit". */
  confirm(composers, thread = false) {
    return new Promise((resolve) => {
      const host = document.createElement('irlint-guard');
      host.style.cssText = 'position:fixed;left:0;top:0;width:0;height:0;pointer-events:none;z-index:2147483001;';
      const root = host.attachShadow({ mode: 'open' });
      const style = document.createElement('style');
      style.textContent = OVERLAY_CSS;
      const wrap = document.createElement('div');
      wrap.className = 'guard';
      const box = document.createElement('div');
      box.className = 'box';
      box.setAttribute('role', 'alertdialog');
      box.setAttribute('aria-modal', 'true');
      box.setAttribute('aria-labelledby', 'irlint-guard-title');
      box.setAttribute('aria-describedby', 'irlint-guard-list');
      const title = document.createElement('h2');
      title.id = 'irlint-guard-title';
      title.textContent = 'This post may identify a patient';
      const intro = document.createElement('p');
      intro.textContent = 'irlint found privacy problems. Remove them before posting:';
      const list = document.createElement('ul');
      list.id = 'irlint-guard-list';
      composers.forEach((c, i) => {
        for (const f of c.blockingFindings()) {
          const li = document.createElement('li');
          li.textContent = (thread ? `Post ${c.threadIndex() + 1}: ` : '') + f.message;
          list.append(li);
        }
      });
      const row = document.createElement('div');
      row.className = 'row';
      const back = document.createElement('button');
      back.type = 'button';
      back.className = 'primary';
      back.dataset.action = 'back';
      back.textContent = 'Go back and edit';
      const anyway = document.createElement('button');
      anyway.type = 'button';
      anyway.dataset.action = 'post-anyway';
      anyway.textContent = 'Post anyway';
      row.append(back, anyway);
      box.append(title, intro, list, row);
      wrap.append(box);
      root.append(style, wrap);
      document.body.append(host);
      this.dialog = { host };
      const close = (answer) => {
        host.remove();
        this.dialog = null;
        resolve(answer);
      };
      back.addEventListener('click', () => close(false));
      anyway.addEventListener('click', () => close(true));
      box.addEventListener('keydown', (ev) => {
        ev.stopPropagation();
        if (ev.key === 'Escape') close(false);
        if (ev.key === 'Tab') {
          ev.preventDefault();
          (root.activeElement === back ? anyway : back).focus();
        }
      });
      back.focus();
    });
  }
}
