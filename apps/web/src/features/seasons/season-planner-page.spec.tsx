import {
  ConfirmSeasonDocument,
  type ConfirmSeasonMutationVariables,
  PlanSeasonDocument,
  type PlanSeasonQuery,
  type PlanSeasonQueryVariables,
} from '@elinvoima/graphql';
import { fireEvent, screen, within } from '@testing-library/react';
import {
  BUDGET,
  GROUP_ID,
  HOUSING,
  housingMeeting,
  meMock,
  refusal,
  themesMock,
  type Typed,
} from '../../test/fixtures';
import { recording, renderPage } from '../../test/render';
import { SeasonPlannerPage } from './season-planner-page';

const proposal = (date: string, extra: Partial<Typed<PlanSeasonQuery['planSeason'][number]>> = {}) => ({
  __typename: 'ProposedMeeting',
  date,
  startsAt: `${date}T12:00:00.000Z`,
  endsAt: `${date}T14:00:00.000Z`,
  skippedBecause: null,
  conflicts: [],
  ...extra,
});

// The seed autumn, with Independence Day typed in by mistake.
const PROPOSALS = [
  proposal('2018-10-24', {
    conflicts: [
      { __typename: 'SeasonConflict', kind: 'MEMBER_BUSY', description: 'Pekka Rissanen on lomalla', meetingId: null },
    ],
  }),
  proposal('2018-11-21'),
  proposal('2018-12-06', { skippedBecause: 'Itsenäisyyspäivä' }),
];

function planMock() {
  return { request: { query: PlanSeasonDocument, variables: () => true }, result: { data: { planSeason: PROPOSALS } } };
}

function renderPlanner(...mocks: Parameters<typeof renderPage>[1]['mocks']) {
  renderPage(<SeasonPlannerPage />, {
    path: '/ryhmat/:groupId/kausi',
    url: `/ryhmat/${GROUP_ID}/kausi`,
    mocks: [meMock(), themesMock(), ...mocks],
  });
}

async function propose() {
  fireEvent.click(await screen.findByRole('button', { name: 'Näytä ehdotukset' }));
  return screen.findAllByRole('group', { name: /2018/ });
}

describe('the season planner', () => {
  it('names a typed date that is no date, and asks the API nothing', async () => {
    renderPlanner();
    fireEvent.change(await screen.findByLabelText('Päivät (pp.kk.vvvv, yksi riville)'), {
      target: { value: '24.10.2018\n31.11.2018' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Näytä ehdotukset' }));
    expect(await screen.findByText('Päivä 31.11.2018 ei ole muotoa pp.kk.vvvv.')).toBeTruthy();
    expect(screen.queryByRole('heading', { name: 'Ehdotetut kokoukset' })).toBeNull();
  });

  it('sends the range typed the Finnish way as ISO dates, and the start time as 14.00', async () => {
    const plan = recording<PlanSeasonQueryVariables>({
      request: { query: PlanSeasonDocument },
      result: { data: { planSeason: PROPOSALS } },
    });
    renderPlanner(plan.mock);
    fireEvent.change(await screen.findByLabelText(/^Alkaen/), { target: { value: '01.10.2018' } });
    fireEvent.change(screen.getByLabelText(/^Päättyen/), { target: { value: '31/12/2018' } });
    fireEvent.change(screen.getByLabelText(/^Alkamisaika/), { target: { value: '14:00' } });
    await propose();
    expect(plan.sent[0].input).toMatchObject({ from: '2018-10-01', to: '2018-12-31', startTime: '14.00' });
  });

  it('names a range day that is no date at its field, and asks the API nothing', async () => {
    renderPlanner();
    const to = await screen.findByLabelText(/^Päättyen/);
    fireEvent.change(to, { target: { value: '31.11.2018' } });
    fireEvent.click(screen.getByRole('button', { name: 'Näytä ehdotukset' }));
    expect(await screen.findByText('Anna päivämäärä muodossa p.k.vvvv, esim. 24.10.2018.')).toBeTruthy();
    expect(to.getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByRole('heading', { name: 'Ehdotetut kokoukset' })).toBeNull();
  });

  it('proposes the dates, leaves a holiday out, and creates the meetings as the secretary set them', async () => {
    const confirm = recording<ConfirmSeasonMutationVariables>({
      request: { query: ConfirmSeasonDocument },
      result: { data: { confirmSeason: [housingMeeting()] } },
    });
    renderPlanner(planMock(), confirm.mock);
    const [october, november, december] = await propose();
    expect(within(october).getByText('⚠ Pekka Rissanen on lomalla')).toBeTruthy();
    expect(within(december).getByText('Ohitetaan: Itsenäisyyspäivä')).toBeTruthy();
    expect((within(december).getByLabelText('Mukaan') as HTMLInputElement).checked).toBe(false);
    expect((within(december).getByLabelText('Otsikko') as HTMLInputElement).disabled).toBe(true);

    // A theme meeting is titled after its kind until the secretary writes a title of her own.
    fireEvent.change(within(november).getByLabelText('Laji'), { target: { value: 'THEME' } });
    expect((within(november).getByLabelText('Otsikko') as HTMLInputElement).value).toBe('Teemakokous');
    fireEvent.change(within(november).getByLabelText('Teema'), { target: { value: HOUSING.id } });
    fireEvent.change(within(november).getByLabelText('Otsikko'), { target: { value: 'Teemakokous asumisesta' } });
    fireEvent.click(screen.getByRole('button', { name: 'Luo 2 kokousta' }));

    expect((await screen.findByTestId('elsewhere')).textContent).toBe(`/ryhmat/${GROUP_ID}/kokoukset`);
    expect(confirm.sent).toEqual([
      {
        input: {
          groupId: GROUP_ID,
          meetings: [
            {
              title: 'Ajankohtaisia asioita',
              kind: 'REGULAR',
              startsAt: '2018-10-24T12:00:00.000Z',
              endsAt: '2018-10-24T14:00:00.000Z',
              themeIds: [],
            },
            {
              title: 'Teemakokous asumisesta',
              kind: 'THEME',
              startsAt: '2018-11-21T12:00:00.000Z',
              endsAt: '2018-11-21T14:00:00.000Z',
              themeIds: [HOUSING.id],
            },
          ],
        },
      },
    ]);
  });

  it('shows the API’s objection beside the meeting it is about, counting only the meetings sent', async () => {
    const objection = refusal('BAD_USER_INPUT', 'Virheellinen syöte', [
      { field: 'meetings.1.title', message: 'Otsikko puuttuu.' },
    ]);
    renderPlanner(planMock(), { request: { query: ConfirmSeasonDocument, variables: () => true }, result: objection });
    const [october, november, december] = await propose();
    fireEvent.click(within(october).getByLabelText('Mukaan'));
    fireEvent.click(within(december).getByLabelText('Mukaan'));
    fireEvent.change(within(december).getByLabelText('Teema'), { target: { value: BUDGET.id } });
    fireEvent.click(screen.getByRole('button', { name: 'Luo 2 kokousta' }));

    // Sent were November (meetings.0) and December (meetings.1).
    expect(await within(december).findByText('Otsikko puuttuu.')).toBeTruthy();
    expect(within(november).queryByText('Otsikko puuttuu.')).toBeNull();
    expect(screen.queryByTestId('elsewhere')).toBeNull();
  });
});
