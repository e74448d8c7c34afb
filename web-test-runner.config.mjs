import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { defaultReporter } from '@web/test-runner';
import { summaryReporter } from './scripts/summary-reporter.mjs';
import { chromiumPath } from './scripts/chromium-path.mjs';
import { fakeLmsMiddleware } from './test/support/fake-lms-middleware.mjs';
import { builtEmbedMiddleware } from './test/support/built-embed-middleware.mjs';

/** One browser: Debian's `chromium` (or any Chrome found by scripts/chromium-path.mjs). */
export default {
  files: 'test/**/*.test.ts',
  nodeResolve: true,
  concurrency: 2,
  testFramework: { config: { timeout: 15000 } },
  reporters: [defaultReporter(), summaryReporter()],
  middleware: [fakeLmsMiddleware(), builtEmbedMiddleware()],
  plugins: [esbuildPlugin({ ts: true, tsconfig: './tsconfig.json', target: 'es2022' })],
  browsers: [
    chromeLauncher({
      // Each test page in a browser context (a window) of its own: two files run at once and both stay in
      // front, so animation frames and IntersectionObserver keep running, and neither sees the other's storage.
      createPage: async ({ browser }) => (await browser.createBrowserContext()).newPage(),
      launchOptions: {
        executablePath: chromiumPath(),
        headless: true,
        args: [
          '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking',
          '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic',
        ],
      },
    }),
  ],
};
