import { useI18n } from '../../i18n/i18n';

/** Where a meeting is held, as entries of a facts list: the place and the online link, each when set. */
export function MeetingPlaceFacts({ location, onlineUrl }: { location?: string | null; onlineUrl?: string | null }) {
  const { t } = useI18n();
  return (
    <>
      {location && (
        <>
          <dt>{t('meeting.place')}</dt>
          <dd>{location}</dd>
        </>
      )}
      {onlineUrl && (
        <>
          <dt>{t('meeting.online')}</dt>
          <dd>
            <a href={onlineUrl}>{onlineUrl}</a>
          </dd>
        </>
      )}
    </>
  );
}
