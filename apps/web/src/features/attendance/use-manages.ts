import { useQuery } from '@apollo/client/react';
import { MyGroupsDocument } from '@elinvoima/graphql';
import { useViewer } from '../auth/viewer';
import { managesGroup } from '../groups/manages-group';

/** Whether the viewer takes the group's attendance: its chair, its secretary or an organization admin. */
export function useManages(groupId: string): boolean {
  const viewer = useViewer();
  const { data } = useQuery(MyGroupsDocument);
  return managesGroup(viewer, data?.myGroups.find((g) => g.id === groupId)?.myRole);
}
