/** Runs one statement and returns its rows: a `pg.Client` or a TypeORM `DataSource` can stand behind it. */
export type Sql = (text: string, params?: unknown[]) => Promise<Record<string, unknown>[]>;

export interface Column {
  name: string;
  /** The PostgreSQL type of one value, e.g. `uuid`, `text`, `meeting_status`. */
  type: string;
  /** Cast of each value on its way in, where the column's type cannot travel in an array (e.g. `text[]`). */
  cast?: string;
}

const ROWS_PER_STATEMENT = 5000;

/**
 * Inserts many rows with one `INSERT … SELECT FROM unnest(…)` per few thousand rows: one array
 * parameter per column, so a statement carries thousands of rows in a single round trip.
 */
export async function insertRows(
  sql: Sql,
  table: string,
  columns: readonly Column[],
  rows: readonly unknown[][],
): Promise<void> {
  const names = columns.map((c) => c.name).join(', ');
  const arrays = columns.map((c, i) => `$${i + 1}::${c.type}[]`).join(', ');
  const values = columns.map((c, i) => `v${i}${c.cast ? `::${c.cast}` : ''}`).join(', ');
  const statement = `INSERT INTO ${table} (${names}) SELECT ${values} FROM unnest(${arrays}) AS v(${columns.map((_, i) => `v${i}`).join(', ')})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_STATEMENT) {
    const chunk = rows.slice(start, start + ROWS_PER_STATEMENT);
    await sql(
      statement,
      columns.map((_, c) => chunk.map((row) => row[c] ?? null)),
    );
  }
}
