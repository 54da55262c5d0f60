import { Controller, Get, Res } from '@nestjs/common';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators.js';

/** How long the database may take to answer before it counts as down. */
const TIMEOUT_MS = 2000;

@Controller('health')
export class HealthController {
  constructor(private readonly db: DataSource) {}

  /**
   * 200 when the database answers, 503 when it does not, asked afresh every time: for load
   * balancers and compose. The app keeps running through an outage and is 200 again as soon as
   * the database is back.
   */
  @Public()
  @Get()
  async check(@Res() res: Response): Promise<void> {
    res.setHeader('Cache-Control', 'no-store');
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        this.db.query('SELECT 1'),
        new Promise((_, reject) => {
          timer = setTimeout(() => reject(new Error('timeout')), TIMEOUT_MS);
        }),
      ]);
      res.status(200).json({ status: 'ok', database: 'up' });
    } catch {
      res.status(503).json({ status: 'error', database: 'down' });
    } finally {
      clearTimeout(timer);
    }
  }
}
