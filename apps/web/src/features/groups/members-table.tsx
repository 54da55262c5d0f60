import { useMutation } from '@apollo/client/react';
import { ChangeMemberRoleDocument, EndMembershipDocument, GroupDocument, type GroupRole, type MembershipFieldsFragment } from '@elinvoima/graphql';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';
import { formatIsoDate } from '../../lib/dates';

const ROLES: GroupRole[] = ['CHAIR', 'SECRETARY', 'MEMBER'];

interface Props {
  members: MembershipFieldsFragment[];
  canManage: boolean;
  /** Whether the viewer may make or unmake the chair. */
  canChangeChair: boolean;
  onChanged(message: string): void;
  onConflict(): void;
}

export function MembersTable({ members, canManage, canChangeChair, onChanged, onConflict }: Props) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const refetch = { refetchQueries: [GroupDocument], awaitRefetchQueries: true };
  const [changeRole] = useMutation(ChangeMemberRoleDocument, refetch);
  const [endMembership] = useMutation(EndMembershipDocument, refetch);

  async function run(action: () => Promise<unknown>, success: string) {
    setError(null);
    try {
      await action();
      onChanged(success);
    } catch (failure) {
      const parsed = apiError(failure);
      if (parsed?.code === 'CONFLICT') {
        setError(t('group.conflict'));
        onConflict();
      } else {
        setError(parsed?.fields[0]?.message ?? parsed?.message ?? t('error.network'));
      }
    }
  }

  if (members.length === 0) return <p className="empty-state">{t('group.noMembers')}</p>;
  return (
    <>
      <div role="alert">{error && <p className="notice notice--error">{error}</p>}</div>
      <div className="table-scroll">
        <table className="table">
          <caption className="visually-hidden">{t('group.membersCaption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('group.name')}</th>
              <th scope="col">{t('group.role')}</th>
              <th scope="col">{t('group.since')}</th>
              <th scope="col">{t('group.email')}</th>
              {canManage && <th scope="col">{t('group.actions')}</th>}
            </tr>
          </thead>
          <tbody>
            {members.map((m) => {
              const editable = canManage && (canChangeChair || m.role !== 'CHAIR');
              return (
                <tr key={m.id}>
                  <th scope="row">{m.user.name}</th>
                  <td>
                    {editable ? (
                      <select
                        aria-label={t('group.changeRoleOf', { name: m.user.name })}
                        value={m.role}
                        onChange={(event) => {
                          const role = event.target.value as GroupRole;
                          void run(
                            () => changeRole({ variables: { input: { membershipId: m.id, role, version: m.version } } }),
                            t('group.roleChanged', { name: m.user.name, role: t(`role.${role}`) }),
                          );
                        }}
                      >
                        {ROLES.filter((role) => canChangeChair || role !== 'CHAIR').map((role) => (
                          <option key={role} value={role}>
                            {t(`role.${role}`)}
                          </option>
                        ))}
                      </select>
                    ) : (
                      t(`role.${m.role}`)
                    )}
                  </td>
                  <td>{formatIsoDate(m.since)}</td>
                  <td>
                    <a href={`mailto:${m.user.email}`}>{m.user.email}</a>
                  </td>
                  {canManage && (
                    <td>
                      {editable && (
                        <button
                          type="button"
                          className="button button--quiet"
                          aria-label={t('group.endMembershipOf', { name: m.user.name })}
                          onClick={() => {
                            if (!window.confirm(t('group.confirmEnd', { name: m.user.name }))) return;
                            void run(() => endMembership({ variables: { input: { membershipId: m.id, version: m.version } } }), t('group.ended', { name: m.user.name }));
                          }}
                        >
                          {t('group.endMembership')}
                        </button>
                      )}
                    </td>
                  )}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
