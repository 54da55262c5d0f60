import { hasUnsafeMarkup } from './markdown.js';
import { agendaTimetable, canTransition, isPermutation, isVisibleToMembers, MeetingStatus } from './meetings.js';

describe('meeting life', () => {
  it('publishes a draft agenda and cancels before the meeting is held', () => {
    expect(canTransition(MeetingStatus.DRAFT, MeetingStatus.AGENDA_PUBLISHED)).toBe(true);
    expect(canTransition(MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.CANCELLED)).toBe(true);
    expect(canTransition(MeetingStatus.CANCELLED, MeetingStatus.AGENDA_PUBLISHED)).toBe(false);
    expect(canTransition(MeetingStatus.AGENDA_PUBLISHED, MeetingStatus.DRAFT)).toBe(false);
  });

  it('keeps drafts from members', () => {
    expect(isVisibleToMembers(MeetingStatus.DRAFT)).toBe(false);
    expect(isVisibleToMembers(MeetingStatus.AGENDA_PUBLISHED)).toBe(true);
  });
});

describe('agenda timetable', () => {
  it('starts each item when the previous ones are planned to end', () => {
    const start = new Date('2018-11-21T12:00:00Z');
    const times = agendaTimetable(start, [5, 30, null, 15]).map((d) => d.toISOString().slice(11, 16));
    expect(times).toEqual(['12:00', '12:05', '12:35', '12:35']);
  });
});

describe('reordering', () => {
  it('accepts only the same items, each once', () => {
    expect(isPermutation(['a', 'b', 'c'], ['c', 'a', 'b'])).toBe(true);
    expect(isPermutation(['a', 'b', 'c'], ['a', 'b'])).toBe(false);
    expect(isPermutation(['a', 'b', 'c'], ['a', 'a', 'b'])).toBe(false);
    expect(isPermutation(['a', 'b', 'c'], ['a', 'b', 'd'])).toBe(false);
  });
});

describe('Markdown safety', () => {
  it('refuses scripts, embeds, event handlers and javascript links', () => {
    expect(hasUnsafeMarkup('Hei <script>alert(1)</script>')).toBe(true);
    expect(hasUnsafeMarkup('<img src=x onerror=alert(1)>')).toBe(true);
    expect(hasUnsafeMarkup('[klikkaa](javascript:alert(1))')).toBe(true);
    expect(hasUnsafeMarkup('<iframe src="https://example.org"></iframe>')).toBe(true);
  });

  it('accepts ordinary Markdown', () => {
    expect(hasUnsafeMarkup('**6–8 pilottia**, ks. [Future Savo](https://savogrow.fi) – *tilanne 2020 jälkeen*')).toBe(
      false,
    );
  });
});
