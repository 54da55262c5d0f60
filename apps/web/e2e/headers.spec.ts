import { expect, test } from './fixtures';

test('the pages run under a Content-Security-Policy that refuses an inline script', async ({ page, pageErrors }) => {
  const response = await page.goto('/kirjaudu');
  expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  const ran = await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'document.body.dataset.injected = "yes"';
    document.head.append(script);
    return document.body.dataset.injected === 'yes';
  });
  expect(ran).toBe(false);
  // The refusal reached the console, where it fails any other test.
  await expect.poll(() => pageErrors.filter((e) => e.includes('Content Security Policy'))).toHaveLength(1);
  pageErrors.length = 0;
});

test('no other page can frame the app', async ({ page, pageErrors, baseURL }) => {
  await page.setContent(`<iframe title="Elinvoima" src="${baseURL}/kirjaudu"></iframe>`);
  await expect.poll(() => pageErrors.some((e) => e.includes("frame-ancestors 'none'"))).toBe(true);
  const frame = page.frames().find((f) => f !== page.mainFrame());
  expect(frame).toBeDefined();
  await expect(frame!.getByRole('heading', { name: 'Kirjaudu sisään' })).toHaveCount(0);
  pageErrors.length = 0;
});
