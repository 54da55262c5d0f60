import { useParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/page-title';
import { SeasonProposals } from './season-proposals';
import { SeasonRuleForm } from './season-rule-form';
import { useSeasonPlanner } from './use-season-planner';

export function SeasonPlannerPage() {
  const { groupId = '' } = useParams();
  const { t } = useI18n();
  usePageTitle(t('season.title'));
  const planner = useSeasonPlanner(groupId);
  return (
    <article>
      <header className="page-header">
        <h1>{t('season.title')}</h1>
        <p>{t('season.intro')}</p>
      </header>
      <section className="panel">
        <SeasonRuleForm planner={planner} />
      </section>
      {planner.proposed && <SeasonProposals planner={planner} />}
    </article>
  );
}
