import type { Random } from './random.js';
import type { Sql } from './sql.js';

export interface ScaleOptions {
  /** 1 ≈ 2,200 meetings and 25,000 agenda items; 10 is ten times that. */
  scale: number;
  /** The argon2 hash every generated person signs in with. */
  passwordHash: string;
  /** The ten years of meetings end three months after this day's month. */
  today?: Date;
  seed?: number;
}

/** A working group as generated, for the parts that come after it. */
export interface GeneratedGroup {
  id: string;
  organizationId: string;
  municipality: string;
  /** Vesanto → Vesannon, for titles and places. */
  genitive: string;
  memberIds: string[];
  themeIds: Map<string, string>;
  /** Meeting weekday (1 = Monday), week of the month and starting hour. */
  weekday: number;
  week: number;
  hour: number;
}

/** What the parts share: each reads what the earlier ones made and adds its own. */
export interface ScaleContext {
  sql: Sql;
  random: Random;
  options: Required<ScaleOptions>;
  organizationIds: Map<string, string>;
  projectIds: string[];
  groups: GeneratedGroup[];
  /** Counts per table, for the report. */
  counts: Record<string, number>;
  /** Milliseconds per part, for the report. */
  timings: Record<string, number>;
}

export interface ScalePart {
  name: string;
  run(context: ScaleContext): Promise<void>;
}

/** Groups at a scale: three per municipality, eighteen (SavoGrow's six municipalities) at scale 1. */
export function groupCount(scale: number): number {
  return Math.max(1, Math.round(18 * scale));
}
