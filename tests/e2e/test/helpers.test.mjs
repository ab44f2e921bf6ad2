// Unit tests of the checker's pure helpers: node --test tests/e2e/test/

import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { choosePages } from '../lib/axe.mjs';
import { canonicalPath, urlPathOfFile } from '../lib/files.mjs';
import { hasFocusIndicator } from '../lib/keyboard.mjs';
import { pageType, representatives } from '../lib/pagetypes.mjs';
import { pageLimit, thinPages } from '../lib/printpdf.mjs';
import { contentType, resolveRequest } from '../lib/server.mjs';
import { batches } from '../lib/vnu.mjs';

test('page types in both languages', () => {
  assert.equal(pageType('/'), 'front');
  assert.equal(pageType('/index.html'), 'front');
  assert.equal(pageType('/initiativer/'), 'initiatives');
  assert.equal(pageType('/initiatives/housing-first/'), 'initiative');
  assert.equal(pageType('/temaer/overgange/'), 'theme');
  assert.equal(pageType('/indicators/'), 'indicators');
  assert.equal(pageType('/handleplan/'), 'action-plan');
  assert.equal(pageType('/opdateringer/'), 'updates');
  assert.equal(pageType('/print/'), 'print');
  assert.equal(pageType('/matrix/'), 'matrix');
  assert.equal(pageType('/om-planen/'), 'page');
});

test('representatives are the first path of each type', () => {
  const reps = representatives(['/initiativer/b/', '/', '/initiativer/a/', '/om/']);
  assert.deepEqual([...reps], [['front', '/'], ['initiative', '/initiativer/a/'], ['page', '/om/']]);
});

test('choosePages keeps representatives and spreads the rest', () => {
  const pages = Array.from({ length: 100 }, (_, i) => `/p/${String(i).padStart(3, '0')}/`);
  const chosen = choosePages(pages, ['/p/099/'], 10);
  assert.equal(chosen.length, 10);
  assert.ok(chosen.includes('/p/099/'));
  assert.deepEqual(choosePages(pages, [], 10), choosePages(pages, [], 10));
  assert.equal(choosePages(pages.slice(0, 5), [], 10).length, 5);
});

test('focus indicator: outline or box-shadow that differs from unfocused', () => {
  const none = { outlineStyle: 'none', outlineWidth: '0px', outlineColor: 'rgb(0, 0, 0)', boxShadow: 'none' };
  assert.equal(hasFocusIndicator(none, none), false);
  assert.equal(hasFocusIndicator(none, { ...none, outlineStyle: 'solid', outlineWidth: '3px' }), true);
  assert.equal(hasFocusIndicator(none, { ...none, outlineStyle: 'auto', outlineWidth: '1px' }), true);
  assert.equal(hasFocusIndicator(none, { ...none, boxShadow: 'rgb(0, 0, 0) 0px 0px 0px 3px' }), true);
  const transparent = { ...none, outlineStyle: 'solid', outlineWidth: '2px', outlineColor: 'rgba(0, 0, 0, 0)' };
  assert.equal(hasFocusIndicator(none, transparent), false);
  const always = { ...none, outlineStyle: 'solid', outlineWidth: '2px' };
  assert.equal(hasFocusIndicator(always, always), false);
});

test('vnu batches stay under the length limit and keep order', () => {
  const files = Array.from({ length: 50 }, (_, i) => `/site/page-${i}.html`);
  const out = batches(files, 100);
  assert.deepEqual(out.flat(), files);
  for (const b of out) assert.ok(b.join(' ').length < 100);
});

test('static server resolution', () => {
  const root = mkdtempSync(join(tmpdir(), 'e2e-server-'));
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'a', 'index.html'), '');
  writeFileSync(join(root, 'plan ø.pdf'), '');
  assert.deepEqual(resolveRequest(root, '/a/'), { file: join(root, 'a', 'index.html') });
  assert.deepEqual(resolveRequest(root, '/a'), { redirect: '/a/' });
  assert.deepEqual(resolveRequest(root, '/plan%20%C3%B8.pdf'), { file: join(root, 'plan ø.pdf') });
  assert.equal(resolveRequest(root, '/missing'), null);
  assert.equal(resolveRequest(root, '/../etc/passwd'), null);
  assert.equal(resolveRequest(root, '/%2e%2e/etc/passwd'), null);
  assert.equal(contentType('x.svg'), 'image/svg+xml');
  assert.match(contentType('x.csv'), /^text\/csv/);
});

test('file paths map to canonical URL paths', () => {
  assert.equal(urlPathOfFile('/s', '/s/index.html'), '/');
  assert.equal(urlPathOfFile('/s', '/s/temaer/x/index.html'), '/temaer/x/');
  assert.equal(urlPathOfFile('/s', '/s/404.html'), '/404.html');
  assert.equal(canonicalPath('/a/index.html'), '/a/');
});

test('print page limit: 24 pages, or 1½ page per initiative for a larger plan', () => {
  assert.equal(pageLimit(15), 24);
  assert.equal(pageLimit(16), 24);
  assert.equal(pageLimit(17), 26);
  assert.equal(pageLimit(50), 75);
});

test('thin pages: under a quarter of the median, the last page excepted', () => {
  const page = (n) => 'x'.repeat(n);
  assert.deepEqual(thinPages([page(1000), page(1000), page(900), page(10)]), []);
  const thin = thinPages([page(1000), page(200), page(1000), page(1000), page(50)]);
  assert.equal(thin.length, 1);
  assert.match(thin[0], /^page 2 holds 200 characters, under a quarter of the median 1000/);
  assert.deepEqual(thinPages([page(1000), page(10)]), []);
});
