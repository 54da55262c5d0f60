import { formatPeriod, themeName } from '@elinvoima/domain';
import { useI18n } from '../../i18n/i18n';
import { StatusBadge } from './status-badge';
import type { MeetingPageState } from './use-meeting-page';
import { MeetingPlaceFacts } from './meeting-place-facts';

/** The meeting's name, time, place, themes and status; the heading takes the focus after a cancellation. */
export function MeetingHeader({ page }: { page: MeetingPageState }) {
  const { t, locale } = useI18n();
  const { meeting } = page;
  return (
    <header className="page-header">
      <p className="page-header__eyebrow">
        {meeting.group.name} · {t(`kind.${meeting.kind}`)}
      </p>
      <h1 ref={page.heading} tabIndex={-1}>
        {meeting.title}
      </h1>
      <p className="meeting__time">{formatPeriod(meeting.startsAt, meeting.endsAt, locale)}</p>
      <dl className="meeting__facts">
        <MeetingPlaceFacts location={meeting.location} onlineUrl={meeting.onlineUrl} />
        {meeting.themes.length > 0 && (
          <>
            <dt>{t('meeting.themes')}</dt>
            <dd>{meeting.themes.map((th) => themeName(th, locale)).join(', ')}</dd>
          </>
        )}
      </dl>
      <p>
        <StatusBadge status={meeting.status} />
      </p>
    </header>
  );
}
