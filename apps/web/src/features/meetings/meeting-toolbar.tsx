import { Link } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { helsinkiDate } from '../../lib/dates';
import { agendaPdfUrl, meetingPackUrl } from './agenda-pdf-url';
import { CancelMeetingDialog } from './cancel-meeting-dialog';
import { PublishAgendaDialog } from './publish-agenda-dialog';
import type { MeetingPageState } from './use-meeting-page';

/** What can be done with the meeting: see it in the month, print, download, and for managers more. */
export function MeetingToolbar({ page }: { page: MeetingPageState }) {
  const { t } = useI18n();
  const { meeting } = page;
  const base = `/ryhmat/${meeting.group.id}/kokoukset`;
  return (
    <div className="toolbar">
      <Link
        className="button button--quiet"
        to={`${base}?nakyma=kuukausi&kuukausi=${helsinkiDate(meeting.startsAt).slice(0, 7)}`}
      >
        {t('meeting.showInCalendar')}
      </Link>
      <Link className="button button--quiet" to={`${base}/${meeting.id}/tulosta`}>
        {t('meeting.print')}
      </Link>
      <a className="button button--quiet" href={agendaPdfUrl(meeting.id)} download>
        {t('meeting.downloadPdf')}
      </a>
      <a className="button button--quiet" href={meetingPackUrl(meeting.id)} download>
        {t('meeting.downloadPack')}
      </a>
      {meeting.status !== 'DRAFT' && (
        <a className="button button--quiet" href={`/meetings/${meeting.id}/invitation.ics`} download>
          {t('meeting.addToCalendar')}
        </a>
      )}
      {page.canManage && meeting.status === 'DRAFT' && (
        <PublishAgendaDialog
          meeting={meeting}
          publishing={page.publishing}
          onPublish={() => void page.publishAgenda()}
        />
      )}
      {page.editable && (
        <>
          <Link className="button button--quiet" to={`${base}/${meeting.id}/muokkaa`}>
            {t('meeting.edit')}
          </Link>
          <CancelMeetingDialog meeting={meeting} onCancelled={() => void page.cancelled()} onConflict={page.reload} />
        </>
      )}
    </div>
  );
}
