// Options page: edits the settings in extension storage. Stores only options, never drafts.
import { loadSettings, saveSettings, isServerUrl, originPattern, DEFAULTS } from '../lib/settings.js';

const api = globalThis.browser ?? globalThis.chrome;
const form = document.getElementById('options');
const status = document.getElementById('status');
const BUILT_IN_ORIGINS = ['http://127.0.0.1/*', 'http://localhost/*'];
const lines = (s) => s.split('\n').map((l) => l.trim()).filter(Boolean);

async function fill() {
  const s = await loadSettings(api.storage.local);
  form.serverUrl.value = s.serverUrl;
  form.token.value = s.token;
  form.audience.value = s.audience;
  form.disabledRules.value = s.disabledRules.join('\n');
  form.ignoreList.value = s.ignoreList.join('\n');
  for (const box of form.querySelectorAll('input[name=site]')) box.checked = s.sites[box.value] !== false;
}

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  const serverUrl = form.serverUrl.value.trim() || DEFAULTS.serverUrl;
  if (!isServerUrl(serverUrl)) {
    status.textContent = 'Please enter a web address like http://127.0.0.1:8080.';
    form.serverUrl.focus();
    return;
  }
  // A server other than this computer needs the user's permission to be reached. Ask first
  // thing in the handler: Firefox allows permissions.request only during the user's action.
  const origin = originPattern(serverUrl);
  if (!BUILT_IN_ORIGINS.includes(origin) && api.permissions) {
    let granted = false;
    try {
      granted = await api.permissions.request({ origins: [origin] });
    } catch {
      granted = false;
    }
    if (!granted) {
      status.textContent = 'irlint needs your permission to reach that server. Nothing was saved.';
      return;
    }
  }
  const sites = {};
  for (const box of form.querySelectorAll('input[name=site]')) sites[box.value] = box.checked;
  await saveSettings(api.storage.local, {
    serverUrl,
    token: form.token.value,
    audience: form.audience.value,
    disabledRules: lines(form.disabledRules.value),
    ignoreList: lines(form.ignoreList.value),
    sites,
  });
  status.textContent = 'Saved.';
});

document.getElementById('test').addEventListener('click', async () => {
  status.textContent = 'Checking…';
  const r = await api.runtime.sendMessage({ type: 'irlint/health' }).catch(() => null);
  status.textContent = r && r.ok ? 'Connected to the irlint server.' : 'The irlint server is not reachable. Is it running? (Save first if you changed the URL.)';
});

fill();
