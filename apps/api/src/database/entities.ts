import { LoginAttemptEntity } from '../auth/login-attempt.entity.js';
import { SessionEntity } from '../auth/session.entity.js';
import { GroupEntity } from '../groups/group.entity.js';
import { MembershipEntity } from '../groups/membership.entity.js';
import { OrganizationEntity } from '../organizations/organization.entity.js';
import { UserEntity } from '../users/user.entity.js';

export const ENTITIES = [OrganizationEntity, UserEntity, GroupEntity, MembershipEntity, SessionEntity, LoginAttemptEntity];
