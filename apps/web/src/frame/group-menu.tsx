import type { GroupFieldsFragment } from '@elinvoima/graphql';
import { useEffect, useRef } from 'react';
import { Link, useLocation } from 'react-router';
import { useI18n } from '../i18n/i18n';

/** The viewer's groups as a disclosure of links: plain keyboard use, no surprise navigation. */
export function GroupMenu({
  groups,
  current,
}: {
  groups: GroupFieldsFragment[];
  current: GroupFieldsFragment | undefined;
}) {
  const { t } = useI18n();
  const details = useRef<HTMLDetailsElement>(null);
  const location = useLocation();
  useEffect(() => {
    if (details.current) details.current.open = false;
  }, [location.pathname]);
  return (
    <details className="group-menu" ref={details}>
      <summary>
        <span className="visually-hidden">{t('nav.groupSwitcher')}: </span>
        {current?.name ?? t('nav.groupSwitcher')}
      </summary>
      <ul>
        {groups.map((group) => (
          <li key={group.id}>
            <Link to={`/ryhmat/${group.id}`} aria-current={group.id === current?.id ? 'page' : undefined}>
              {group.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
