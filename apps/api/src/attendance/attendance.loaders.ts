import DataLoader from 'dataloader';
import { defineLoaders } from '../common/loaders.js';
import { loadAttendance } from './attendance.read.js';
import type { Attendance } from './attendance.types.js';

export const attendanceLoaders = defineLoaders((db) => ({
  /** Each meeting's attendance with its quorum: the same few queries for any number of meetings. */
  attendanceOfMeeting: new DataLoader<string, Attendance>((meetingIds) => loadAttendance(db, meetingIds)),
}));
