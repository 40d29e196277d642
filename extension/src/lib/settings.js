// The user's options. Only these keys are ever written to extension storage: never draft text.

export const SITES = ['x.com', 'twitter.com'];
export const AUDIENCES = ['public', 'patients', 'clinicians', 'trainees'];

export const DEFAULTS = Object.freeze({
  serverUrl: 'http://127.0.0.1:8080',
  token: '',
  audience: 'public',
  disabledRules: [],
  ignoreList: [],
  sites: { 'x.com': true, 'twitter.com': true },
});

const KEYS = Object.keys(DEFAULTS);

const strings = (v) =>
  Array.isArray(v) ? [...new Set(v.filter((s) => typeof s === 'string').map((s) => s.trim()).filter(Boolean))] : [];

/** Validates raw stored values, filling in defaults; unknown keys are dropped. */
export function normalizeSettings(raw = {}) {
  const s = { ...DEFAULTS, sites: { ...DEFAULTS.sites } };
  if (typeof raw.serverUrl === 'string' && isServerUrl(raw.serverUrl.trim())) s.serverUrl = raw.serverUrl.trim().replace(/\/+$/, '');
  if (typeof raw.token === 'string') s.token = raw.token.trim();
  if (AUDIENCES.includes(raw.audience)) s.audience = raw.audience;
  s.disabledRules = strings(raw.disabledRules);
  s.ignoreList = strings(raw.ignoreList);
  if (raw.sites && typeof raw.sites === 'object') {
    for (const site of SITES) if (typeof raw.sites[site] === 'boolean') s.sites[site] = raw.sites[site];
  }
  return s;
}

export function isServerUrl(url) {
  try {
    const u = new URL(url);
    return (u.protocol === 'http:' || u.protocol === 'https:') && u.username === '' && u.search === '' && u.hash === '';
  } catch {
    return false;
  }
}

/** The site key for a page's hostname (`mobile.x.com` -> `x.com`), or null. */
export function siteOf(hostname) {
  return SITES.find((site) => hostname === site || hostname.endsWith('.' + site)) ?? null;
}

/** Only the known option keys, normalized: the one thing `save` may write. */
export function storable(partial) {
  const merged = normalizeSettings(partial);
  const out = {};
  for (const k of KEYS) if (Object.prototype.hasOwnProperty.call(partial, k)) out[k] = merged[k];
  return out;
}

export async function loadSettings(storage) {
  return normalizeSettings(await storage.get(KEYS));
}

export async function saveSettings(storage, partial) {
  await storage.set(storable(partial));
}

/** The origin pattern a server URL needs as a host permission. */
export function originPattern(serverUrl) {
  const u = new URL(serverUrl);
  return `${u.protocol}//${u.hostname}/*`;
}
