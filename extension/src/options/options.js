// Options page: edits the settings in extension storage. Stores only options, never drafts.
import { loadSettings, saveSettings, isServerUrl, originPattern, DEFAULTS } from '../lib/settings.js';

const api = globalThis.browser ?? globalThis.chrome;
const form = document.getElementById('options');
const status = document.getElementById('status');
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
  // A server other than this computer needs the user's permission to be reached.
  const origin = originPattern(serverUrl);
  try {
    if (api.permissions && !(await api.permissions.contains({ origins: [origin] }))) {
      const granted = await api.permissions.request({ origins: [origin] });
      if (!granted) {
        status.textContent = 'irlint needs permission to reach that server. Nothing was saved.';
        return;
      }
    }
  } catch {
    // permissions.request is unavailable here; the built-in hosts still work
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
