import { useQuery } from '@apollo/client/react';
import { formatPeriod, themeName, todayInHelsinki } from '@elinvoima/domain';
import { type MeetingFieldsFragment, MeetingsDocument } from '@elinvoima/graphql';
import { Link, useParams, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { Loading } from '../../ui/loading';
import { usePageTitle } from '../../ui/page-title';
import { monthOf, parseMonth } from '../../lib/month-grid';
import { MonthView } from './month-view';
import { StatusBadge } from './status-badge';
import { useCanManage } from './use-group-role';
import './meetings.css';

/** The address keeps the view: `?nakyma=kuukausi&kuukausi=2018-11` or `?nakyma=lista`. */
const VIEWS = { month: 'kuukausi', list: 'lista' } as const;

function MeetingList({ meetings, groupId }: { meetings: MeetingFieldsFragment[]; groupId: string }) {
  const { t, locale } = useI18n();
  return (
    <ul className="meeting-list">
      {meetings.map((m) => (
        <li key={m.id} className={`meeting-list__item meeting-list__item--${m.status.toLowerCase()}`}>
          <p className="meeting-list__time">{formatPeriod(m.startsAt, m.endsAt, locale)}</p>
          <p className="meeting-list__title">
            <Link to={`/ryhmat/${groupId}/kokoukset/${m.id}`}>{m.title}</Link>
          </p>
          <p className="meeting-list__meta">
            {t(`kind.${m.kind}`)}
            {m.themes.length > 0 && ` · ${m.themes.map((th) => themeName(th, locale)).join(', ')}`}{' '}
            <StatusBadge status={m.status} />
          </p>
          {m.status === 'CANCELLED' && m.cancelReason && (
            <p className="muted">{t('meeting.cancelled', { reason: m.cancelReason })}</p>
          )}
        </li>
      ))}
    </ul>
  );
}

function ListView({ groupId }: { groupId: string }) {
  const { t } = useI18n();
  const { data, loading } = useQuery(MeetingsDocument, { variables: { groupId }, fetchPolicy: 'cache-and-network' });
  if (loading && !data) return <Loading />;
  const meetings = data?.meetings ?? [];
  const now = Date.now();
  const upcoming = meetings.filter((m) => new Date(m.endsAt).getTime() >= now);
  const past = meetings.filter((m) => new Date(m.endsAt).getTime() < now).reverse();
  if (meetings.length === 0) {
    return (
      <div className="empty-state">
        <p>{t('meetings.none')}</p>
      </div>
    );
  }
  return (
    <>
      <section className="panel" aria-labelledby="upcoming">
        <h2 id="upcoming">{t('meetings.upcoming')}</h2>
        {upcoming.length ? (
          <MeetingList meetings={upcoming} groupId={groupId} />
        ) : (
          <p className="empty-state">{t('meetings.noneUpcoming')}</p>
        )}
      </section>
      {past.length > 0 && (
        <section className="panel" aria-labelledby="past">
          <h2 id="past">{t('meetings.past')}</h2>
          <MeetingList meetings={past} groupId={groupId} />
        </section>
      )}
    </>
  );
}

export function MeetingsPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('meetings.title'));
  const canManage = useCanManage(groupId);
  const [params] = useSearchParams();
  const view = params.get('nakyma') === VIEWS.month ? 'month' : 'list';
  const chosenMonth = parseMonth(params.get('kuukausi'));
  const month = chosenMonth ?? monthOf(todayInHelsinki());
  const href = (nextView: keyof typeof VIEWS, nextMonth = chosenMonth) =>
    `?nakyma=${VIEWS[nextView]}${nextMonth ? `&kuukausi=${nextMonth}` : ''}`;

  return (
    <article>
      <header className="page-header page-header--actions">
        <h1>{t('meetings.title')}</h1>
        {canManage && (
          <div className="toolbar">
            <Link className="button button--primary" to={`/ryhmat/${groupId}/kokoukset/uusi`}>
              {t('meetings.newMeeting')}
            </Link>
            <Link className="button button--quiet" to={`/ryhmat/${groupId}/kausi`}>
              {t('meetings.planSeason')}
            </Link>
          </div>
        )}
      </header>
      <nav aria-label={t('meetings.views')}>
        <ul className="view-switch">
          <li>
            <Link to={href('month')} aria-current={view === 'month' ? 'page' : undefined}>
              {t('meetings.viewMonth')}
            </Link>
          </li>
          <li>
            <Link to={href('list')} aria-current={view === 'list' ? 'page' : undefined}>
              {t('meetings.viewList')}
            </Link>
          </li>
        </ul>
      </nav>
      {view === 'month' ? (
        <MonthView groupId={groupId} month={month} monthHref={(next) => href('month', next)} />
      ) : (
        <ListView groupId={groupId} />
      )}
    </article>
  );
}
