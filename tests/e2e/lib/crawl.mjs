// Crawls a served site from "/" along every internal <a href>, <link href>,
// <img src>, <script src> (and CSS url()), then reports broken links, broken
// #fragments and HTML files that nothing links to.

import { canonicalPath, listFiles, urlPathOfFile } from './files.mjs';
import { mapPool } from './pool.mjs';

const FETCH_CONCURRENCY = 8;

/** Parses HTML in the browser (DOMParser: nothing is loaded or run). */
function parseHtml(parserPage, html) {
  return parserPage.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, 'text/html');
    const refs = [];
    const add = (el, value, kind) => refs.push({ kind, tag: el.localName, value: value.trim() });
    const each = (selector, attr, kind) => {
      for (const el of doc.querySelectorAll(selector)) add(el, el.getAttribute(attr), kind);
    };
    each('a[href], area[href]', 'href', 'link');
    each('link[href]', 'href', 'asset');
    each('img[src], script[src], source[src], iframe[src], video[src], audio[src]', 'src', 'asset');
    for (const el of doc.querySelectorAll('img[srcset], source[srcset]')) {
      for (const part of el.getAttribute('srcset').split(',')) {
        const url = part.trim().split(/\s+/)[0];
        if (url) add(el, url, 'asset');
      }
    }
    const ids = [...doc.querySelectorAll('[id]')].map((el) => el.id);
    const names = [...doc.querySelectorAll('a[name]')].map((el) => el.getAttribute('name'));
    const base = doc.querySelector('base[href]')?.getAttribute('href') ?? null;
    return { refs, ids: [...ids, ...names], base };
  }, html);
}

/** url(...) and @import references of a stylesheet. */
function cssRefs(css) {
  const refs = [];
  const patterns = [/url\(\s*(['"]?)([^'")]+)\1\s*\)/g, /@import\s+(['"])([^'"]+)\1/g];
  for (const re of patterns) {
    for (const m of css.matchAll(re)) refs.push({ kind: 'asset', tag: 'css', value: m[2].trim() });
  }
  return refs;
}

/** Resolves a reference against its page; null when it leaves the site. */
function resolveRef(ref, baseUrl, origin) {
  if (ref.value.startsWith('data:')) return null;
  let url;
  try {
    url = new URL(ref.value, baseUrl);
  } catch {
    return { ...ref, invalid: true, path: ref.value, fragment: null };
  }
  if (url.origin !== origin) return null;
  const fragment = url.hash ? url.hash.slice(1) : null;
  return { ...ref, path: canonicalPath(url.pathname), fragment };
}

async function fetchNode(origin, path) {
  try {
    const res = await fetch(origin + path, { redirect: 'follow' });
    const type = res.headers.get('content-type') ?? '';
    const body = res.ok && (type.startsWith('text/html') || type.startsWith('text/css')) ? await res.text() : null;
    if (body === null) await res.arrayBuffer();
    return { status: res.status, type, body, final: canonicalPath(new URL(res.url).pathname) };
  } catch (err) {
    return { status: 0, type: '', body: null, final: path, error: String(err) };
  }
}

async function visit(origin, path, parserPage) {
  const node = await fetchNode(origin, path);
  node.html = node.type.startsWith('text/html');
  node.refs = [];
  node.ids = new Set();
  const pageUrl = origin + node.final;
  if (node.html && node.body !== null) {
    const parsed = await parseHtml(parserPage, node.body);
    const baseUrl = new URL(parsed.base ?? '', pageUrl);
    node.refs = parsed.refs.map((r) => resolveRef(r, baseUrl, origin)).filter(Boolean);
    node.ids = new Set(parsed.ids);
  } else if (node.type.startsWith('text/css') && node.body !== null) {
    node.refs = cssRefs(node.body).map((r) => resolveRef(r, pageUrl, origin)).filter(Boolean);
  }
  node.body = null;
  return node;
}

/** Visits everything reachable from "/"; returns Map path → node. */
export async function crawl(origin, parserPage) {
  const nodes = new Map();
  const queued = new Set(['/']);
  let frontier = ['/'];
  while (frontier.length > 0) {
    const next = [];
    const visited = await mapPool(frontier, FETCH_CONCURRENCY, (p) => visit(origin, p, parserPage));
    frontier.forEach((path, i) => {
      nodes.set(path, visited[i]);
      for (const ref of visited[i].refs) {
        if (ref.invalid || queued.has(ref.path)) continue;
        queued.add(ref.path);
        next.push(ref.path);
      }
    });
    frontier = next.sort();
  }
  return nodes;
}

/** Final paths of the HTML pages that loaded, sorted, without duplicates. */
export function htmlPages(nodes) {
  const pages = new Set();
  for (const node of nodes.values()) if (node.html && node.status === 200) pages.add(node.final);
  return [...pages].sort();
}

function fragmentOk(target, fragment) {
  if (fragment === null || fragment === '' || !target?.html || target.status !== 200) return true;
  let id = fragment;
  try {
    id = decodeURIComponent(fragment);
  } catch {
    return false;
  }
  return target.ids.has(id) || id.toLowerCase() === 'top';
}

/** Problems in the outgoing references of one crawled page. */
export function refProblems(node, nodes) {
  const problems = [];
  for (const ref of node.refs) {
    const target = nodes.get(ref.path);
    const what = `<${ref.tag}> ${ref.value}`;
    if (ref.invalid) problems.push(`${what}: not a valid URL`);
    else if (target.status !== 200) problems.push(`${what}: ${target.status || target.error}`);
    else if (ref.kind === 'link' && !fragmentOk(target, ref.fragment))
      problems.push(`${what}: no element with id "${ref.fragment}" on ${target.final}`);
  }
  return [...new Set(problems)];
}

/** URL paths of HTML files on disk that the crawl never reached. */
export function unreachableFiles(root, nodes, ignore = ['/404.html']) {
  const reached = new Set(htmlPages(nodes));
  return listFiles(root, '.html')
    .map((file) => urlPathOfFile(root, file))
    .filter((path) => !reached.has(path) && !ignore.includes(path));
}
