// A small stand-in for the irlint server, for developing the extension before the real one
// exists. It answers `POST /api/v1/check` with contract-shaped reports from a few toy rules
// (the real rules live in core; none of this ships in the extension).
import http from 'node:http';

const RULES = [
  {
    ruleId: 'privacy.mrn', category: 'privacy', severity: 'error',
    re: /\b(?:MRN|UR no\.?|hospital number)\s*[:#]?\s*(\d{6,10})\b/giu,
    message: 'This looks like a medical record number. It identifies a patient: remove it.',
    suggestions: ['[MRN removed]'],
  },
  {
    ruleId: 'professionalism.overpromising', category: 'professionalism', severity: 'warning',
    re: /\b(guaranteed|painless|no risk)\b/giu,
    message: "Promises like this can mislead patients; outcomes vary.",
    suggestions: ['usually', 'low risk'],
  },
];

const IR_TERMS = /\b(UFE|fibroid|emboli[sz]ation|angioplasty|stent|IR|interventional)\b/iu;

export function report(text) {
  const findings = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const part = m[1] ?? m[0];
      const offset = m.index + m[0].lastIndexOf(part);
      findings.push({ ruleId: rule.ruleId, category: rule.category, severity: rule.severity, offset, length: part.length, message: rule.message, suggestions: rule.suggestions });
    }
  }
  findings.sort((a, b) => a.offset - b.offset);
  const present = text.match(/#\w+/gu) ?? [];
  const onTopic = IR_TERMS.test(text);
  const suggested = /fibroid|UFE/iu.test(text) ? ['#UFE', '#IRad'].filter((t) => !present.includes(t)) : [];
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.filter((f) => f.severity === 'warning').length;
  const cats = {};
  for (const c of ['privacy', 'professionalism', 'relevance', 'reach']) {
    const n = findings.filter((f) => f.category === c).length;
    cats[c] = { score: Math.max(0, 100 - 40 * n), findings: n };
  }
  let weighted = 0;
  for (const ch of text) weighted += /[\u1100-\uffff]|[\u{10000}-\u{10ffff}]/u.test(ch) ? 2 : 1;
  return {
    score: Math.max(0, 100 - 40 * errors - 10 * warnings - (onTopic ? 0 : 10)),
    verdict: errors && findings.some((f) => f.category === 'privacy' && f.severity === 'error') ? 'blocked' : errors || warnings ? 'review' : 'ready',
    categories: cats,
    relevance: { score: onTopic ? 0.8 : 0.1, onTopic, topics: onTopic ? [{ id: 'uterine-fibroid-embolization', label: 'Uterine fibroid embolization' }] : [] },
    length: { weighted, limit: 280, valid: weighted <= 280 },
    hashtags: { present, suggested },
    references: /fibroid|UFE/iu.test(text) ? [{ id: 'ufe', title: 'Uterine fibroid embolization', url: 'https://www.radiologyinfo.org/en/info/ufe', score: 0.9 }] : [],
    findings,
  };
}

/** Starts the stand-in on 127.0.0.1 (a free port unless given). `delayMs` slows answers. */
export async function startStandIn({ port = 0, delayMs = 0 } = {}) {
  const state = { requests: 0, delayMs };
  const server = http.createServer((req, res) => {
    const cors = { 'Access-Control-Allow-Origin': req.headers.origin ?? '*', 'Access-Control-Allow-Headers': 'Content-Type, Authorization', 'Access-Control-Allow-Methods': 'GET, POST, OPTIONS' };
    if (req.method === 'OPTIONS') return res.writeHead(204, cors).end();
    if (req.method === 'GET' && req.url === '/health') return res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end('{"status":"UP"}');
    if (req.method === 'POST' && req.url === '/api/v1/check') {
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        state.requests += 1;
        let text;
        try {
          text = JSON.parse(body).text;
        } catch {
          text = undefined;
        }
        if (typeof text !== 'string' || text === '') {
          return res.writeHead(400, { ...cors, 'Content-Type': 'application/problem+json' }).end(JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: 'text is required' }));
        }
        setTimeout(() => res.writeHead(200, { ...cors, 'Content-Type': 'application/json' }).end(JSON.stringify(report(text))), state.delayMs);
      });
      return undefined;
    }
    return res.writeHead(404, cors).end();
  });
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${server.address().port}`;
  return { url, state, stop: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }) };
}
