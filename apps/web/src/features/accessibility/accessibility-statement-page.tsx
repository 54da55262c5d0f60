import { useQuery } from '@apollo/client/react';
import { formatDate } from '@elinvoima/domain';
import { AccessibilityStatementDocument } from '@elinvoima/graphql';
import { useI18n, type MessageKey } from '../../i18n/i18n';
import { usePageTitle } from '../../ui/page-title';

/** When the statement was last checked against the service; update it with every new assessment. */
export const STATEMENT_DATE = '2026-12-02';

const SHORTCOMINGS: readonly { title: MessageKey; text: MessageKey }[] = [
  { title: 'a11y.gapPdfTitle', text: 'a11y.gapPdf' },
  { title: 'a11y.gapAttachmentsTitle', text: 'a11y.gapAttachments' },
];

const METHODS: readonly MessageKey[] = ['a11y.methodAxe', 'a11y.methodKeyboard', 'a11y.methodPhone'];

/**
 * The accessibility statement (saavutettavuusseloste) the Act on the Provision of Digital Services
 * requires: open to anyone, signed in or not. The feedback address is the deployment's own.
 */
export function AccessibilityStatementPage() {
  const { t, locale } = useI18n();
  usePageTitle(t('a11y.title'));
  const { data } = useQuery(AccessibilityStatementDocument);
  const feedbackEmail = data?.accessibilityStatement.feedbackEmail;

  return (
    <article className="statement">
      <h1>{t('a11y.title')}</h1>
      <p>{t('a11y.scope')}</p>
      <p>{t('a11y.updated', { date: formatDate(STATEMENT_DATE, locale) })}</p>

      <h2>{t('a11y.statusTitle')}</h2>
      <p>{t('a11y.status')}</p>

      <h2>{t('a11y.methodTitle')}</h2>
      <ul>
        {METHODS.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>

      <h2>{t('a11y.gapsTitle')}</h2>
      {SHORTCOMINGS.map((gap) => (
        <section key={gap.title} aria-labelledby={gap.title}>
          <h3 id={gap.title}>{t(gap.title)}</h3>
          <p>{t(gap.text)}</p>
        </section>
      ))}

      <h2>{t('a11y.feedbackTitle')}</h2>
      <p>{t('a11y.feedback')}</p>
      <p>
        {t('a11y.feedbackAddress')}{' '}
        {feedbackEmail ? <a href={`mailto:${feedbackEmail}`}>{feedbackEmail}</a> : t('app.loading')}
      </p>

      <h2>{t('a11y.supervisorTitle')}</h2>
      <p>{t('a11y.supervisor')}</p>
      <address>
        {t('a11y.supervisorName')}
        <br />
        {t('a11y.supervisorUnit')}
        <br />
        <a href="https://www.saavutettavuusvaatimukset.fi">www.saavutettavuusvaatimukset.fi</a>
        <br />
        <a href="mailto:saavutettavuus@traficom.fi">saavutettavuus@traficom.fi</a>
        <br />
        {t('a11y.supervisorPhone')}
      </address>
    </article>
  );
}
