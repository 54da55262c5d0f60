import { useQuery } from '@apollo/client/react';
import { MeetingAttendanceDocument } from '@elinvoima/graphql';
import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { AttendanceRecord } from './attendance-record';
import './attendance.css';

/**
 * The meeting page's attendance: members read it once recorded; managers also get the way to the
 * screen where it is taken.
 */
export function AttendanceSummary({ meetingId, canManage }: { meetingId: string; canManage: boolean }) {
  const { t } = useI18n();
  const { data } = useQuery(MeetingAttendanceDocument, { variables: { id: meetingId } });
  const meeting = data?.meeting;
  if (!meeting || (!canManage && !meeting.attendance.recorded)) return null;
  return (
    <section className="panel" aria-labelledby="attendance-heading">
      <h2 id="attendance-heading">{t('attendance.title')}</h2>
      <AttendanceRecord attendance={meeting.attendance} items={meeting.agenda} />
      {canManage && meeting.status !== 'CANCELLED' && (
        <p>
          <Link className="button button--quiet" to={`/ryhmat/${meeting.groupId}/kokoukset/${meetingId}/lasnaolo`}>
            {t('attendance.take')}
          </Link>
        </p>
      )}
    </section>
  );
}
