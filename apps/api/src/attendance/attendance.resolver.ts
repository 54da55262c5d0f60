import { MANAGING_ROLES } from '@elinvoima/domain';
import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { isAnnounced } from '../access/announced.js';
import { canManage } from '../access/roles.js';
import { CurrentViewer, RequireGroupRole } from '../auth/access.decorators.js';
import type { GqlContext, Viewer } from '../auth/viewer.js';
import { DomainError } from '../common/domain-error.js';
import { GroupEntity } from '../groups/group.entity.js';
import { groupLoaders } from '../groups/group.loaders.js';
import { groupById } from '../groups/group.target.js';
import { MeetingEntity } from '../meetings/meeting.entity.js';
import { groupOfMeeting } from '../meetings/meeting.target.js';
import { attendanceLoaders } from './attendance.loaders.js';
import { AttendanceService } from './attendance.service.js';
import { Attendance } from './attendance.types.js';
import {
  AddMeetingGuestInput,
  RecordAttendanceInput,
  RecordDisqualificationInput,
  RemoveDisqualificationInput,
  RemoveMeetingGuestInput,
  SetGroupQuorumInput,
} from './dto/attendance.inputs.js';
import { GroupQuorumService } from './group-quorum.service.js';

/** Who took part in a meeting: read by the group's members once announced, written by its managers. */
@Resolver(() => MeetingEntity)
export class AttendanceResolver {
  constructor(
    private readonly service: AttendanceService,
    private readonly quorum: GroupQuorumService,
  ) {}

  @ResolveField(() => Attendance, {
    description: "Who took part and the quorum; the group's members once the agenda is published",
  })
  async attendance(@Parent() meeting: MeetingEntity, @Context() ctx: GqlContext): Promise<Attendance> {
    const viewer = ctx.viewer;
    if (!viewer) throw DomainError.unauthenticated();
    const mine = await ctx.loaders.of(groupLoaders).activeMembershipsOfUser.load(viewer.user.id);
    const role = mine.find((m) => m.groupId === meeting.groupId)?.role ?? null;
    const mayRead = canManage({ role }, viewer) || (role !== null && isAnnounced(meeting));
    if (!mayRead) throw DomainError.forbidden();
    return ctx.loaders.of(attendanceLoaders).attendanceOfMeeting.load(meeting.id);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.meetingId'))
  @Mutation(() => Attendance, { description: 'Records the attendance of many members at once' })
  recordAttendance(@Args('input') input: RecordAttendanceInput, @CurrentViewer() viewer: Viewer): Promise<Attendance> {
    return this.service.record(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.meetingId'))
  @Mutation(() => Attendance)
  addMeetingGuest(@Args('input') input: AddMeetingGuestInput, @CurrentViewer() viewer: Viewer): Promise<Attendance> {
    return this.service.addGuest(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.meetingId'))
  @Mutation(() => Attendance)
  removeMeetingGuest(
    @Args('input') input: RemoveMeetingGuestInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Attendance> {
    return this.service.removeGuest(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.meetingId'))
  @Mutation(() => Attendance, { description: 'Records a member disqualified from an item (esteellisyys)' })
  recordDisqualification(
    @Args('input') input: RecordDisqualificationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Attendance> {
    return this.service.disqualify(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupOfMeeting('input.meetingId'))
  @Mutation(() => Attendance)
  removeDisqualification(
    @Args('input') input: RemoveDisqualificationInput,
    @CurrentViewer() viewer: Viewer,
  ): Promise<Attendance> {
    return this.service.removeDisqualification(input, viewer);
  }

  @RequireGroupRole(MANAGING_ROLES, groupById('input.groupId'))
  @Mutation(() => GroupEntity, {
    description: "Sets the group's quorum: a minimum of members present, or more than half",
  })
  setGroupQuorum(@Args('input') input: SetGroupQuorumInput): Promise<GroupEntity> {
    return this.quorum.set(input);
  }
}
