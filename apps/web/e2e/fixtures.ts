import { type Browser, type BrowserContext, type Page, test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Every browser test runs under the app's real headers, Content-Security-Policy included, and
 * fails on an error in a page's console (Chromium reports each CSP violation there) or an uncaught
 * exception, in the test's own page and in any page of a context it opens. A test that causes one
 * on purpose checks it in `pageErrors` and removes it.
 */
export const test = base.extend<{ pageErrors: string[] }>({
  pageErrors: [
    async ({ page, browser }, use, testInfo) => {
      const errors: string[] = [];
      const watchPage = (watched: Page) => {
        watched.on('console', (message) => {
          if (message.type() === 'error') errors.push(`console: ${message.text()} (${message.location().url})`);
        });
        watched.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
      };
      const watchContext = (context: BrowserContext) => {
        context.pages().forEach(watchPage);
        context.on('page', watchPage);
      };
      watchPage(page);
      const newContext = browser.newContext.bind(browser);
      browser.newContext = async (...args: Parameters<Browser['newContext']>) => {
        const context = await newContext(...args);
        watchContext(context);
        return context;
      };
      await use(errors);
      Reflect.deleteProperty(browser, 'newContext');
      if (errors.length > 0)
        await testInfo.attach('page errors', { body: errors.join('\n'), contentType: 'text/plain' });
      base.expect(errors, 'errors in the browser console').toEqual([]);
    },
    { auto: true },
  ],
});
