import * as chromeLauncher from 'chrome-launcher';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

export const CHROMIUM = '/usr/bin/chromium';

export interface LighthouseScores {
  performance: number;
  accessibility: number;
  /** Largest contentful paint and total blocking time, ms. */
  lcpMs: number;
  tbtMs: number;
  failedAccessibilityAudits: string[];
}

/**
 * Lighthouse (desktop settings) on a signed-in page, in Debian's Chromium: the session travels
 * as the app's cookie on every request, under its production name (with `__Host-`). `runs` > 1
 * keeps the median performance run.
 */
export async function lighthouseOf(
  url: string,
  sessionToken: string,
  reportFile: string,
  runs = 1,
): Promise<LighthouseScores> {
  const chrome = await chromeLauncher.launch({
    chromePath: CHROMIUM,
    chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
  });
  try {
    const results: LighthouseScores[] = [];
    for (let run = 0; run < runs; run++) {
      const result = await lighthouse(
        url,
        {
          port: chrome.port,
          output: 'html',
          logLevel: 'error',
          onlyCategories: ['performance', 'accessibility'],
          extraHeaders: { Cookie: `__Host-elinvoima_session=${sessionToken}` },
        },
        desktopConfig,
      );
      if (!result) throw new Error(`Lighthouse gave no result for ${url}`);
      const { lhr } = result;
      if (run === 0) writeFileSync(reportFile, String(result.report));
      results.push({
        performance: Math.round((lhr.categories.performance.score ?? 0) * 100),
        accessibility: Math.round((lhr.categories.accessibility.score ?? 0) * 100),
        lcpMs: Math.round(lhr.audits['largest-contentful-paint']?.numericValue ?? NaN),
        tbtMs: Math.round(lhr.audits['total-blocking-time']?.numericValue ?? NaN),
        failedAccessibilityAudits: lhr.categories.accessibility.auditRefs
          .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id]?.score ?? 1) < 1)
          .map((ref) => ref.id),
      });
    }
    results.sort((a, b) => a.performance - b.performance);
    return results[Math.floor(results.length / 2)];
  } finally {
    await chrome.kill();
  }
}

export function reportPath(dir: string, name: string): string {
  return join(dir, `lighthouse-${name}.html`);
}
