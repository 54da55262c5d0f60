import { useQuery } from '@apollo/client/react';
import { formatDateTime } from '@elinvoima/domain';
import { MeetingInviteesDocument } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';

interface Props {
  meeting: { id: string; startsAt: string };
  publishing: boolean;
  onPublish(): void;
}

/** "Julkaise esityslista" and the question it asks: how many the invitation reaches, and whether the meeting is already over. */
export function PublishAgendaDialog({ meeting, publishing, onPublish }: Props) {
  const { t, locale } = useI18n();
  const { data } = useQuery(MeetingInviteesDocument, {
    variables: { id: meeting.id },
    fetchPolicy: 'cache-and-network',
  });
  const count = data?.meeting.inviteeCount;
  const invitees =
    count === undefined
      ? t('meeting.publishInviteesUnknown')
      : count === 1
        ? t('meeting.publishInviteesOne')
        : t('meeting.publishInviteesMany', { count });
  const over = new Date(meeting.startsAt).getTime() < Date.now();
  return (
    <ConfirmDialog
      opener={{
        label: publishing ? t('meeting.publishing') : t('meeting.publish'),
        className: 'button button--primary',
        disabled: publishing,
        busy: publishing,
      }}
      title={t('meeting.confirmPublish')}
      confirmLabel={t('meeting.publishConfirm')}
      onConfirm={onPublish}
    >
      <p>
        {t('meeting.publishIntro')} <strong>{invitees}</strong>
      </p>
      {over && (
        <p className="notice notice--warning">
          {t('meeting.publishPast', { time: formatDateTime(meeting.startsAt, locale) })}
        </p>
      )}
    </ConfirmDialog>
  );
}
