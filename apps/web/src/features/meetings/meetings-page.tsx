import { useQuery } from '@apollo/client/react';
import { type MeetingFieldsFragment, MeetingsDocument } from '@elinvoima/graphql';
import { Link, useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { meetingTime } from '../../lib/format-meeting';
import { Loading } from '../shell/loading';
import { usePageTitle } from '../shell/page-title';
import { StatusBadge } from './status-badge';
import { useCanManage } from './use-group-role';

function MeetingList({ meetings, groupId }: { meetings: MeetingFieldsFragment[]; groupId: string }) {
  const { t, locale } = useI18n();
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className="meeting-list__item">
          <p className="meeting-list__time">{meetingTime(m.startsAt, m.endsAt, locale)}</p>
          <p className="meeting-list__title">
            <Link to={`/ryhmat/${groupId}/kokoukset/${m.id}`}>{m.title}</Link>
          </p>
          <p className="meeting-list__meta">
            {t(`kind.${m.kind}`)}
            {m.themes.length > 0 && ` · ${m.themes.map((th) => (locale === 'en' ? th.nameEn : th.nameFi)).join(', ')}`}{' '}
            <StatusBadge status={m.status} />
          </p>
        </li>
      ))}
    </ul>
  );
}

export function MeetingsPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('meetings.title'));
  const canManage = useCanManage(groupId);
  const { data, loading } = useQuery(MeetingsDocument, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  const meetings = data?.meetings ?? [];
  const now = Date.now();
  const upcoming = meetings.filter((m) => new Date(m.endsAt).getTime() >= now);
  const past = meetings.filter((m) => new Date(m.endsAt).getTime() < now).reverse();
  return (
    <article>
      <header className="page-header page-header--actions">
        <h1>{t('meetings.title')}</h1>
        {canManage && (
          <Link className="button button--primary" to={`/ryhmat/${groupId}/kausi`}>
            {t('meetings.planSeason')}
          </Link>
        )}
      </header>
      {meetings.length === 0 ? (
        <div className="empty-state">
          <p>{t('meetings.none')}</p>
        </div>
      ) : (
        <>
          <section className="panel" aria-labelledby="upcoming">
            <h2 id="upcoming">{t('meetings.upcoming')}</h2>
            {upcoming.length ? <MeetingList meetings={upcoming} groupId={groupId} /> : <p className="empty-state">{t('meetings.noneUpcoming')}</p>}
          </section>
          {past.length > 0 && (
            <section className="panel" aria-labelledby="past">
              <h2 id="past">{t('meetings.past')}</h2>
              <MeetingList meetings={past} groupId={groupId} />
            </section>
          )}
        </>
      )}
    </article>
  );
}
