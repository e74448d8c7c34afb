/**
 * Prints `N passed, N failed, N skipped` as the very last line of a run, for CI log readers.
 * A test file that failed to load (errors, no results) counts as one failed test.
 */
export function summaryReporter() {
  return {
    stop({ sessions }) {
      let passed = 0;
      let failed = 0;
      let skipped = 0;
      const walk = (suite) => {
        for (const t of suite.tests ?? []) {
          if (t.skipped) skipped += 1;
          else if (t.passed) passed += 1;
          else failed += 1;
        }
        for (const s of suite.suites ?? []) walk(s);
      };
      for (const session of sessions) {
        if (session.testResults) walk(session.testResults);
        const loadFailed = (session.errors?.length ?? 0) > 0 && !(session.testResults?.tests?.length || session.testResults?.suites?.length);
        if (loadFailed) failed += 1;
      }
      // wtr redraws its progress bar after reporters stop: print on exit so this line is last.
      process.once('exit', () => process.stdout.write(`\n${passed} passed, ${failed} failed, ${skipped} skipped\n`));
    },
  };
}
