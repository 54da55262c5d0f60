import { useI18n } from '../i18n/i18n';
import { usePageTitle } from '../ui/page-title';

const SECTIONS = {
  actions: { title: 'nav.actions', text: 'comingSoon.actions' },
  review: { title: 'nav.review', text: 'comingSoon.review' },
} as const;

/** A section later work fills; until then it says so plainly. */
export function ComingSoonPage({ section }: { section: keyof typeof SECTIONS }) {
  const { t } = useI18n();
  const { title, text } = SECTIONS[section];
  usePageTitle(t(title));
  return (
    <section className="panel">
      <h1>{t(title)}</h1>
      <div className="empty-state">
        <p className="empty-state__label">{t('comingSoon.title')}</p>
        <p>{t(text)}</p>
      </div>
    </section>
  );
}
