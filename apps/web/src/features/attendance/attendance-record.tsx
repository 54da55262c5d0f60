import type { AttendanceFieldsFragment } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';
import { ItemQuorumList, QuorumStatus } from './quorum-status';

interface Item {
  id: string;
  number: string;
  title: string;
}

/** The attendance as recorded, to read: who was there, guests, conflicts of interest and the quorum. */
export function AttendanceRecord({
  attendance,
  items,
}: {
  attendance: AttendanceFieldsFragment;
  items: readonly Item[];
}) {
  const { t } = useI18n();
  if (!attendance.recorded && attendance.guests.length === 0) {
    return <p className="empty-state">{t('attendance.notRecorded')}</p>;
  }
  const numberOf = (id: string | null | undefined) => items.find((i) => i.id === id)?.number ?? '';
  const nameOf = (id: string) => attendance.members.find((m) => m.userId === id)?.name ?? '';
  const group = (status: string) => attendance.members.filter((m) => m.status === status);
  const lists = [
    ['attendance.presentList', group('PRESENT')],
    ['attendance.excusedList', group('EXCUSED')],
    ['attendance.absentList', group('ABSENT')],
  ] as const;
  return (
    <div className="attendance-record">
      <QuorumStatus quorum={attendance.quorum} />
      <dl className="attendance-record__lists">
        {lists.map(([label, members]) =>
          members.length ? (
            <div key={label}>
              <dt>{t(label)}</dt>
              <dd>
                <ul className="plain-list">
                  {members.map((m) => (
                    <li key={m.userId}>
                      {m.name} ({t(`role.${m.role}`)})
                      {m.arrivalItemId && `, ${t('attendance.arrivedAt', { item: numberOf(m.arrivalItemId) })}`}
                      {m.leavingItemId && `, ${t('attendance.leftAt', { item: numberOf(m.leavingItemId) })}`}
                    </li>
                  ))}
                </ul>
              </dd>
            </div>
          ) : null,
        )}
        {attendance.guests.length > 0 && (
          <div>
            <dt>{t('attendance.guests')}</dt>
            <dd>
              <ul className="plain-list">
                {attendance.guests.map((g) => (
                  <li key={g.id}>
                    {g.name}
                    {g.organization && `, ${g.organization}`} ({t(`attendance.guestRole.${g.role}`)})
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
        {attendance.disqualifications.length > 0 && (
          <div>
            <dt>{t('attendance.disqualifications')}</dt>
            <dd>
              <ul className="plain-list">
                {attendance.disqualifications.map((d) => (
                  <li key={`${d.agendaItemId}-${d.userId}`}>
                    {t('attendance.disqualifiedFrom', { name: nameOf(d.userId), item: numberOf(d.agendaItemId) })} –{' '}
                    {t('attendance.notInDecision')}
                    {d.reason && ` (${d.reason})`}
                  </li>
                ))}
              </ul>
            </dd>
          </div>
        )}
      </dl>
      {/* Items differ from the meeting as a whole only when someone came late, left or was disqualified. */}
      {(attendance.disqualifications.length > 0 ||
        attendance.members.some((m) => m.arrivalItemId || m.leavingItemId)) && (
        <>
          <h3>{t('attendance.itemQuorums')}</h3>
          <ItemQuorumList items={items} quorums={attendance.itemQuorums} />
        </>
      )}
    </div>
  );
}
