// The checks of tests/e2e/cms.mjs: the editing loop through Decap's form, and
// the generated configuration of a plan loading without an error.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  configError,
  git,
  makeRepository,
  openEditor,
  overblik,
  REPO,
  startDecapServer,
  TODAY,
} from './cms-setup.mjs';
import { startServer } from './server.mjs';

const NEW_TITLE = 'Boliger til unge på Østerbro';
const UPDATE_TEXT = 'Kontrakten med boligselskabet er underskrevet.';
const EXISTING = 'en-indgang';
// Decap's file name for NEW_TITLE: its accent table writes ø as o and å as a (docs/editing.md).
const NEW_ID = 'boliger-til-unge-pa-osterbro';

/** Matches a field's label; Decap adds " (kan udelades)" or " (optional)" to optional fields' labels. */
function labelPattern(label) {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`^${escaped}( \\((kan udelades|optional)\\))?$`, 'i');
}

/** The n-th field labelled `label`. */
function field(page, label, n = 0) {
  return page.getByLabel(labelPattern(label)).nth(n);
}

/** Picks `option` in the drop-down labelled `label` (the n-th such field). */
async function choose(page, label, option, n = 0) {
  const input = field(page, label, n);
  await input.click();
  await input.fill(option.slice(0, 6));
  await page.getByRole('option', { name: option, exact: true }).click();
}

/** Types into the Markdown editor inside `scope`. */
async function typeMarkdown(scope, text) {
  const editor = scope.locator('[contenteditable="true"]').first();
  await editor.click();
  await editor.pressSequentially(text);
}

/** Saves the open entry ("Publicer" → "Publicer nu") and waits until `file` holds `text`. */
async function publish(page, file, text) {
  await page.getByRole('button', { name: 'Publicer', exact: true }).click();
  await page.getByText('Publicer nu', { exact: true }).click();
  for (let i = 0; i < 600; i++) {
    if (existsSync(file) && readFileSync(file, 'utf8').includes(text)) return;
    await page.waitForTimeout(100);
  }
  throw new Error(`Decap did not save ${file}`);
}

/** Opens an editor route afresh (a hash change alone leaves the last entry's form). */
async function open(page, url) {
  await page.goto(url);
  await page.reload();
}

async function createInitiative(page, origin, repo) {
  await open(page, `${origin}/admin/#/collections/initiatives/new`);
  await field(page, 'Titel').fill(NEW_TITLE);
  await choose(page, 'Temaer', 'Opbyggende fællesskaber (opbyggende-faellesskaber)');
  await choose(page, 'Temaer', 'De svære overgange (svaere-overgange)');
  await choose(page, 'Status', 'Godkendt');
  await field(page, 'Ansvarlig').fill('Social- og Handicapchefen');
  await field(page, 'Start').fill('2026-H2');
  await publish(page, join(repo, 'content', 'initiatives', `${NEW_ID}.md`), NEW_TITLE);
}

async function addUpdate(page, origin, repo) {
  await open(page, `${origin}/admin/#/collections/initiatives/entries/${EXISTING}`);
  await page.getByRole('button', { name: /Tilføj opdatering/ }).click();
  // The new update is the first item (add_to_top): the first date, the second
  // Status (after the initiative's own) and the first Markdown editor.
  await page.locator('input[type="date"]').first().fill(TODAY);
  await choose(page, 'Status', 'Igangsat', 1);
  await typeMarkdown(page, UPDATE_TEXT);
  await publish(page, join(repo, 'content', 'initiatives', `${EXISTING}.md`), UPDATE_TEXT);
}

export async function editingLoop(browser, report, content) {
  const repo = makeRepository(content);
  const decap = await startDecapServer(repo);
  const server = await startServer(join(repo, 'content'));
  try {
    const { page, context, errors } = await openEditor(browser, server.origin, 'Log ind');
    try {
      await createInitiative(page, server.origin, repo);
      await addUpdate(page, server.origin, repo);
    } catch (err) {
      mkdirSync(join(REPO, 'build', 'screenshots'), { recursive: true });
      await page.screenshot({ path: join(REPO, 'build', 'screenshots', 'cms-failure.png'), fullPage: true }).catch(() => {});
      throw err;
    } finally {
      await context.close();
    }
    report.expectNone('cms-loop', 'kolding', 'script errors in the editor', errors);
    afterSave(report, repo);
  } finally {
    await server.close();
    decap.close();
    rmSync(repo, { recursive: true, force: true });
  }
}

/** check, diff and build on what Decap wrote. */
function afterSave(report, repo) {
  const status = git(['status', '--porcelain'], repo).trim().split('\n');
  report.info(`  Decap changed: ${status.join(', ')}`);
  const check = overblik(['check', '--content', 'content', '--today', TODAY], repo);
  const complaints = check.err.split('\n').filter((l) => /: (error|warning): /.test(l) && !/base_url|not been updated/.test(l));
  report.expectNone('cms-check', 'kolding', 'overblik check complains about what Decap wrote', [
    ...(check.code === 0 ? [] : [`exit ${check.code}`]),
    ...complaints,
  ]);
  const diff = overblik(['diff', 'git:HEAD:content', 'content', '--format', 'json'], repo);
  const problems = [];
  let changes = null;
  try {
    changes = JSON.parse(diff.out);
  } catch {
    problems.push(`overblik diff gave no JSON (exit ${diff.code}): ${diff.err.slice(0, 300)}`);
  }
  if (changes) {
    // The new initiative, and its two theme links, which come with it; the update; nothing else.
    const lines = summarise(changes);
    const added = lines.filter((l) => l.startsWith('initiatives_added:'));
    const updates = lines.filter((l) => l.startsWith('new_updates:'));
    const rest = lines.filter((l) => !added.includes(l) && !updates.includes(l) && !l.includes(`"${NEW_ID}"`));
    if (added.length !== 1 || !added[0].includes(`"${NEW_ID}"`)) problems.push(`added: ${added.join('; ') || 'none'}`);
    if (updates.length !== 1 || !updates[0].includes(`"${EXISTING}"`) || !updates[0].includes(TODAY))
      problems.push(`new updates: ${updates.join('; ') || 'none'}`);
    if (rest.length > 0) problems.push(`other changes: ${rest.join('; ')}`);
  }
  report.expectNone('cms-diff', 'kolding', 'overblik diff does not report exactly the two edits', problems);
  const out = join(repo, 'site');
  const build = overblik(['build', '--content', 'content', '--out', out, '--today', TODAY], repo);
  const built = [];
  if (build.code !== 0) built.push(`build failed (${build.code}): ${build.err.slice(0, 300)}`);
  else {
    const list = readFileSync(join(out, 'initiativer', 'index.html'), 'utf8');
    if (!list.includes('Boliger til unge på Østerbro')) built.push('the new initiative is not on initiativer/');
    const page = readFileSync(join(out, 'initiativer', EXISTING, 'index.html'), 'utf8');
    if (!page.includes(UPDATE_TEXT)) built.push(`the update is not on initiativer/${EXISTING}/`);
    const admin = readFileSync(join(out, 'admin', 'config.yml'), 'utf8');
    if (!admin.includes('local_backend')) built.push('admin/config.yml is not in the site');
  }
  report.expectNone('cms-build', 'kolding', 'the rebuilt site does not show the edits', built);
}

/** One line per change in a diff's JSON, to count them. */
function summarise(changes) {
  const lines = [];
  const walk = (value, path) => {
    if (Array.isArray(value)) {
      value.forEach((v) => lines.push(`${path}: ${JSON.stringify(v).slice(0, 80)}`));
    } else if (value && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) walk(v, path ? `${path}.${k}` : k);
    }
  };
  walk(changes.changes ?? changes, '');
  return lines;
}

/** The generated configuration loads, and the new-initiative form shows every field. */
export async function configLoads(browser, report, name, content, login, edit) {
  const dir = mkdtempSync(join(tmpdir(), 'overblik-cms-config-'));
  cpSync(content, join(dir, 'content'), { recursive: true });
  if (edit) edit(join(dir, 'content'));
  const repo = makeRepository(join(dir, 'content'));
  const decap = await startDecapServer(repo);
  const server = await startServer(join(repo, 'content'));
  try {
    const { page, context, errors } = await openEditor(browser, server.origin, login);
    try {
      await open(page, `${server.origin}/admin/#/collections/initiatives/new`);
      const config = readFileSync(join(repo, 'content', 'admin', 'config.yml'), 'utf8');
      const labels = initiativeLabels(config);
      await field(page, labels[0]).waitFor();
      const missing = [];
      for (const label of labels) if ((await page.getByText(labelPattern(label)).count()) === 0) missing.push(label);
      const broken = await configError(page);
      report.expectNone('cms-config', name, 'the editor does not load the configuration with every field', [
        ...(broken ? [broken] : []),
        ...missing.map((l) => `no field "${l}" in the form`),
        ...errors,
      ]);
    } finally {
      await context.close();
    }
  } finally {
    await server.close();
    decap.close();
    rmSync(repo, { recursive: true, force: true });
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The labels of the initiatives collection's top-level fields, from config.yml. */
function initiativeLabels(configText) {
  const json = JSON.parse(configText.replace(/^#.*\n/gm, ''));
  const initiatives = json.collections.find((c) => c.name === 'initiatives');
  return initiatives.fields.map((f) => f.label);
}

