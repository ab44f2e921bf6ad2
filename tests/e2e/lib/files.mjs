// Files on disk: listing a site's HTML files and mapping them to URL paths.

import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Every file under `root` whose name ends with `ext`, sorted, absolute. */
export function listFiles(root, ext) {
  const found = [];
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith(ext)) found.push(full);
    }
  };
  walk(root);
  return found.sort();
}

/** "a/index.html" → "/a/", "a/b.html" → "/a/b.html" (URL-encoded). */
export function urlPathOfFile(root, file) {
  const rel = relative(root, file).split(sep).map(encodeURIComponent).join('/');
  return canonicalPath(`/${rel}`);
}

/** Folds "/x/index.html" into "/x/" so both spellings name one page. */
export function canonicalPath(path) {
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}
