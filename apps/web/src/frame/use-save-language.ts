import { useMutation } from '@apollo/client/react';
import type { Locale } from '@elinvoima/domain';
import { UpdateMyProfileDocument } from '@elinvoima/graphql';
import { useCallback } from 'react';
import { toApiLocale } from '../i18n/api-locale';

/** Saves a signed-in user's language choice to their profile; if that fails, the choice lasts for this visit. */
export function useSaveLanguage(): (locale: Locale) => void {
  const [save] = useMutation(UpdateMyProfileDocument);
  return useCallback(
    (locale: Locale) => {
      save({ variables: { input: { locale: toApiLocale(locale) } } }).catch(() => undefined);
    },
    [save],
  );
}
