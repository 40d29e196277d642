// Checks one composer's text as it changes: debounced, newest answer wins, retries with
// backoff while the server is unreachable. Knows nothing about the DOM or the network;
// `send(text)` resolves to `{ ok: true, report }` or `{ ok: false, reason, message }`.

import { debounce, LatestOnly, backoffDelay } from './schedule.js';

export const DEBOUNCE_MS = 350;

export class Checker {
  /**
   * @param {object} o
   * @param {(text: string) => Promise<object>} o.send
   * @param {(state: object) => void} o.onState  called with
   *   `{ status: 'idle'|'checking'|'ready'|'offline'|'error', text, report?, message? }`
   */
  constructor({ send, onState, wait = DEBOUNCE_MS, timers = globalThis, backoff = {} }) {
    this.send = send;
    this.onState = onState;
    this.timers = timers;
    this.backoff = backoff;
    this.tickets = new LatestOnly();
    this.text = null;          // the latest text seen
    this.checkedText = null;   // the text of the report on screen
    this.report = null;
    this.failures = 0;
    this.retryHandle = null;
    this.inflight = null;
    this.debounced = debounce((text) => this.#run(text), wait, timers);
  }

  /** The composer's text changed (or was read for the first time). */
  update(text) {
    if (text === this.text) return;
    this.text = text;
    this.#clearRetry();
    if (text.trim() === '') {
      this.debounced.cancel();
      this.tickets.next(); // any answer still on its way is now stale
      this.checkedText = text;
      this.report = null;
      this.inflight = null;
      this.onState({ status: 'idle', text });
      return;
    }
    this.debounced.call(text);
  }

  /** True when the report on screen is for the text in the composer now. */
  isFresh() {
    return this.text !== null && this.checkedText === this.text && !this.debounced.pending();
  }

  /**
   * Checks now (skipping the debounce) and resolves with the outcome for the current text,
   * or with null after `timeoutMs`. Used by the Post guard.
   */
  async checkNow(timeoutMs) {
    if (this.isFresh() && this.inflight === null) return { ok: this.report !== null, report: this.report };
    if (!this.debounced.flush() && this.inflight === null) this.#run(this.text);
    const pending = this.inflight;
    if (!pending) return { ok: this.report !== null, report: this.report };
    let timer;
    const timeout = new Promise((resolve) => {
      timer = this.timers.setTimeout(() => resolve(null), timeoutMs);
    });
    const result = await Promise.race([pending, timeout]);
    this.timers.clearTimeout(timer);
    return result;
  }

  dispose() {
    this.debounced.cancel();
    this.#clearRetry();
    this.tickets.next();
  }

  #run(text) {
    const ticket = this.tickets.next();
    this.onState({ status: 'checking', text, report: this.report });
    const p = Promise.resolve()
      .then(() => this.send(text))
      .catch((e) => ({ ok: false, reason: 'offline', message: String(e && e.message) }))
      .then((result) => {
        if (!this.tickets.isCurrent(ticket)) return null; // a newer check superseded this one
        this.inflight = null;
        if (result && result.ok) {
          this.failures = 0;
          this.checkedText = text;
          this.report = result.report;
          this.onState({ status: 'ready', text, report: result.report });
        } else {
          const reason = (result && result.reason) || 'offline';
          this.onState({ status: reason === 'offline' ? 'offline' : 'error', text, message: result && result.message });
          this.#scheduleRetry(text);
        }
        return result;
      });
    this.inflight = p;
    return p;
  }

  #scheduleRetry(text) {
    const delay = backoffDelay(this.failures, this.backoff);
    this.failures += 1;
    this.retryHandle = this.timers.setTimeout(() => {
      this.retryHandle = null;
      if (this.text === text) this.#run(text);
    }, delay);
  }

  #clearRetry() {
    if (this.retryHandle !== null) this.timers.clearTimeout(this.retryHandle);
    this.retryHandle = null;
  }
}
