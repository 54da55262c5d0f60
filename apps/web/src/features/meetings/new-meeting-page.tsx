import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { ErrorNotice } from '../../ui/notice';
import { usePageTitle } from '../../ui/page-title';
import { AgendaSourceFields } from './agenda-source-fields';
import { MeetingFields } from './meeting-fields';
import { ErrorSummary } from './meeting-form-errors';
import { useNewMeeting } from './use-new-meeting';
import './meetings.css';

/** "Uusi kokous": the meeting's details and how its draft agenda starts; then its own page. */
export function NewMeetingPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('meetingForm.newTitle'));
  const meeting = useNewMeeting(groupId);
  if (meeting.status === 'loading') return <Loading />;
  if (meeting.status === 'forbidden') return <ErrorNotice>{t('meetingForm.forbidden')}</ErrorNotice>;
  const { error, errors, creating } = meeting;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={`/ryhmat/${groupId}/kokoukset`}>← {t('meeting.back')}</Link>
      </p>
      <header className="page-header">
        <h1>{t('meetingForm.newTitle')}</h1>
      </header>
      <section className="panel">
        <form ref={meeting.form} onSubmit={meeting.submit} noValidate className="form meeting-form">
          <ErrorSummary errors={errors} other={error && !error.fields.length ? error.message : null} />
          <MeetingFields values={meeting.values} onChange={meeting.setValues} themes={meeting.themes} errors={errors} />
          <AgendaSourceFields meeting={meeting} />
          <div className="toolbar">
            <button type="submit" className="button button--primary" disabled={creating} aria-busy={creating}>
              {creating ? t('meetingForm.creating') : t('meetingForm.create')}
            </button>
            <Link className="button button--quiet" to={`/ryhmat/${groupId}/kokoukset`}>
              {t('common.cancel')}
            </Link>
          </div>
        </form>
      </section>
    </article>
  );
}
