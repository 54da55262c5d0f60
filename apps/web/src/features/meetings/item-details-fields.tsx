import { themeName } from '@elinvoima/domain';
import type { AgendaEditorOptionsQuery } from '@elinvoima/graphql';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { type ApiError, fieldMessage } from '../../lib/errors';
import { TextField } from '../../ui/text-field';
import type { AgendaItem } from './agenda-item-view';

interface Props {
  item?: AgendaItem;
  options: AgendaEditorOptionsQuery | undefined;
  error: ApiError | null;
}

/** Who presents the item, how long it is planned to take, and the project and themes it concerns. */
export function ItemDetailsFields({ item, options, error }: Props) {
  const { t, locale } = useI18n();
  const ids = { presenter: useId(), project: useId() };
  return (
    <>
      <div className="field">
        <label htmlFor={ids.presenter}>{t('agenda.presenterMember')}</label>
        <select id={ids.presenter} name="presenterUserId" defaultValue={item?.presenterUserId ?? ''}>
          <option value="">{t('agenda.presenterNone')}</option>
          {options?.group.members.map((m) => (
            <option key={m.id} value={m.user.id}>
              {m.user.name}
            </option>
          ))}
        </select>
      </div>
      <div className="form-row">
        <TextField
          name="presenterName"
          label={t('agenda.presenterName')}
          defaultValue={item?.presenterName ?? ''}
          error={fieldMessage(error, 'presenterName')}
        />
        <TextField
          name="presenterOrganization"
          label={t('agenda.presenterOrganization')}
          defaultValue={item?.presenterOrganization ?? ''}
        />
      </div>
      <div className="form-row">
        <TextField
          name="plannedMinutes"
          type="number"
          min={0}
          max={600}
          inputMode="numeric"
          label={t('agenda.plannedMinutes')}
          defaultValue={item?.plannedMinutes ?? ''}
          error={fieldMessage(error, 'plannedMinutes')}
        />
        <div className="field">
          <label htmlFor={ids.project}>{t('agenda.project')}</label>
          <select id={ids.project} name="projectId" defaultValue={item?.projectId ?? ''}>
            <option value="">{t('agenda.noProject')}</option>
            {options?.projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {options && options.themes.length > 0 && (
        <fieldset className="field">
          <legend>{t('agenda.themes')}</legend>
          <div className="choices">
            {options.themes.map((theme) => (
              <label key={theme.id} className="choice">
                <input
                  type="checkbox"
                  name="themeIds"
                  value={theme.id}
                  defaultChecked={item?.themes.some((th) => th.id === theme.id)}
                />
                {themeName(theme, locale)}
              </label>
            ))}
          </div>
        </fieldset>
      )}
    </>
  );
}
