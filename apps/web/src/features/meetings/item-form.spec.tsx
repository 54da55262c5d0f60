import { jest } from '@jest/globals';
import { UpdateAgendaItemDocument, type UpdateAgendaItemMutationVariables } from '@elinvoima/graphql';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { BUDGET, GROUP_ID, HOUSING, housingItem, refusal } from '../../test/fixtures';
import { recording, renderWithApi } from '../../test/render';
import { ItemForm } from './item-form';
import type { NewItem } from './use-item-form';

const OPTIONS = { group: { id: GROUP_ID, members: [] }, themes: [HOUSING, BUDGET], projects: [] };
const field = (label: string | RegExp) => screen.getByLabelText(label) as HTMLInputElement;
const type = (label: string | RegExp, value: string) => fireEvent.change(field(label), { target: { value } });

describe('the agenda item form', () => {
  it('keeps what the secretary wrote when someone else saved first, and saves it over the newer version', async () => {
    const stale = {
      request: { query: UpdateAgendaItemDocument, variables: () => true },
      result: refusal('CONFLICT', 'Asiaa on muutettu.'),
    };
    const update = recording<UpdateAgendaItemMutationVariables>({
      request: { query: UpdateAgendaItemDocument },
      result: { data: { updateAgendaItem: housingItem({ version: 4 }) } },
    });
    const onSaved = jest.fn();
    const onReload = jest.fn();
    const form = (version: number) => (
      <ItemForm item={housingItem({ version })} options={OPTIONS} onSaved={onSaved} onReload={onReload} />
    );
    const { rerender } = renderWithApi(form(2), [stale, update.mock]);

    type(/^Otsikko/, 'Vuokra-asuntojen tarve');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Lataa uusin versio' }));
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(field(/^Otsikko/).value).toBe('Vuokra-asuntojen tarve');
    expect(onSaved).not.toHaveBeenCalled();

    // The page reloads the meeting: the form now edits version 3 and still holds the user's title.
    rerender(form(3));
    expect(field(/^Otsikko/).value).toBe('Vuokra-asuntojen tarve');
    fireEvent.click(screen.getByRole('button', { name: 'Tallenna' }));
    await waitFor(() => expect(onSaved).toHaveBeenCalledTimes(1));
    expect(update.sent).toEqual([
      {
        input: {
          id: housingItem().id,
          version: 3,
          title: 'Vuokra-asuntojen tarve',
          kind: 'DISCUSSION',
          description: 'Vuokra-asuntojen kysyntä on kasvanut.',
          proposal: null,
          presenterUserId: null,
          presenterName: 'Matti Asikainen',
          presenterOrganization: 'SavoGrow',
          plannedMinutes: 30,
          projectId: null,
          themeIds: [HOUSING.id],
        },
      },
    ]);
  });

  it('adds a decision with its proposal, then empties the form for the next item', async () => {
    const added: NewItem[] = [];
    const onSubmitNew = async (input: NewItem) => void added.push(input);
    renderWithApi(
      <ItemForm options={OPTIONS} onSubmitNew={onSubmitNew} onSaved={() => undefined} onReload={() => undefined} />,
      [],
    );

    expect(screen.queryByLabelText('Päätösehdotus')).toBeNull();
    type(/^Otsikko/, 'Asuntostrategian hyväksyminen');
    type('Asian laji', 'DECISION');
    type('Päätösehdotus', ' Hyväksytään luonnos. ');
    type('Arvioitu kesto (min)', '15');
    fireEvent.click(screen.getByRole('button', { name: 'Lisää asia' }));

    await waitFor(() => expect(field(/^Otsikko/).value).toBe(''));
    expect(added).toEqual([
      expect.objectContaining({
        title: 'Asuntostrategian hyväksyminen',
        kind: 'DECISION',
        proposal: 'Hyväksytään luonnos.',
        plannedMinutes: 15,
        presenterName: null,
      }),
    ]);
    expect(field('Asian laji').value).toBe('INFORMATION');
    expect(screen.queryByLabelText('Päätösehdotus')).toBeNull();
  });
});
