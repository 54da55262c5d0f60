import { AttendanceStatus, itemQuorum, presentAtItem, quorum } from './attendance.js';

const present = (userId: string, arrivalPosition: number | null = null, leavingPosition: number | null = null) => ({
  userId,
  status: AttendanceStatus.PRESENT,
  arrivalPosition,
  leavingPosition,
});

describe('quorum', () => {
  it('needs more than half of the members by default', () => {
    expect(quorum(7, 4, null)).toEqual({ memberCount: 7, presentCount: 4, required: 4, reached: true });
    expect(quorum(8, 4, null).reached).toBe(false);
    expect(quorum(8, 5, null).required).toBe(5);
  });

  it("follows the group's own minimum", () => {
    expect(quorum(8, 3, 3).reached).toBe(true);
    expect(quorum(8, 2, 3).reached).toBe(false);
  });

  it('is never reached by a group without members', () => {
    expect(quorum(0, 0, null).reached).toBe(false);
  });
});

describe('presence at an item', () => {
  it('starts at the arrival item and ends before the leaving item', () => {
    const late = { status: AttendanceStatus.PRESENT, arrivalPosition: 3, leavingPosition: 5 };
    expect([1, 2, 3, 4, 5, 6].map((p) => presentAtItem(late, p))).toEqual([false, false, true, true, false, false]);
  });

  it('never counts the absent or excused', () => {
    const excused = { status: AttendanceStatus.EXCUSED, arrivalPosition: null, leavingPosition: null };
    expect(presentAtItem(excused, 1)).toBe(false);
  });

  it('computes an item quorum without the disqualified member', () => {
    const members = [present('a'), present('b'), present('c', 4), { ...present('d'), status: AttendanceStatus.ABSENT }];
    expect(itemQuorum(members, 2, new Set(), null)).toMatchObject({ memberCount: 4, presentCount: 2, reached: false });
    expect(itemQuorum(members, 2, new Set(['d']), null)).toMatchObject({
      memberCount: 3,
      presentCount: 2,
      reached: true,
    });
    expect(itemQuorum(members, 4, new Set(['a']), null)).toMatchObject({
      memberCount: 3,
      presentCount: 2,
      reached: true,
    });
  });
});
