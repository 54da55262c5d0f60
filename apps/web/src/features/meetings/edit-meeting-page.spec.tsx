import { MeetingDocument, UpdateMeetingDocument, type UpdateMeetingMutationVariables } from '@elinvoima/graphql';
import { fireEvent, screen } from '@testing-library/react';
import { GROUP_ID, housingMeeting, MEETING_ID, meMock, myGroupsMock, refusal, themesMock } from '../../test/fixtures';
import { type Mock, recording, renderPage } from '../../test/render';
import { EditMeetingPage } from './edit-meeting-page';

const MEETING_URL = `/ryhmat/${GROUP_ID}/kokoukset/${MEETING_ID}`;
const meetingMock = (meeting = housingMeeting()): Mock => ({
  request: { query: MeetingDocument, variables: { id: MEETING_ID } },
  result: { data: { meeting } },
});
const saved = (version: number) => ({
  data: { updateMeeting: housingMeeting({ title: 'Asumisen teemakokous', version }) },
});

function renderEditor(...mocks: Mock[]) {
  renderPage(<EditMeetingPage />, {
    path: '/ryhmat/:groupId/kokoukset/:meetingId/muokkaa',
    url: `${MEETING_URL}/muokkaa`,
    mocks: [meMock(), myGroupsMock(), themesMock(), meetingMock(), ...mocks],
  });
}

const field = (label: RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const save = () => fireEvent.click(screen.getByRole('button', { name: 'Tallenna muutokset' }));

describe('editing a meeting’s details', () => {
  it('sends only what the secretary changed, over the version she started from', async () => {
    const update = recording<UpdateMeetingMutationVariables>({
      request: { query: UpdateMeetingDocument },
      result: saved(4),
    });
    renderEditor(update.mock);
    fireEvent.change(await screen.findByLabelText(/^Otsikko/), { target: { value: 'Asumisen teemakokous' } });
    save();
    expect((await screen.findByTestId('elsewhere')).textContent).toBe(`${MEETING_URL} (saved)`);
    expect(update.sent).toEqual([{ input: { id: MEETING_ID, version: 3, title: 'Asumisen teemakokous' } }]);
  });

  it('after someone else’s save, loads their version and keeps her own changes on top of it', async () => {
    const stale = recording<UpdateMeetingMutationVariables>({
      request: { query: UpdateMeetingDocument },
      result: refusal('CONFLICT', 'Kokousta on muutettu.'),
    });
    const update = recording<UpdateMeetingMutationVariables>({
      request: { query: UpdateMeetingDocument },
      result: saved(5),
    });
    const theirs = meetingMock(housingMeeting({ title: 'Asuminen ja tontit', location: 'Valtuustosali', version: 4 }));
    renderEditor(stale.mock, theirs, update.mock);

    fireEvent.change(await screen.findByLabelText(/^Otsikko/), { target: { value: 'Asumisen teemakokous' } });
    save();
    fireEvent.click(await screen.findByRole('button', { name: 'Lataa uusin versio ja säilytä muutokseni' }));
    // Their title shows where the page names the meeting as saved; the form keeps hers.
    expect(await screen.findByRole('link', { name: '← Asuminen ja tontit' })).toBeTruthy();
    expect(
      screen.getByText(
        'Uusin versio ladattu ja muutoksesi lisätty siihen. Toinen käyttäjä oli muuttanut: otsikko, paikka. Tarkista ja tallenna.',
      ),
    ).toBeTruthy();
    expect(field(/^Otsikko/).value).toBe('Asumisen teemakokous');
    expect(field(/^Paikka/).value).toBe('Valtuustosali');

    save();
    expect((await screen.findByTestId('elsewhere')).textContent).toBe(`${MEETING_URL} (saved)`);
    expect(stale.sent).toEqual([{ input: { id: MEETING_ID, version: 3, title: 'Asumisen teemakokous' } }]);
    expect(update.sent).toEqual([{ input: { id: MEETING_ID, version: 4, title: 'Asumisen teemakokous' } }]);
  });
});
