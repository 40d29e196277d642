// Builds dist/chromium and dist/firefox from one source tree, and a zip of each.
// Firefox MV3 gets `background.scripts` and `browser_specific_settings.gecko`.
import { build } from 'esbuild';
import { mkdir, readFile, writeFile, rm, cp, readdir } from 'node:fs/promises';
import { join, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { zipSync } from 'fflate';
import { makeIcon } from './icon.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..');
const src = join(root, 'src');
const dist = join(root, 'dist');

export function firefoxManifest(base) {
  const m = structuredClone(base);
  m.background = { scripts: ['background.js'] };
  // The draft (page content that may carry health information) leaves the browser, to the
  // irlint server the user configured: declared, as Firefox asks.
  m.browser_specific_settings = {
    gecko: {
      id: 'irlint@irlint.org',
      strict_min_version: '142.0',
      data_collection_permissions: { required: ['websiteContent', 'healthInfo'] },
    },
  };
  return m;
}

async function filesUnder(dir) {
  const out = [];
  for (const e of await readdir(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...(await filesUnder(p)));
    else out.push(p);
  }
  return out;
}

async function zipDir(dir, file) {
  const entries = {};
  for (const f of await filesUnder(dir)) entries[relative(dir, f).split('\\').join('/')] = [await readFile(f), { mtime: new Date('2026-01-01T00:00:00Z') }];
  await writeFile(file, zipSync(entries, { level: 9 }));
}

export async function buildAll() {
  await rm(dist, { recursive: true, force: true });
  const base = JSON.parse(await readFile(join(src, 'manifest.json'), 'utf8'));
  const pkg = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
  base.version = pkg.version;
  const targets = { chromium: base, firefox: firefoxManifest(base) };
  for (const [name, manifest] of Object.entries(targets)) {
    const out = join(dist, name);
    await mkdir(join(out, 'options'), { recursive: true });
    const common = { bundle: true, minify: false, legalComments: 'none', target: name === 'firefox' ? 'firefox142' : 'chrome120', logLevel: 'warning' };
    await build({ ...common, entryPoints: [join(src, 'background.js')], outfile: join(out, 'background.js'), format: 'iife' });
    await build({ ...common, entryPoints: [join(src, 'content/index.js')], outfile: join(out, 'content.js'), format: 'iife' });
    await build({ ...common, entryPoints: [join(src, 'options/options.js')], outfile: join(out, 'options/options.js'), format: 'esm' });
    await cp(join(src, 'options/options.html'), join(out, 'options/options.html'));
    await cp(join(src, 'options/options.css'), join(out, 'options/options.css'));
    await mkdir(join(out, 'icons'), { recursive: true });
    for (const size of [16, 48, 128]) await writeFile(join(out, 'icons', `icon-${size}.png`), makeIcon(size));
    await writeFile(join(out, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
    await zipDir(out, join(dist, `irlint-${name}-${pkg.version}.zip`));
  }
  return dist;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildAll();
  console.log(`built ${relative(process.cwd(), dist) || dist}: chromium/, firefox/ and their zips`);
}
