import { useI18n } from '../../i18n/i18n';

export function StatusBadge({ status }: { status: 'DRAFT' | 'AGENDA_PUBLISHED' | 'CANCELLED' }) {
  const { t } = useI18n();
  return <span className={`badge badge--${status.toLowerCase()}`}>{t(`status.${status}`)}</span>;
}
