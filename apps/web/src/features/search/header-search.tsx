import { type FormEvent, useId, useState } from 'react';
import { useLocation, useNavigate, useSearchParams } from 'react-router';
import { useI18n } from '../../i18n/i18n';
import { searchHref, searchScope } from './search-href';
import './search.css';

/**
 * The search field of the header: it leads to the results page, where the query stays in the address.
 * A search from a group's pages starts in that group; on the results page it keeps the scope chosen.
 */
export function HeaderSearch({ groupId }: { groupId: string | undefined }) {
  const { t } = useI18n();
  const id = useId();
  const navigate = useNavigate();
  const onSearchPage = useLocation().pathname === '/haku';
  const [params] = useSearchParams();
  const current = onSearchPage ? (params.get('q') ?? '') : '';
  const [text, setText] = useState(current);
  // The field follows the address when another search or page changes it.
  const [textFor, setTextFor] = useState(current);
  if (current !== textFor) {
    setTextFor(current);
    setText(current);
  }

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(searchHref(text, onSearchPage ? searchScope(params) : { groupId }));
  }

  return (
    <form role="search" aria-label={t('search.label')} className="header-search" onSubmit={submit}>
      <label htmlFor={id} className="visually-hidden">
        {t('search.label')}
      </label>
      <input
        id={id}
        type="search"
        name="q"
        value={text}
        onChange={(e) => setText(e.target.value)}
        maxLength={200}
        autoComplete="off"
      />
      <button type="submit" className="button header-search__button">
        {t('search.submit')}
      </button>
    </form>
  );
}
