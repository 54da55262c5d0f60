import { useMutation } from '@apollo/client/react';
import { UpdateMyProfileDocument } from '@elinvoima/graphql';
import { useCallback } from 'react';
import type { Locale } from '../i18n/i18n';

/** Saves a signed-in user's language choice to their profile; if that fails, the choice lasts for this visit. */
export function useSaveLanguage(): (locale: Locale) => void {
  const [save] = useMutation(UpdateMyProfileDocument);
  return useCallback(
    (locale: Locale) => {
      save({ variables: { input: { locale: locale === 'en' ? 'EN' : 'FI' } } }).catch(() => undefined);
    },
    [save],
  );
}
