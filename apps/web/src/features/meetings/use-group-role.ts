import { useQuery } from '@apollo/client/react';
import { MyGroupsDocument } from '@elinvoima/graphql';
import { useViewer } from '../auth/viewer';
import { managesGroup } from '../groups/manages-group';

/** Whether the viewer manages the group (chair, secretary or organization admin), and whether that is known yet. */
export function useManagerAccess(groupId: string | undefined): { canManage: boolean; loading: boolean } {
  const viewer = useViewer();
  const { data, loading } = useQuery(MyGroupsDocument);
  const role = data?.myGroups.find((g) => g.id === groupId)?.myRole;
  return { canManage: managesGroup(viewer, role), loading: loading && !data };
}

/** Whether the viewer manages the group (chair, secretary or organization admin). */
export function useCanManage(groupId: string | undefined): boolean {
  return useManagerAccess(groupId).canManage;
}
