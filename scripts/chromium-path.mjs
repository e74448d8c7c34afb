import { existsSync } from 'node:fs';

/** The browser the tests and benchmarks drive: $CHROME_PATH, else the first installed Chromium/Chrome. */
export function chromiumPath() {
  const candidates = [
    process.env.CHROME_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  ];
  const found = candidates.find((p) => p && existsSync(p));
  if (!found) {
    throw new Error(
      'No Chromium found. Install one (Debian/Ubuntu: `apt-get install chromium`) or set CHROME_PATH.',
    );
  }
  return found;
}
