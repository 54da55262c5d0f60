import { useMutation } from '@apollo/client/react';
import {
  ChangeMemberRoleDocument,
  EndMembershipDocument,
  GroupDocument,
  type GroupRole,
  type MembershipFieldsFragment,
} from '@elinvoima/graphql';
import { useState } from 'react';
import { useI18n } from '../../i18n/i18n';
import { apiError } from '../../lib/errors';

interface Options {
  onChanged(message: string): void;
  /** Someone else changed the membership first: the page reloads the group. */
  onConflict(): void;
}

/** Changing a member's role or ending a membership; the group is reloaded before the change is announced. */
export function useMembershipChanges({ onChanged, onConflict }: Options) {
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

  function setRole(member: MembershipFieldsFragment, role: GroupRole) {
    const input = { membershipId: member.id, role, version: member.version };
    void run(
      () => changeRole({ variables: { input } }),
      t('group.roleChanged', { name: member.user.name, role: t(`role.${role}`) }),
    );
  }

  /** Ends the membership today; the table has asked first. */
  function end(member: MembershipFieldsFragment) {
    const input = { membershipId: member.id, version: member.version };
    void run(() => endMembership({ variables: { input } }), t('group.ended', { name: member.user.name }));
  }

  return { error, setRole, end };
}
