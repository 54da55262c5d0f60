import { connect, markScale, migrate, openBenchDatabase } from '../support/database.js';
import { emptyDatabase, generateScaleData } from './generate.js';
import { benchPasswordHash } from './password.js';

/** `npm run bench:data -- --scale N`: writes the scale dataset into the benchmark's database. */
export async function generateInto(
  scale: number,
  log: (line: string) => void = console.log,
): Promise<Record<string, number>> {
  const started = Date.now();
  const database = await openBenchDatabase({ fast: true });
  try {
    await migrate(database.url);
    const { sql, client } = await connect(database.url);
    try {
      await emptyDatabase(sql);
      const { counts, timings } = await generateScaleData(sql, { scale, passwordHash: await benchPasswordHash() });
      await markScale(sql, scale);
      const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
      log(
        `scale ${scale}: ${Object.entries(counts)
          .map(([table, n]) => `${n} ${table}`)
          .join(', ')}`,
      );
      log(
        `generated in ${seconds(Date.now() - started)} (${Object.entries(timings)
          .map(([part, ms]) => `${part} ${seconds(ms)}`)
          .join(', ')})`,
      );
      return counts;
    } finally {
      await client.end();
    }
  } finally {
    await database.stop();
  }
}

export function scaleArgument(argv: string[], fallback: number): number {
  const index = argv.indexOf('--scale');
  const value = index >= 0 ? Number(argv[index + 1]) : fallback;
  if (!Number.isFinite(value) || value <= 0 || value > 100)
    throw new Error(`--scale must be a number above 0 and at most 100 (got "${argv[index + 1]}")`);
  return value;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  generateInto(scaleArgument(process.argv.slice(2), 1)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
