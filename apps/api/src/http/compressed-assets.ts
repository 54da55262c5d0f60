import type { NextFunction, Request, Response } from 'express';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants as zlib, gzip } from 'node:zlib';

export const IMMUTABLE = 'public, max-age=31536000, immutable';
const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);

/** Brotli where the browser takes it (a tenth smaller than gzip for our scripts), else gzip. */
const ENCODINGS = [
  {
    name: 'br',
    compress: (data: Buffer) =>
      brotli(data, {
        params: { [zlib.BROTLI_PARAM_QUALITY]: zlib.BROTLI_MAX_QUALITY, [zlib.BROTLI_PARAM_SIZE_HINT]: data.length },
      }),
  },
  { name: 'gzip', compress: (data: Buffer) => gzipped(data, { level: 9 }) },
] as const;

/**
 * The client's scripts and styles compressed once, on first request: their names carry a content
 * hash, so they never change while the app runs (a third of a megabyte less on the first visit).
 */
export function compressedAssets(distDir: string) {
  // Promises, so two requests for a file that is being compressed wait for the same work.
  const cache = new Map<string, Promise<Buffer>>();
  const compressed = (encoding: (typeof ENCODINGS)[number], file: string): Promise<Buffer> => {
    const key = `${encoding.name}:${file}`;
    let body = cache.get(key);
    if (!body) {
      body = encoding.compress(readFileSync(file));
      cache.set(key, body);
    }
    return body;
  };
  // Compressed in the background at start (a second or two of work), not on the first visitor's time.
  const assets = join(distDir, 'assets');
  if (existsSync(assets)) {
    for (const name of readdirSync(assets).filter((n) => /\.(js|css|svg)$/.test(n))) {
      for (const encoding of ENCODINGS) compressed(encoding, join(assets, name)).catch(() => undefined);
    }
  }
  return (req: Request, res: Response, next: NextFunction): void => {
    const encoding = ENCODINGS.find((candidate) => req.acceptsEncodings(candidate.name) === candidate.name);
    // One file name without slashes under /assets/: nothing outside the folder can be named.
    if (
      (req.method !== 'GET' && req.method !== 'HEAD') ||
      !/^\/assets\/[\w.-]+\.(js|css|svg)$/.test(req.path) ||
      !encoding
    )
      return next();
    const file = join(distDir, req.path);
    if (!existsSync(file)) return next();
    compressed(encoding, file).then((body) => {
      res.type(extname(file));
      res.setHeader('Content-Encoding', encoding.name);
      res.setHeader('Vary', 'Accept-Encoding');
      res.setHeader('Cache-Control', IMMUTABLE);
      res.setHeader('Content-Length', body.length);
      res.end(req.method === 'HEAD' ? undefined : body);
    }, next);
  };
}
