import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';

/** The API's refusal of an upload, in the user's language: its field message, or its message. */
function uploadError(responseText: string): string | null {
  try {
    const parsed = JSON.parse(responseText) as {
      errors?: { message: string; extensions?: { fields?: { message: string }[] } }[];
    };
    const first = parsed.errors?.[0];
    return first?.extensions?.fields?.[0]?.message ?? first?.message ?? null;
  } catch {
    return null;
  }
}

/** Uploads one file to an agenda item with its progress in percent; the API detects its type and checks its size. */
export function useAttachmentUpload(itemId: string, onUploaded: (name: string) => void) {
  const { t, locale } = useI18n();
  const [percent, setPercent] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);

  function upload(file: File) {
    const body = new FormData();
    body.append('file', file);
    const request = new XMLHttpRequest();
    request.open('POST', `/agenda-items/${itemId}/attachments`);
    request.setRequestHeader('x-elinvoima-upload', '1');
    request.setRequestHeader('accept-language', locale);
    request.upload.onprogress = (event) =>
      event.lengthComputable && setPercent(Math.round((event.loaded / event.total) * 100));
    request.onload = () => {
      setPercent(null);
      if (request.status >= 200 && request.status < 300) {
        setError(null);
        onUploaded(file.name);
      } else {
        setError(uploadError(request.responseText) ?? t('error.generic'));
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

  return { upload, percent, error };
}
