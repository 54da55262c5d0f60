import {
  isActiveMembership,
  mayChangeChair,
  todayInHelsinki,
  touchesChair,
  wouldLeaveGroupUnmanaged,
  wouldLeaveGroupWithoutChair,
} from './memberships.js';
import { GroupRole } from './roles.js';
import { localeFromAcceptLanguage, Locale } from './locale.js';

const chair = { id: 'c', role: GroupRole.CHAIR, until: null };
const secretary = { id: 's', role: GroupRole.SECRETARY, until: null };
const member = { id: 'm', role: GroupRole.MEMBER, until: null };

describe('group management rule', () => {
  it('lets the chair step down while a secretary remains', () => {
    expect(wouldLeaveGroupUnmanaged([chair, secretary, member], 'c', null)).toBe(false);
  });

  it('refuses to end the last manager', () => {
    expect(wouldLeaveGroupUnmanaged([chair, member], 'c', null)).toBe(true);
    expect(wouldLeaveGroupUnmanaged([chair, member], 'c', GroupRole.MEMBER)).toBe(true);
  });

  it('ignores memberships that have already ended', () => {
    const pastSecretary = { ...secretary, until: '2000-01-01' };
    expect(wouldLeaveGroupUnmanaged([chair, pastSecretary], 'c', null)).toBe(true);
    expect(isActiveMembership(pastSecretary)).toBe(false);
  });

  it('counts the last day of a membership as still active', () => {
    expect(isActiveMembership({ until: '2018-12-31' }, '2018-12-31')).toBe(true);
    expect(isActiveMembership({ until: '2018-12-31' }, '2019-01-01')).toBe(false);
  });

  it("knows Helsinki's date when UTC is still on the previous day", () => {
    expect(todayInHelsinki(new Date('2018-09-18T22:30:00Z'))).toBe('2018-09-19');
  });

  it('allows promoting a member to chair in place of the last manager', () => {
    expect(wouldLeaveGroupUnmanaged([chair, member], 'm', GroupRole.CHAIR)).toBe(false);
  });
});

describe('chair rule', () => {
  it('lets only the chair or an organization admin change who is chair', () => {
    expect(mayChangeChair(GroupRole.CHAIR, false)).toBe(true);
    expect(mayChangeChair(GroupRole.SECRETARY, true)).toBe(true);
    expect(mayChangeChair(GroupRole.SECRETARY, false)).toBe(false);
    expect(mayChangeChair(null, false)).toBe(false);
  });

  it('knows which changes concern the chair', () => {
    expect(touchesChair(GroupRole.CHAIR, GroupRole.MEMBER)).toBe(true);
    expect(touchesChair(GroupRole.SECRETARY, GroupRole.CHAIR)).toBe(true);
    expect(touchesChair(null, GroupRole.CHAIR)).toBe(true);
    expect(touchesChair(GroupRole.MEMBER, GroupRole.SECRETARY)).toBe(false);
  });

  it('keeps a chair in a group that has one', () => {
    expect(wouldLeaveGroupWithoutChair([chair, secretary], 'c', GroupRole.MEMBER)).toBe(true);
    expect(wouldLeaveGroupWithoutChair([chair, secretary], 'c', null)).toBe(true);
    expect(wouldLeaveGroupWithoutChair([chair, { ...member, role: GroupRole.CHAIR }], 'c', null)).toBe(false);
    expect(wouldLeaveGroupWithoutChair([secretary, member], 's', GroupRole.MEMBER)).toBe(false);
    expect(wouldLeaveGroupWithoutChair([{ ...chair, until: '2000-01-01' }, secretary], 's', null)).toBe(false);
  });
});

describe('locale negotiation', () => {
  it('defaults to Finnish and honours an English browser', () => {
    expect(localeFromAcceptLanguage(undefined)).toBe(Locale.FI);
    expect(localeFromAcceptLanguage('en-GB,en;q=0.9')).toBe(Locale.EN);
    expect(localeFromAcceptLanguage('sv-FI,sv;q=0.9,fi;q=0.8,en;q=0.5')).toBe(Locale.FI);
  });
});
