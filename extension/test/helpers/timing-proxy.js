// A pass-through HTTP proxy in front of the irlint server that notes when each answer was
// sent (epoch ms), so a test can measure how soon the page shows it.
import http from 'node:http';

export async function startTimingProxy(target) {
  const answers = []; // { text, answeredAt }
  const upstream = new URL(target);
  const server = http.createServer((req, res) => {
    const chunks = [];
    req.on('data', (c) => chunks.push(c));
    req.on('end', () => {
      const body = Buffer.concat(chunks);
      const out = http.request(
        { host: upstream.hostname, port: upstream.port, path: req.url, method: req.method, headers: { ...req.headers, host: upstream.host } },
        (up) => {
          const parts = [];
          up.on('data', (c) => parts.push(c));
          up.on('end', () => {
            // the moment the server's answer is complete and handed on to the extension
            if (req.url === '/api/v1/check') {
              let text = null;
              try {
                text = JSON.parse(body.toString('utf8')).text;
              } catch {
                // not JSON
              }
              answers.push({ text, answeredAt: Date.now() });
            }
            res.writeHead(up.statusCode, up.headers);
            res.end(Buffer.concat(parts));
          });
        },
      );
      out.on('error', () => res.writeHead(502).end());
      out.end(body);
    });
  });
  await new Promise((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${server.address().port}`,
    answers,
    stop: () => new Promise((r) => { server.closeAllConnections?.(); server.close(() => r()); }),
  };
}
