import { jest } from '@jest/globals';
import { AddMemberDocument, type AddMemberMutationVariables } from '@elinvoima/graphql';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { GROUP_ID } from '../../test/fixtures';
import { recording, renderWithApi } from '../../test/render';
import { AddMemberForm } from './add-member-form';

function renderForm() {
  const add = recording<AddMemberMutationVariables>({
    request: { query: AddMemberDocument },
    result: {
      data: {
        addMember: {
          __typename: 'Membership',
          id: 'membership-new',
          role: 'MEMBER',
          since: '2019-03-01',
          until: null,
          version: 1,
          user: { __typename: 'User', id: 'user-aino', name: 'Aino Päivärinta', email: 'aino@vesanto.example' },
        },
      },
    },
  });
  const onAdded = jest.fn();
  renderWithApi(<AddMemberForm groupId={GROUP_ID} canChangeChair={false} onAdded={onAdded} />, [add.mock]);
  fireEvent.change(screen.getByLabelText(/^Nimi/), { target: { value: 'Aino Päivärinta' } });
  fireEvent.change(screen.getByLabelText(/^Sähköpostiosoite/), { target: { value: 'aino@vesanto.example' } });
  return { sent: add.sent, onAdded, since: screen.getByLabelText(/^Alkaen/) as HTMLInputElement };
}

describe('adding a member', () => {
  it('sends the start date typed as d.M.yyyy the way the API takes it', async () => {
    const { sent, since, onAdded } = renderForm();
    fireEvent.change(since, { target: { value: '1.3.2019' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää jäsen' }));
    await waitFor(() => expect(onAdded).toHaveBeenCalledWith('Aino Päivärinta'));
    expect(sent[0].input.since).toBe('2019-03-01');
    // The form starts afresh for the next member.
    await waitFor(() => expect(since.value).toBe(''));
  });

  it('names a start date that is no date at its field, and sends nothing', async () => {
    const { sent, since } = renderForm();
    fireEvent.change(since, { target: { value: '30.2.2019' } });
    fireEvent.click(screen.getByRole('button', { name: 'Lisää jäsen' }));
    expect(await screen.findByText('Anna päivämäärä muodossa p.k.vvvv, esim. 24.10.2018.')).toBeTruthy();
    expect(since.getAttribute('aria-invalid')).toBe('true');
    expect(sent).toEqual([]);
  });
});
