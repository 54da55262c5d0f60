import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface InitialRoute {
  js: { files: number; bytes: number; gzipBytes: number };
  css: { files: number; bytes: number; gzipBytes: number };
}

/**
 * What a browser loads before the first route renders: the entry script, the chunks it
 * preloads and the stylesheets named in the built index.html; chunks loaded later are not counted.
 */
export function initialRoute(distDir: string): InitialRoute | null {
  const index = join(distDir, 'index.html');
  if (!existsSync(index)) return null;
  const html = readFileSync(index, 'utf8');
  const scripts = [
    ...html.matchAll(/<script[^>]*type="module"[^>]*src="([^"]+)"/g),
    ...html.matchAll(/<link[^>]*rel="modulepreload"[^>]*href="([^"]+)"/g),
  ].map((m) => m[1]);
  const styles = [...html.matchAll(/<link[^>]*rel="stylesheet"[^>]*href="([^"]+)"/g)].map((m) => m[1]);
  const measure = (files: string[]) =>
    files.reduce(
      (sum, file) => {
        const content = readFileSync(join(distDir, file.replace(/^\//, '')));
        return {
          files: sum.files + 1,
          bytes: sum.bytes + content.length,
          gzipBytes: sum.gzipBytes + gzipSync(content, { level: 9 }).length,
        };
      },
      { files: 0, bytes: 0, gzipBytes: 0 },
    );
  return { js: measure([...new Set(scripts)]), css: measure([...new Set(styles)]) };
}
