import { useMutation } from '@apollo/client/react';
import { Locale } from '@elinvoima/domain';
import { UpdateMyProfileDocument } from '@elinvoima/graphql';
import { type FormEvent, useState } from 'react';
import { Link } from 'react-router';
import { toApiLocale } from '../../i18n/api-locale';
import { useI18n } from '../../i18n/i18n';
import { apiError, type ApiError, fieldMessage } from '../../lib/errors';
import { useViewer } from '../auth/viewer';
import { CalendarFeedsPanel } from '../calendar/calendar-feeds-panel';
import { usePageTitle } from '../../ui/page-title';
import { TextField } from '../../ui/text-field';
import { ChangePasswordPanel } from './change-password-panel';
import { SessionsPanel } from './sessions-panel';

export function ProfilePage() {
  const { t, locale, setLocale } = useI18n();
  const viewer = useViewer();
  usePageTitle(t('profile.title'));
  const [save, { loading }] = useMutation(UpdateMyProfileDocument);
  const [error, setError] = useState<ApiError | null>(null);
  const [saved, setSaved] = useState(false);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const chosen = form.get('locale') === Locale.EN ? Locale.EN : Locale.FI;
    setError(null);
    setSaved(false);
    try {
      await save({ variables: { input: { name: String(form.get('name')), locale: toApiLocale(chosen) } } });
      setLocale(chosen);
      setSaved(true);
    } catch (failure) {
      setError(apiError(failure) ?? { code: 'NETWORK', message: t('error.network'), fields: [] });
    }
  }

  return (
    <article>
      <header className="page-header">
        <h1>{t('profile.title')}</h1>
      </header>
      <section className="panel" aria-labelledby="profile-details">
        <h2 id="profile-details" className="visually-hidden">
          {t('profile.title')}
        </h2>
        <form onSubmit={submit} noValidate className="form">
          <TextField
            name="name"
            label={t('profile.name')}
            defaultValue={viewer.name}
            required
            autoComplete="name"
            error={fieldMessage(error, 'name')}
          />
          <p className="field">
            <span className="field__label">{t('profile.email')}</span>
            <span>{viewer.email}</span>
          </p>
          <fieldset className="field">
            <legend>{t('language.label')}</legend>
            <p className="field__hint">{t('profile.languageHelp')}</p>
            {[Locale.FI, Locale.EN].map((language) => (
              <label key={language} className="choice" lang={language}>
                <input type="radio" name="locale" value={language} defaultChecked={locale === language} />{' '}
                {t(`language.${language}`)}
              </label>
            ))}
          </fieldset>
          <div role="status" aria-live="polite">
            {saved && <p className="notice notice--success">{t('profile.saved')}</p>}
            {error && !error.fields.length && <p className="notice notice--error">{error.message}</p>}
          </div>
          <button type="submit" className="button button--primary" disabled={loading} aria-busy={loading}>
            {loading ? t('profile.saving') : t('profile.save')}
          </button>
        </form>
      </section>
      <section className="panel" aria-labelledby="my-groups">
        <h2 id="my-groups">{t('profile.memberships')}</h2>
        {viewer.memberships.length ? (
          <ul className="plain-list">
            {viewer.memberships.map((m) => (
              <li key={m.id}>
                <Link to={`/ryhmat/${m.group.id}`}>{m.group.name}</Link> – {t(`role.${m.role}`)}
              </li>
            ))}
          </ul>
        ) : (
          <p className="empty-state">{t('group.noGroups')}</p>
        )}
      </section>
      <ChangePasswordPanel />
      <SessionsPanel />
      <CalendarFeedsPanel groups={[...new Map(viewer.memberships.map((m) => [m.group.id, m.group])).values()]} />
      {viewer.isOrgAdmin && (
        <p>
          <Link to="/tilin-viestit">{t('accountMail.link')}</Link>
        </p>
      )}
    </article>
  );
}
