// Timing helpers for checking as the user types: debounce, latest-answer-wins, backoff.

/** Calls `fn` once typing has paused for `wait` ms; `flush()` runs a pending call now. */
export function debounce(fn, wait, timers = globalThis) {
  let handle = null;
  let lastArgs = null;
  const run = () => {
    handle = null;
    const args = lastArgs;
    lastArgs = null;
    fn(...args);
  };
  return {
    call(...args) {
      lastArgs = args;
      if (handle !== null) timers.clearTimeout(handle);
      handle = timers.setTimeout(run, wait);
    },
    flush() {
      if (handle === null) return false;
      timers.clearTimeout(handle);
      run();
      return true;
    },
    cancel() {
      if (handle !== null) timers.clearTimeout(handle);
      handle = null;
      lastArgs = null;
    },
    pending() {
      return handle !== null;
    },
  };
}

/** Hands out increasing tickets; only the newest ticket's answer is current. */
export class LatestOnly {
  #latest = 0;
  next() {
    this.#latest += 1;
    return this.#latest;
  }
  isCurrent(ticket) {
    return ticket === this.#latest;
  }
}

/** Delay before retry number `attempt` (0-based): doubles from `base` up to `max`. */
export function backoffDelay(attempt, { base = 1000, max = 30000 } = {}) {
  return Math.min(max, base * 2 ** Math.max(0, attempt));
}
