// Recognises the kind of an overblik page from its URL path, in both interface
// languages and with the plan's own folder names (terms' segments, format 1.2),
// and picks one representative page of each kind.

import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';

const SECTIONS = [
  { segments: ['initiativer', 'initiatives'], list: 'initiatives', detail: 'initiative' },
  { segments: ['temaer', 'themes'], list: 'themes', detail: 'theme' },
  { segments: ['indikatorer', 'indicators'], list: 'indicators', detail: 'indicator' },
  { segments: ['matrix'], list: 'matrix' },
  { segments: ['handleplan', 'action-plan'], list: 'action-plan' },
  { segments: ['opdateringer', 'updates'], list: 'updates' },
  { segments: ['udskrift', 'print'], list: 'print' },
  { segments: ['aendringer', 'changes'], list: 'changes' },
];

/**
 * The sections with the folders this site uses for initiatives, themes and
 * indicators added (a plan's terms may rename them: "fokusomraader/"),
 * learned from the first segment of each item's URL in search-index.json.
 */
export function siteSections(dir) {
  const file = dir ? join(dir, 'search-index.json') : '';
  if (!file || !existsSync(file)) return SECTIONS;
  const kinds = { initiative: 'initiatives', theme: 'themes', indicator: 'indicators' };
  const sections = SECTIONS.map((s) => ({ ...s, segments: [...s.segments] }));
  for (const item of JSON.parse(readFileSync(file, 'utf8')).items ?? []) {
    const section = sections.find((s) => s.list === kinds[item.kind]);
    const seg = String(item.url ?? '').split('/')[0];
    if (section && seg && !section.segments.includes(seg)) section.segments.push(seg);
  }
  return sections;
}

function segmentsOf(path) {
  return path
    .replace(/index\.html$/, '')
    .split('/')
    .filter((s) => s !== '');
}

/** The page kind of a URL path such as "/initiativer/bolig-foerst/". */
export function pageType(path, sections = SECTIONS) {
  const segs = segmentsOf(path);
  if (segs.length === 0) return 'front';
  const section = sections.find((s) => s.segments.includes(segs[0]));
  if (!section) return 'page';
  if (segs.length === 1 || !section.detail) return section.list;
  return section.detail;
}

/** Map of page kind → first path of that kind in sorted order. */
export function representatives(paths, sections = SECTIONS) {
  const reps = new Map();
  for (const path of [...paths].sort()) {
    const type = pageType(path, sections);
    if (!reps.has(type)) reps.set(type, path);
  }
  return reps;
}
