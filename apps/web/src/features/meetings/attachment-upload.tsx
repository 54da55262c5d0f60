import { formatPercent } from '@elinvoima/domain';
import { useId } from 'react';
import { useI18n } from '../../i18n/i18n';
import { useAttachmentUpload } from './use-attachment-upload';

/** Uploads one file with visible progress; the API detects its type and checks its size. */
export function AttachmentUpload({ itemId, onUploaded }: { itemId: string; onUploaded(name: string): void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const { upload, percent, error } = useAttachmentUpload(itemId, onUploaded);
  const progress = percent === null ? '' : t('agenda.uploading', { percent: formatPercent(percent / 100, locale) });
  return (
    <div className="upload">
      <label htmlFor={id} className="button button--quiet upload__label">
        {t('agenda.upload')}
      </label>
      <input
        id={id}
        type="file"
        className="visually-hidden"
        aria-describedby={`${id}-hint`}
        accept=".pdf,.png,.jpg,.jpeg,.gif,.webp,.doc,.docx,.xls,.xlsx,.ppt,.pptx,.odt,.ods,.odp"
        onChange={(event) => {
          const file = event.target.files?.[0];
          if (file) upload(file);
          event.target.value = '';
        }}
      />
      <span id={`${id}-hint`} className="visually-hidden">
        {t('agenda.uploadHint')}
      </span>
      <span role="status" aria-live="polite">
        {percent !== null && <progress max={100} value={percent} aria-label={progress} />}
        {percent !== null && ` ${progress}`}
      </span>
      {error && (
        <span role="alert" className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
