// Collects check results, prints each failure as it happens, and closes with
// the summary line that CI reads: "e2e: N passed, N failed".

export class Report {
  constructor(out = console) {
    this.out = out;
    this.counts = new Map(); // check name → { passed, failed }
    this.failures = []; // one headline per failure, repeated in the summary
  }

  #count(check) {
    if (!this.counts.has(check)) this.counts.set(check, { passed: 0, failed: 0 });
    return this.counts.get(check);
  }

  pass(check) {
    this.#count(check).passed += 1;
  }

  /** Records one failed check; `details` are printed indented under it. */
  fail(check, where, message, details = []) {
    this.#count(check).failed += 1;
    const headline = `FAIL [${check}] ${where}: ${message}`;
    this.failures.push(headline);
    this.out.log(headline);
    for (const line of details) this.out.log(`    ${line}`);
  }

  /** Records a pass or a failure from a list of problems (empty = pass). */
  expectNone(check, where, message, problems) {
    if (problems.length === 0) this.pass(check);
    else this.fail(check, where, message, problems);
  }

  /** Runs `fn`; if it throws, records a failure of `check` instead. */
  async guard(check, where, fn) {
    try {
      return await fn();
    } catch (err) {
      this.fail(check, where, 'could not be checked', String(err.message ?? err).split('\n').slice(0, 4));
      return undefined;
    }
  }

  info(message) {
    this.out.log(message);
  }

  totals() {
    let passed = 0;
    let failed = 0;
    for (const c of this.counts.values()) {
      passed += c.passed;
      failed += c.failed;
    }
    return { passed, failed };
  }

  /** Prints per-check counts and the closing line; returns the exit code. */
  summary() {
    this.out.log('');
    for (const [check, c] of [...this.counts].sort(([a], [b]) => (a < b ? -1 : 1))) {
      this.out.log(`  ${check.padEnd(12)} ${c.passed} passed, ${c.failed} failed`);
    }
    if (this.failures.length > 0) {
      this.out.log('');
      for (const headline of this.failures) this.out.log(headline);
    }
    const { passed, failed } = this.totals();
    this.out.log(`e2e: ${passed} passed, ${failed} failed`);
    return failed === 0 ? 0 : 1;
  }
}
