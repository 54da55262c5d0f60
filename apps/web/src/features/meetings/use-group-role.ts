import { useQuery } from '@apollo/client/react';
import { MyGroupsDocument } from '@elinvoima/graphql';
import { useViewer } from '../auth/viewer';

/** Whether the viewer manages the group (chair, secretary or organization admin). */
export function useCanManage(groupId: string | undefined): boolean {
  const viewer = useViewer();
  const { data } = useQuery(MyGroupsDocument);
  const role = data?.myGroups.find((g) => g.id === groupId)?.myRole;
  return viewer.isOrgAdmin || role === 'CHAIR' || role === 'SECRETARY';
}
