import { formatPeriod } from '@elinvoima/domain';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { Loading } from '../../ui/loading';
import { NotFoundPage } from '../../ui/not-found-page';
import { ErrorNotice } from '../../ui/notice';
import { usePageTitle } from '../../ui/page-title';
import { AttendanceRecord } from './attendance-record';
import { DisqualificationsPanel } from './disqualifications-panel';
import { GuestsPanel } from './guests-panel';
import { liveQuorum } from './live-quorum';
import { MemberRows } from './member-rows';
import { ItemQuorumList, QuorumStatus } from './quorum-status';
import { QuorumRuleForm } from './quorum-rule-form';
import { useAttendance } from './use-attendance';
import { useManages } from './use-manages';
import './attendance.css';

/** Taking a meeting's attendance in one screen: members, quorum, guests and conflicts of interest. */
export function AttendancePage() {
  const { groupId = '', meetingId = '' } = useParams();
  const { t, locale } = useI18n();
  const state = useAttendance(meetingId);
  const manages = useManages(groupId);
  const { meeting, attendance } = state;
  usePageTitle(meeting ? `${t('attendance.title')}: ${meeting.title}` : t('attendance.title'));

  if (!meeting || !attendance) {
    if (state.query.loading) return <Loading />;
    const code = apiError(state.query.error)?.code;
    if (code === 'NOT_FOUND' || code === 'BAD_USER_INPUT' || code === 'FORBIDDEN') return <NotFoundPage />;
    return <ErrorNotice>{t('error.network')}</ErrorNotice>;
  }
  if (meeting.groupId !== groupId) return <NotFoundPage />;

  const items = meeting.agenda;
  const live = liveQuorum(
    attendance,
    state.draft,
    items.map((i) => i.id),
  );
  const editable = manages && meeting.status !== 'CANCELLED';
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void state.save();
  };

  return (
    <article className="attendance">
      <p className="breadcrumb">
        <Link to={`/ryhmat/${groupId}/kokoukset/${meetingId}`}>← {t('attendance.back')}</Link>
      </p>
      <header className="page-header">
        <p className="page-header__eyebrow">{meeting.group.name}</p>
        <h1>{t('attendance.title')}</h1>
        <p className="page-header__meta">
          {meeting.title}, {formatPeriod(meeting.startsAt, meeting.endsAt, locale)}
        </p>
      </header>
      <div role="status" aria-live="polite">
        {state.message && <p className={`notice notice--${state.message.kind}`}>{state.message.text}</p>}
      </div>
      {meeting.status === 'CANCELLED' && <p className="notice notice--error">{t('attendance.cancelled')}</p>}
      {!editable ? (
        <AttendanceRecord attendance={attendance} items={items} />
      ) : (
        <>
          <section className="panel" aria-labelledby="quorum-heading">
            <h2 id="quorum-heading">{t('attendance.quorum')}</h2>
            <div aria-live="polite">
              <QuorumStatus quorum={live.meeting} />
            </div>
            <p className="field__hint">{t('attendance.quorumUnsaved')}</p>
            {items.length > 0 && (
              <>
                <h3>{t('attendance.itemQuorums')}</h3>
                <ItemQuorumList items={items} quorums={live.items} />
              </>
            )}
            <h3>{t('attendance.quorumRule')}</h3>
            <QuorumRuleForm state={state} />
          </section>
          <form className="panel" aria-labelledby="members-heading" onSubmit={submit}>
            <h2 id="members-heading">{t('attendance.members')}</h2>
            <p className="field__hint">{t('attendance.membersHint')}</p>
            <MemberRows state={state} items={items} />
            <div className="attendance-save">
              <button type="submit" className="button button--primary" disabled={state.busy}>
                {state.busy ? t('attendance.saving') : t('attendance.save')}
              </button>
              {/* Beside the button too: the list of a large group is longer than a screen. */}
              <QuorumStatus quorum={live.meeting} />
            </div>
          </form>
          <GuestsPanel state={state} />
          <DisqualificationsPanel state={state} items={items} />
        </>
      )}
    </article>
  );
}
