import { useId, useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** Uploads one file with visible progress; the API detects its type and checks its size. */
export function AttachmentUpload({ itemId, onUploaded }: { itemId: string; onUploaded(name: string): void }) {
  const { t, locale } = useI18n();
  const id = useId();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  function upload(file: File) {
    const body = new FormData();
    body.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', `/agenda-items/${itemId}/attachments`);
    request.setRequestHeader('x-elinvoima-upload', '1');
    request.setRequestHeader('accept-language', locale);
    request.upload.onprogress = (event) => event.lengthComputable && setPercent(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      setPercent(null);
      if (request.status >= 200 && request.status < 300) {
        setError(null);
        onUploaded(file.name);
      } else {
        try {
          const parsed = JSON.parse(request.responseText) as { errors?: { message: string; extensions?: { fields?: { message: string }[] } }[] };
          const first = parsed.errors?.[0];
          setError(first?.extensions?.fields?.[0]?.message ?? first?.message ?? t('error.generic'));
        } catch {
          setError(t('error.generic'));
        }
      }
    };
    request.onerror = () => {
      setPercent(null);
      setError(t('error.network'));
    };
    setError(null);
    setPercent(0);
    request.send(body);
  }

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
        {percent !== null && <progress max={100} value={percent} aria-label={t('agenda.uploading', { percent })} />}
        {percent !== null && ` ${t('agenda.uploading', { percent })}`}
      </span>
      {error && (
        <span role="alert" className="field__error">
          {error}
        </span>
      )}
    </div>
  );
}
