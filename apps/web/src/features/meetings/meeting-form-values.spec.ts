import {
  blankMeeting,
  changedByOthers,
  changedInput,
  checkValues,
  meetingInput,
  meetingValues,
  rebase,
} from './meeting-form-values.js';

const saved = {
  title: 'Teemakokous asumisesta',
  kind: 'THEME' as const,
  themes: [{ id: 'th-housing' }],
  startsAt: '2018-11-21T12:00:00.000Z',
  endsAt: '2018-11-21T14:00:00.000Z',
  location: 'Vesannon kunnantalo',
  onlineUrl: null,
};

describe('the meeting form', () => {
  it('shows a saved meeting in Helsinki time', () => {
    expect(meetingValues(saved)).toEqual({
      title: 'Teemakokous asumisesta',
      kind: 'THEME',
      themeIds: ['th-housing'],
      date: '2018-11-21',
      startTime: '14.00',
      endTime: '16.00',
      location: 'Vesannon kunnantalo',
      onlineUrl: '',
    });
  });

  it('sends times entered in Helsinki as instants, in summer too', () => {
    const input = meetingInput({
      ...blankMeeting('2019-06-12'),
      title: 'Kesäkokous',
      startTime: '9.30',
      endTime: '11:00',
    });
    expect(input).toMatchObject({
      startsAt: '2019-06-12T06:30:00.000Z',
      endsAt: '2019-06-12T08:00:00.000Z',
      onlineUrl: null,
    });
  });

  it('asks for the title, date and times, and a theme for a theme meeting', () => {
    expect(checkValues({ ...blankMeeting(), startTime: '', kind: 'THEME' })).toEqual([
      { field: 'title', key: 'form.requiredField' },
      { field: 'date', key: 'form.requiredField' },
      { field: 'startTime', key: 'form.requiredField' },
      { field: 'themeIds', key: 'meetingForm.chooseTheme' },
    ]);
    expect(checkValues(meetingValues(saved))).toEqual([]);
    expect(
      checkValues({ ...blankMeeting('2018-11-28'), title: 'Kokous', startTime: '24.00', endTime: '2 pm' }),
    ).toEqual([
      { field: 'startTime', key: 'meetingForm.badTime' },
      { field: 'endTime', key: 'meetingForm.badTime' },
    ]);
  });

  it('saves only the fields the user changed, and both ends of the period when a time changes', () => {
    const base = meetingValues(saved);
    expect(changedInput(base, { ...base, themeIds: ['th-housing'], startTime: '14:00' })).toEqual({});
    expect(changedInput(base, { ...base, location: 'Kirjasto' })).toEqual({ location: 'Kirjasto' });
    expect(changedInput(base, { ...base, endTime: '16.30' })).toEqual({
      startsAt: '2018-11-21T12:00:00.000Z',
      endsAt: '2018-11-21T14:30:00.000Z',
    });
  });

  it("after a conflict keeps the other person's save and puts the user's own changes on top", () => {
    const base = meetingValues(saved);
    const mine = { ...base, title: 'Asumisen teemakokous', endTime: '16.30' };
    const latest = { ...base, location: 'Valtuustosali', endTime: '15.30' };
    expect(rebase(base, mine, latest)).toEqual({
      ...base,
      title: 'Asumisen teemakokous',
      location: 'Valtuustosali',
      endTime: '16.30',
    });
    expect(changedByOthers(base, latest)).toEqual(['endTime', 'location']);
  });
});
