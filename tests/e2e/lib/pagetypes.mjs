// Recognises the kind of an overblik page from its URL path, in both interface
// languages, and picks one representative page of each kind.

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

function segmentsOf(path) {
  return path
    .replace(/index\.html$/, '')
    .split('/')
    .filter((s) => s !== '');
}

/** The page kind of a URL path such as "/initiativer/bolig-foerst/". */
export function pageType(path) {
  const segs = segmentsOf(path);
  if (segs.length === 0) return 'front';
  const section = SECTIONS.find((s) => s.segments.includes(segs[0]));
  if (!section) return 'page';
  if (segs.length === 1 || !section.detail) return section.list;
  return section.detail;
}

/** Map of page kind → first path of that kind in sorted order. */
export function representatives(paths) {
  const reps = new Map();
  for (const path of [...paths].sort()) {
    const type = pageType(path);
    if (!reps.has(type)) reps.set(type, path);
  }
  return reps;
}
