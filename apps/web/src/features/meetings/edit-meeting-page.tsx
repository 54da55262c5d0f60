import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { ErrorNotice } from '../../ui/notice';
import { usePageTitle } from '../../ui/page-title';
import { MeetingFields } from './meeting-fields';
import { ErrorSummary } from './meeting-form-errors';
import { type MeetingEdit, useEditMeeting } from './use-edit-meeting';
import './meetings.css';

/** "Muokkaa tietoja": the meeting's details, saved over the version the user started from. */
export function EditMeetingPage() {
  const { groupId = '', meetingId = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('meetingForm.editTitle'));
  const edit = useEditMeeting(groupId, meetingId);
  if (edit.status === 'loading') return <Loading />;
  if (edit.status === 'not-found') return <NotFoundPage />;
  if (edit.status === 'network-error') return <ErrorNotice>{t('error.network')}</ErrorNotice>;
  if (edit.status === 'forbidden') return <ErrorNotice>{t('meetingForm.forbidden')}</ErrorNotice>;
  return (
    <article>
      <p className="breadcrumb">
        <Link to={edit.meetingUrl}>← {edit.meeting.title}</Link>
      </p>
      <header className="page-header">
        <p className="page-header__eyebrow">{edit.meeting.group.name}</p>
        <h1>{t('meetingForm.editTitle')}</h1>
      </header>
      <section className="panel">
        {edit.cancelled ? (
          <ErrorNotice>{t('meetingForm.cancelledMeanwhile')}</ErrorNotice>
        ) : (
          <EditMeetingForm edit={edit} />
        )}
      </section>
    </article>
  );
}

function EditMeetingForm({ edit }: { edit: MeetingEdit }) {
  const { t } = useI18n();
  const { error, errors, conflict, saving, reloading } = edit;
  return (
    <form ref={edit.form} onSubmit={edit.submit} noValidate className="form meeting-form">
      {conflict ? (
        <div className="notice notice--error" role="alert">
          <p>{t('meetingForm.conflict')}</p>
          <button
            type="button"
            className="button button--quiet"
            onClick={edit.reloadAndReapply}
            disabled={reloading}
            aria-busy={reloading}
          >
            {t('meetingForm.reload')}
          </button>
        </div>
      ) : (
        <ErrorSummary errors={errors} other={error && !error.fields.length ? error.message : null} />
      )}
      <div role="status" ref={edit.reloadedNotice} tabIndex={-1}>
        {edit.reloaded && <p className="notice notice--info">{edit.reloaded}</p>}
      </div>
      <MeetingFields
        values={edit.values}
        onChange={edit.setValues}
        themes={edit.themes}
        errors={conflict ? {} : errors}
      />
      <div className="toolbar">
        <button type="submit" className="button button--primary" disabled={saving || conflict} aria-busy={saving}>
          {saving ? t('meetingForm.saving') : t('meetingForm.save')}
        </button>
        <Link className="button button--quiet" to={edit.meetingUrl}>
          {t('common.cancel')}
        </Link>
      </div>
    </form>
  );
}
