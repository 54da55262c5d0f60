import { formatFileSize, formatTime, themeName } from '@elinvoima/domain';
import type { AgendaItemFieldsFragment, AttachmentFieldsFragment } from '@elinvoima/graphql';
import type { Ref } from 'react';
import { useI18n } from '../../i18n/i18n';

export type AgendaItem = AgendaItemFieldsFragment & { attachments: AttachmentFieldsFragment[] };

/** One numbered section as members read it. */
export function AgendaItemView({
  item,
  showChanges,
  titleRef,
}: {
  item: AgendaItem;
  showChanges: boolean;
  /** The editor gives a new item's title the focus. */
  titleRef?: Ref<HTMLHeadingElement>;
}) {
  const { t, locale } = useI18n();
  const presenter = item.presenter?.name ?? item.presenterName;
  return (
    <>
      <h3 className="agenda-item__title" ref={titleRef} tabIndex={-1}>
        <span className="agenda-item__number">{item.number}</span> {item.title}
      </h3>
      <p className="agenda-item__meta">
        {t(`itemKind.${item.kind}`)}
        {item.plannedStart && ` · ${t('meeting.plannedStart', { time: formatTime(item.plannedStart) })}`}
        {item.plannedMinutes != null && ` · ${t('meeting.minutes', { minutes: item.plannedMinutes })}`}
        {showChanges && item.changedAfterPublishing && (
          <span className="badge badge--changed">{t('meeting.changed')}</span>
        )}
      </p>
      {presenter && (
        <p className="agenda-item__presenter">
          <strong>{t('meeting.presenter')}:</strong> {presenter}
          {item.presenterOrganization && `, ${item.presenterOrganization}`}
        </p>
      )}
      {item.project && (
        <p className="agenda-item__presenter">
          <strong>{t('meeting.project')}:</strong> {item.project.name}
        </p>
      )}
      {item.themes.length > 0 && (
        <ul className="tags" aria-label={t('meeting.themes')}>
          {item.themes.map((th) => (
            <li key={th.id}>{themeName(th, locale)}</li>
          ))}
        </ul>
      )}
      {/* Rendered from Markdown and sanitized by the API. */}
      {item.descriptionHtml && (
        <div className="agenda-item__description" dangerouslySetInnerHTML={{ __html: item.descriptionHtml }} />
      )}
      {item.kind === 'DECISION' && item.proposal && (
        <p className="agenda-item__proposal">
          <strong>{t('meeting.proposal')}:</strong> {item.proposal}
        </p>
      )}
      {item.attachments.length > 0 && (
        <div className="agenda-item__attachments">
          <p className="agenda-item__label">{t('meeting.attachments')}</p>
          <ul>
            {item.attachments.map((a) => (
              <li key={a.id}>
                <a href={a.downloadUrl} download>
                  {a.fileName}
                </a>{' '}
                <span className="muted">({formatFileSize(a.sizeBytes, locale)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
    </>
  );
}
