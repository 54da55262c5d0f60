import { formatDateInput } from '@elinvoima/domain';
import type { GroupRole, MembershipFieldsFragment } from '@elinvoima/graphql';
import { useI18n } from '../../i18n/i18n';
import { ConfirmDialog } from '../../ui/confirm-dialog';
import { useMembershipChanges } from './use-membership-changes';

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
  const changes = useMembershipChanges({ onChanged, onConflict });
  if (members.length === 0) return <p className="empty-state">{t('group.noMembers')}</p>;
  return (
    <>
      <div role="alert">{changes.error && <p className="notice notice--error">{changes.error}</p>}</div>
      <div className="table-scroll">
        <table className="table table--stacked">
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
                  <td data-label={t('group.role')}>
                    {editable ? (
                      <select
                        aria-label={t('group.changeRoleOf', { name: m.user.name })}
                        value={m.role}
                        onChange={(event) => changes.setRole(m, event.target.value as GroupRole)}
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
                  <td data-label={t('group.since')}>{formatDateInput(m.since)}</td>
                  <td data-label={t('group.email')}>
                    <a href={`mailto:${m.user.email}`}>{breakableEmail(m.user.email)}</a>
                  </td>
                  {canManage && (
                    <td>
                      {editable && (
                        <ConfirmDialog
                          opener={{
                            label: t('group.endMembership'),
                            name: t('group.endMembershipOf', { name: m.user.name }),
                            className: 'button button--quiet',
                          }}
                          title={t('group.confirmEnd', { name: m.user.name })}
                          confirmLabel={t('group.endMembership')}
                          danger
                          onConfirm={() => changes.end(m)}
                        >
                          <p>{t('group.endExplained')}</p>
                        </ConfirmDialog>
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

/** An address that, when it must wrap on a narrow screen, wraps after the @ rather than anywhere. */
function breakableEmail(email: string) {
  const at = email.indexOf('@');
  if (at < 0) return email;
  return (
    <>
      {email.slice(0, at + 1)}
      <wbr />
      {email.slice(at + 1)}
    </>
  );
}
