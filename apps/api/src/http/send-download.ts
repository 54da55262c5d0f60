import type { Response } from 'express';
import { contentDisposition } from './file-name.js';

export interface Download {
  fileName: string;
  type: string;
  content: Buffer;
  /**
   * `revalidate`: the browser may keep it but asks each time (who may read it, or its content,
   * can change); `no-store`: never kept anywhere (members' addresses, one-time links).
   */
  caching: 'revalidate' | 'no-store';
}

/** Answers a file route with a file to save, never in a shared cache. */
export function sendDownload(res: Response, { fileName, type, content, caching }: Download): void {
  res.setHeader('Cache-Control', caching === 'no-store' ? 'private, no-store' : 'private, no-cache');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Length', String(content.length));
  res.setHeader('Content-Disposition', contentDisposition(fileName));
  res.status(200).end(content);
}
