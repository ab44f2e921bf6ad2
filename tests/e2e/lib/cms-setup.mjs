// The setting of the Decap CMS test (tests/e2e/cms.mjs): a temporary git
// repository with a copy of a plan and the editor `overblik cms` writes,
// decap-server saving into it, and Chromium logged in to the editor.

import { execFileSync, spawn } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { createConnection } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const HERE = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const REPO = resolve(HERE, '..', '..');
// The program under test: the first argument of cms.mjs, else build/overblik.
export const BINARY = resolve(process.argv[2] ?? join(REPO, 'build', 'overblik'));
const DECAP_DIST = join(HERE, 'node_modules', 'decap-cms', 'dist');
export const DECAP_SERVER = join(HERE, 'node_modules', 'decap-server', 'dist', 'index.js');
// decap-server's port; `local_backend: true` in the config makes Decap look there.
const DECAP_PORT = 8081;
export const TODAY = '2026-03-02';

/** Runs overblik; returns { code, out, err }. */
export function overblik(args, cwd) {
  try {
    const out = execFileSync(BINARY, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { code: 0, out, err: '' };
  } catch (e) {
    return { code: e.status, out: e.stdout ?? '', err: e.stderr ?? '' };
  }
}

export function git(args, cwd) {
  return execFileSync('git', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

/** Copies Decap's script and the chunks it loads into `admin`. */
export function installDecap(admin) {
  for (const name of readdirSync(DECAP_DIST)) {
    if (name === 'decap-cms.js' || /^\d+\.decap-cms\.js$/.test(name)) cpSync(join(DECAP_DIST, name), join(admin, name));
  }
}

/** A git repository holding a copy of `content` in content/, with the editor written and committed. */
export function makeRepository(content, extraArgs = []) {
  const repo = mkdtempSync(join(tmpdir(), 'overblik-cms-'));
  cpSync(content, join(repo, 'content'), { recursive: true });
  rmSync(join(repo, 'content', 'admin'), { recursive: true, force: true });
  git(['init', '-q', '-b', 'main'], repo);
  git(['config', 'user.email', 'test@example.org'], repo);
  git(['config', 'user.name', 'test'], repo);
  const r = overblik(['cms', '--content', 'content', ...extraArgs], repo);
  if (r.code !== 0) throw new Error(`overblik cms failed (${r.code}): ${r.err}`);
  installDecap(join(repo, 'content', 'admin'));
  // Decap's bundle is not part of what is diffed; keep the commit small.
  writeFileSync(join(repo, '.gitignore'), '*.js\n');
  git(['add', '-A'], repo);
  git(['commit', '-q', '-m', 'plan'], repo);
  return repo;
}

function portOpen(port) {
  return new Promise((done) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    socket.on('connect', () => {
      socket.destroy();
      done(true);
    });
    socket.on('error', () => done(false));
  });
}

export async function startDecapServer(repo) {
  if (await portOpen(DECAP_PORT)) throw new Error(`port ${DECAP_PORT} is in use: another decap-server is running`);
  const child = spawn(process.execPath, [DECAP_SERVER], {
    env: { ...process.env, PORT: String(DECAP_PORT), GIT_REPO_DIRECTORY: repo, MODE: 'fs' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  child.stdout.on('data', (d) => (log += d));
  child.stderr.on('data', (d) => (log += d));
  for (let i = 0; i < 100 && !(await portOpen(DECAP_PORT)); i++) await new Promise((r) => setTimeout(r, 100));
  if (!(await portOpen(DECAP_PORT))) throw new Error(`decap-server did not start: ${log}`);
  return { close: () => child.kill(), log: () => log };
}

/** Opens the editor and logs in with the local backend; returns the page. */
export async function openEditor(browser, origin, loginLabel) {
  const context = await browser.newContext({ locale: 'da-DK' });
  context.setDefaultTimeout(60_000);
  // Only the editor's own origin and decap-server are reachable.
  await context.route(
    (url) => url.origin !== origin && url.host !== `localhost:${DECAP_PORT}` && !/^(data|blob):/.test(url.protocol),
    (route) => route.abort('blockedbyclient'),
  );
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e.message ?? e).split('\n')[0]));
  await page.goto(`${origin}/admin/`);
  await page.getByRole('button', { name: loginLabel }).click();
  return { page, context, errors };
}

/** The text of Decap's configuration error, if it shows one. */
export async function configError(page) {
  const box = page.getByText(/Error loading the CMS configuration|Fejl under indlæsning af CMS-konfigurationen/i);
  return (await box.count()) > 0 ? (await page.locator('body').innerText()).slice(0, 600) : null;
}

