import type { EntityManager } from 'typeorm';

/** One numbered item as a calendar entry lists it. */
export interface CalendarAgendaLine {
  position: number;
  title: string;
  /** `Ville Keränen, Kehitysyhtiö SavoGrow Oy`, or empty. */
  presenter: string;
}

/** The agendas of the given meetings in one query, items in order, keyed by meeting. */
export async function agendaLinesOf(
  db: Pick<EntityManager, 'query'>,
  meetingIds: readonly string[],
): Promise<Map<string, CalendarAgendaLine[]>> {
  const agendas = new Map<string, CalendarAgendaLine[]>();
  if (!meetingIds.length) return agendas;
  const rows = (await db.query(
    `SELECT i.meeting_id, i.position, i.title, coalesce(u.name, i.presenter_name) AS presenter,
            i.presenter_organization AS organization
       FROM agenda_item i LEFT JOIN app_user u ON u.id = i.presenter_user_id
      WHERE i.meeting_id = ANY($1::uuid[])
      ORDER BY i.meeting_id, i.position`,
    [meetingIds],
  )) as {
    meeting_id: string;
    position: number;
    title: string;
    presenter: string | null;
    organization: string | null;
  }[];
  for (const row of rows) {
    const lines = agendas.get(row.meeting_id) ?? [];
    lines.push({
      position: row.position,
      title: row.title,
      presenter: row.presenter ? [row.presenter, row.organization].filter(Boolean).join(', ') : '',
    });
    agendas.set(row.meeting_id, lines);
  }
  return agendas;
}
