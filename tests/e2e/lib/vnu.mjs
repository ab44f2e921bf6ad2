// Runs the Nu HTML Checker (vnu.jar) over a site's HTML files in batches.

import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const VNU_JAR = join(dirname(require.resolve('vnu-jar/package.json')), 'build', 'dist', 'vnu.jar');
const MAX_ARGS_CHARS = 60000;

/** The `java -version` line, or null when no java can be run. */
export function javaVersion() {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (r.error || r.status !== 0) return null;
  return (r.stderr || r.stdout).split('\n')[0].trim();
}

/** Splits files into batches whose joined length stays under the limit. */
export function batches(files, maxChars = MAX_ARGS_CHARS) {
  const out = [];
  let current = [];
  let length = 0;
  for (const f of files) {
    if (current.length > 0 && length + f.length + 1 > maxChars) {
      out.push(current);
      current = [];
      length = 0;
    }
    current.push(f);
    length += f.length + 1;
  }
  if (current.length > 0) out.push(current);
  return out;
}

function runBatch(files) {
  const args = ['-Xss1024k', '-jar', VNU_JAR, '--errors-only', '--format', 'json', '--stdout', ...files];
  const r = spawnSync('java', args, { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  if (r.error) throw new Error(`vnu: could not run java: ${r.error.message}`);
  try {
    return JSON.parse(r.stdout).messages;
  } catch {
    throw new Error(`vnu: exit ${r.status}, unreadable output:\n${r.stdout}\n${r.stderr}`);
  }
}

/** Relative to cwd when the file lies inside it, else absolute. */
function displayPath(file, cwd) {
  const rel = relative(cwd, file);
  return rel.startsWith('..') ? file : rel;
}

function fileOf(message) {
  return message.url ? fileURLToPath(message.url) : '(unknown file)';
}

/**
 * Map of absolute file → ["file:line:col: message"] for every error in
 * `files` (absolute paths); file names in messages are relative to `cwd`.
 */
export function checkFiles(files, cwd = process.cwd()) {
  const errors = new Map();
  for (const batch of batches(files)) {
    for (const m of runBatch(batch)) {
      if (m.type === 'info') continue;
      const file = fileOf(m);
      const where = `${displayPath(file, cwd)}:${m.firstLine ?? m.lastLine ?? 1}:${m.firstColumn ?? m.lastColumn ?? 1}`;
      if (!errors.has(file)) errors.set(file, []);
      errors.get(file).push(`${where}: ${m.message}${m.extract ? ` [${m.extract.replace(/\s+/g, ' ').trim()}]` : ''}`);
    }
  }
  return errors;
}

export const VNU_JAR_PATH = VNU_JAR;
