import { jest } from '@jest/globals';
import { CancelMeetingDocument, type CancelMeetingMutationVariables } from '@elinvoima/graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { housingMeeting, refusal } from '../../test/fixtures';
import { recording, renderWithApi } from '../../test/render';
import { CancelMeetingDialog } from './cancel-meeting-dialog';

function renderDialog(answer: { result: object }) {
  const cancel = recording<CancelMeetingMutationVariables>({ request: { query: CancelMeetingDocument }, ...answer });
  const onCancelled = jest.fn();
  const onConflict = jest.fn();
  renderWithApi(<CancelMeetingDialog meeting={housingMeeting()} onCancelled={onCancelled} onConflict={onConflict} />, [
    cancel.mock,
  ]);
  fireEvent.click(screen.getByRole('button', { name: 'Peru kokous' }));
  const dialog = screen.getByRole('dialog', { name: 'Perutaanko kokous?' });
  const reason = within(dialog).getByLabelText(/Perumisen syy/);
  return {
    dialog,
    reason,
    sent: cancel.sent,
    onCancelled,
    onConflict,
    confirm: () => fireEvent.click(within(dialog).getByRole('button', { name: 'Peru kokous' })),
  };
}

describe('cancelling a meeting', () => {
  it('asks for the reason first, then sends it without the spaces around it', async () => {
    const cancelled = housingMeeting({ status: 'CANCELLED', cancelReason: 'Puheenjohtaja estynyt', version: 4 });
    const { dialog, reason, sent, onCancelled, confirm } = renderDialog({
      result: { data: { cancelMeeting: cancelled } },
    });
    expect(document.activeElement).toBe(reason);

    confirm();
    expect(await within(dialog).findByText('Pakollinen tieto.')).toBeTruthy();
    expect(reason.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);

    fireEvent.change(reason, { target: { value: '  Puheenjohtaja estynyt ' } });
    confirm();
    await waitFor(() => expect(onCancelled).toHaveBeenCalledTimes(1));
    expect(sent).toEqual([{ input: { id: housingMeeting().id, version: 3, reason: 'Puheenjohtaja estynyt' } }]);
    expect(screen.queryByLabelText(/Perumisen syy/)).toBeNull();
  });

  it('keeps the dialog open on a newer version of the meeting, says so, and has the page reload it', async () => {
    const stale = refusal('CONFLICT', 'Kokousta on muutettu sillä välin. Lataa uusin versio.');
    const { dialog, reason, onCancelled, onConflict, confirm } = renderDialog({ result: stale });
    fireEvent.change(reason, { target: { value: 'Puheenjohtaja estynyt' } });
    confirm();
    expect(await within(dialog).findByText('Kokousta on muutettu sillä välin. Lataa uusin versio.')).toBeTruthy();
    expect(onConflict).toHaveBeenCalledTimes(1);
    expect(onCancelled).not.toHaveBeenCalled();
    expect((reason as HTMLTextAreaElement).value).toBe('Puheenjohtaja estynyt');
  });
});
