import { Module } from '@nestjs/common';
import { AttendanceEvents } from './attendance-events.js';
import { AttendanceResolver } from './attendance.resolver.js';
import { AttendanceService } from './attendance.service.js';
import { GroupQuorumService } from './group-quorum.service.js';

@Module({
  providers: [AttendanceEvents, AttendanceService, GroupQuorumService, AttendanceResolver],
  exports: [AttendanceEvents],
})
export class AttendanceModule {}
