import type { AgendaNews } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';

/** "Uusi" or "Muuttunut" in words, not in colour alone; the title says what it means. */
export function NewsBadge({ news }: { news: AgendaNews }) {
  const { t } = useI18n();
  return (
    <span className={`badge badge--news badge--${news.toLowerCase()}`} title={t(`start.newsHint.${news}`)}>
      {t(`start.news.${news}`)}
    </span>
  );
}
