import type { MeetingStatus } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';

export function StatusBadge({ status }: { status: MeetingStatus }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
