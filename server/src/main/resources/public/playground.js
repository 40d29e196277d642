// The irlint playground: the text goes to this server's /api/v1/check as you type, and the answer is drawn
// the way the extension draws it. No framework and no CDN, so it works offline from the jar.
(function () {
  'use strict';
  const $ = (id) => document.getElementById(id);
  const text = $('text');
  const backdrop = $('backdrop');
  const audience = $('audience');
  const token = $('token');
  const CATEGORIES = ['privacy', 'professionalism', 'relevance', 'reach'];
  const RANK = { info: 1, warning: 2, error: 3 };
  let sequence = 0;
  let inflight = null;
  let timer = null;
  let report = null;
  let checkedText = '';

  function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k === 'class') node.className = v; else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
      else node.setAttribute(k, v);
    }
    for (const c of children) node.append(c instanceof Node ? c : document.createTextNode(String(c)));
    return node;
  }

  function schedule() {
    clearTimeout(timer);
    timer = setTimeout(check, 150);
    drawHighlights(); // keep the underlines aligned with the text while the next answer is on its way
  }

  async function check() {
    const value = text.value;
    const mine = ++sequence;
    if (inflight) inflight.abort();
    if (!value.trim()) {
      report = null; checkedText = ''; drawAll(); setStatus(''); return;
    }
    inflight = new AbortController();
    const headers = { 'Content-Type': 'application/json' };
    if (token.value) headers.Authorization = 'Bearer ' + token.value;
    try {
      setStatus('checking…');
      const res = await fetch('/api/v1/check', {
        method: 'POST', headers, signal: inflight.signal,
        body: JSON.stringify({ text: value, audience: audience.value }),
      });
      const body = await res.json();
      if (mine !== sequence) return;
      if (!res.ok) {
        if (res.status === 401) $('token-row').hidden = false;
        setStatus(body.detail || ('error ' + res.status), true);
        return;
      }
      report = body; checkedText = value;
      setStatus('');
      drawAll();
    } catch (e) {
      if (e.name !== 'AbortError' && mine === sequence) setStatus('The server did not answer.', true);
    }
  }

  function setStatus(message, error) {
    const s = $('status');
    s.textContent = message;
    s.classList.toggle('error', !!error);
  }

  // Findings whose span still fits the current text: stale offsets would underline the wrong characters.
  function liveFindings() {
    if (!report) return [];
    const value = text.value;
    if (value === checkedText) return report.findings;
    return report.findings.filter((f) => value.slice(f.offset, f.offset + f.length)
      === checkedText.slice(f.offset, f.offset + f.length));
  }

  function drawHighlights() {
    const value = text.value;
    const findings = liveFindings();
    const cuts = new Set([0, value.length]);
    findings.forEach((f) => { cuts.add(f.offset); cuts.add(Math.min(value.length, f.offset + f.length)); });
    const points = [...cuts].sort((a, b) => a - b);
    backdrop.replaceChildren();
    for (let i = 0; i + 1 < points.length; i++) {
      const from = points[i], to = points[i + 1];
      const piece = value.slice(from, to);
      const covering = findings.filter((f) => f.offset <= from && f.offset + f.length >= to && f.length > 0);
      if (!covering.length) { backdrop.append(piece); continue; }
      const worst = covering.reduce((a, b) => (RANK[b.severity] > RANK[a.severity] ? b : a));
      const mark = el('mark', { class: worst.severity, 'data-index': String(report.findings.indexOf(worst)) }, piece);
      backdrop.append(mark);
    }
    backdrop.append('\n'); // a trailing newline in a textarea still takes a line
    backdrop.scrollTop = text.scrollTop;
  }

  function drawAll() {
    drawHighlights();
    drawFindings();
    drawSummary();
  }

  function drawFindings() {
    const list = $('findings');
    list.replaceChildren();
    const findings = report ? report.findings : [];
    $('no-findings').hidden = !report || findings.length > 0;
    findings.forEach((f, index) => {
      const quote = checkedText.slice(f.offset, f.offset + f.length);
      const item = el('li', { class: 'finding ' + f.severity, 'data-index': String(index) },
        el('div', { class: 'meta' }, el('span', { class: 'sev' }, f.severity), f.category + ' · ' + f.ruleId),
        el('div', {}, f.category === 'privacy' || !quote ? '' : el('span', { class: 'quote' }, quote), ' ', f.message));
      const fixes = el('div', {});
      f.suggestions.forEach((s) => fixes.append(el('button', {
        type: 'button', title: 'Replace with this', onclick: () => apply(f, s),
      }, s === '' ? '(remove)' : s)));
      if (f.url) fixes.append(el('a', { href: f.url, target: '_blank', rel: 'noopener' }, ' why?'));
      item.append(fixes);
      item.addEventListener('mouseenter', () => activate(index, true));
      item.addEventListener('mouseleave', () => activate(index, false));
      list.append(item);
    });
  }

  function activate(index, on) {
    backdrop.querySelectorAll('mark[data-index="' + index + '"]').forEach((m) => m.classList.toggle('active', on));
  }

  function apply(finding, replacement) {
    const value = text.value;
    if (value.slice(finding.offset, finding.offset + finding.length)
        !== checkedText.slice(finding.offset, finding.offset + finding.length)) return; // the text moved on
    text.value = value.slice(0, finding.offset) + replacement + value.slice(finding.offset + finding.length);
    const caret = finding.offset + replacement.length;
    text.focus();
    text.setSelectionRange(caret, caret);
    check();
  }

  function drawSummary() {
    const r = report;
    $('score').textContent = r ? r.score : '–';
    const v = $('verdict');
    v.textContent = r ? r.verdict : 'waiting';
    v.className = 'verdict ' + (r ? r.verdict : '');
    const cats = $('categories');
    cats.replaceChildren();
    CATEGORIES.forEach((c) => {
      const s = r ? r.categories[c] : null;
      const score = s ? s.score : 0;
      const bar = el('div', { class: 'bar ' + (score < 50 ? 'low' : score < 80 ? 'mid' : '') }, el('span', {}));
      bar.firstChild.style.width = (s ? score : 0) + '%';
      cats.append(el('li', { 'data-category': c }, c, bar, s ? String(score) : '–'));
    });
    const len = $('length');
    len.textContent = r ? r.length.weighted + ' / ' + r.length.limit : '';
    len.classList.toggle('over', !!r && !r.length.valid);
    $('relevance').textContent = r
      ? (r.relevance.onTopic ? 'On topic' : 'Not clearly about IR') + ' (' + r.relevance.score.toFixed(2) + ')'
        + (r.relevance.topics.length ? ': ' + r.relevance.topics.map((t) => t.label).join(', ') : '')
      : '–';
    const tags = $('hashtags');
    tags.replaceChildren();
    if (r) {
      r.hashtags.present.forEach((t) => tags.append(el('span', { class: 'tag present' }, t)));
      r.hashtags.suggested.forEach((t) => tags.append(el('button', {
        type: 'button', class: 'tag', title: 'Add to the post',
        onclick: () => { text.value = text.value.replace(/\s*$/, '') + ' ' + t; check(); },
      }, '+ ' + t)));
      if (!r.hashtags.present.length && !r.hashtags.suggested.length) tags.append(el('span', { class: 'muted' }, 'None'));
    }
    const refs = $('references');
    refs.replaceChildren();
    (r ? r.references : []).forEach((ref) => refs.append(el('li', {},
      el('a', { href: ref.url, target: '_blank', rel: 'noopener' }, ref.title))));
    if (r && !r.references.length) refs.append(el('li', { class: 'muted' }, 'None for this post'));
  }

  text.addEventListener('input', schedule);
  text.addEventListener('scroll', () => { backdrop.scrollTop = text.scrollTop; });
  audience.addEventListener('change', check);
  token.addEventListener('change', check);
  new ResizeObserver(() => { backdrop.style.height = text.offsetHeight + 'px'; }).observe(text);
  drawSummary();
  if (text.value) check();
})();
