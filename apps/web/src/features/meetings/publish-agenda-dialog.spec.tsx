import { jest } from '@jest/globals';
import { MeetingInviteesDocument } from '@elinvoima/graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { MEETING_ID } from '../../test/fixtures';
import { renderWithApi } from '../../test/render';
import { PublishAgendaDialog } from './publish-agenda-dialog';

function renderDialog(startsAt: string, inviteeCount: number) {
  const onPublish = jest.fn();
  const invitees = {
    request: { query: MeetingInviteesDocument, variables: { id: MEETING_ID } },
    result: { data: { meeting: { __typename: 'Meeting', id: MEETING_ID, inviteeCount } } },
  };
  renderWithApi(
    <PublishAgendaDialog meeting={{ id: MEETING_ID, startsAt }} publishing={false} onPublish={onPublish} />,
    [invitees, invitees],
  );
  const opener = screen.getByRole('button', { name: 'Julkaise esityslista' });
  fireEvent.click(opener);
  return { opener, onPublish, dialog: screen.getByRole('dialog', { name: 'Julkaistaanko esityslista?' }) };
}

const NEXT_YEAR = new Date(Date.now() + 365 * 86_400_000).toISOString();

describe('publishing an agenda', () => {
  it('says how many members get the invitation, and publishes only when confirmed', async () => {
    const { dialog, onPublish, opener } = renderDialog(NEXT_YEAR, 8);
    expect(await within(dialog).findByText('Kokouskutsu lähtee 8 jäsenelle.')).toBeTruthy();
    expect(dialog.textContent).not.toContain('Kokous on jo mennyt');

    fireEvent.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(document.activeElement).toBe(opener));
    expect(onPublish).not.toHaveBeenCalled();

    fireEvent.click(opener);
    fireEvent.click(within(screen.getByRole('dialog')).getByRole('button', { name: 'Julkaise' }));
    expect(onPublish).toHaveBeenCalledTimes(1);
  });

  it('warns when the meeting is already over', async () => {
    const { dialog } = renderDialog('2018-11-21T12:00:00.000Z', 1);
    expect(await within(dialog).findByText('Kokouskutsu lähtee 1 jäsenelle.')).toBeTruthy();
    expect(
      within(dialog).getByText(
        'Kokous on jo mennyt (ke 21.11.2018 klo 14.00). Kutsu lähtee silti: tarkista ajankohta ennen julkaisua.',
      ),
    ).toBeTruthy();
  });
});
