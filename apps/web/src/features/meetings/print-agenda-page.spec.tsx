import { Locale } from '@elinvoima/domain';
import { MeetingDocument } from '@elinvoima/graphql';
import { screen } from '@testing-library/react';
import { BUDGET, GROUP_ID, HOUSING, housingItem, housingMeeting, MEETING_ID, meMock } from '../../test/fixtures';
import { renderPage } from '../../test/render';
import { printAgendaContent } from './print-agenda-content';
import { PrintAgendaPage } from './print-agenda-page';

const meeting = housingMeeting({
  status: 'AGENDA_PUBLISHED',
  onlineUrl: 'https://teams.example/asuminen',
  themes: [HOUSING, BUDGET],
  agenda: [
    housingItem({ plannedMinutes: 10 }),
    housingItem({
      id: 'item-budget',
      position: 2,
      title: 'Talousarvio',
      kind: 'DECISION',
      proposal: 'Hyväksytään.',
      plannedMinutes: 45,
      presenterName: 'Sanna Kettunen',
      presenterOrganization: null,
      themes: [BUDGET],
      changedAfterPublishing: true,
    }),
  ],
  changes: [
    {
      __typename: 'AgendaChange',
      id: 'change-1',
      agendaItemId: 'item-budget',
      itemTitle: 'Talousarvio',
      change: 'ITEM_UPDATED',
      fields: ['proposal'],
      createdAt: '2018-11-20T08:00:00.000Z',
    },
  ],
});

async function renderPrintView() {
  renderPage(<PrintAgendaPage />, {
    path: '/ryhmat/:groupId/kokoukset/:meetingId/tulosta',
    url: `/ryhmat/${GROUP_ID}/kokoukset/${MEETING_ID}/tulosta`,
    mocks: [
      meMock(),
      { request: { query: MeetingDocument, variables: { id: MEETING_ID } }, result: { data: { meeting } } },
    ],
  });
  await screen.findByRole('heading', { level: 1 });
  return (document.querySelector('.print-agenda')?.textContent ?? '').replace(/\s+/g, ' ');
}

describe('the printable agenda', () => {
  it('shows the meeting themes and every item duration, presenter and theme, as the PDF does', async () => {
    const text = await renderPrintView();
    expect(screen.getByRole('rowheader', { name: 'Teemat' }).nextElementSibling?.textContent).toBe(
      'asuminen, talous ja budjetti',
    );
    expect(text).toContain('§ 1 Asuntomarkkinoiden tilanne');
    expect(text).toContain('14.00 · 10 min · Keskustelu');
    expect(text).toContain('§ 2 Talousarvio');
    expect(text).toContain('14.10 · 45 min · Päätösasia · Muuttunut julkaisun jälkeen');
    expect(text).toContain('Esittelijä: Matti Asikainen, SavoGrow');
    expect(text).toContain('Teemat: talous ja budjetti');
    expect(text).toContain('Esityslistaa on muutettu julkaisun jälkeen, viimeksi ti 20.11.2018 klo 10.00.');
  });

  it('leaves out nothing of the shared description of the agenda', async () => {
    const text = await renderPrintView();
    const content = printAgendaContent(meeting, Locale.FI);
    const shown = [
      ...content.facts.map((fact) => fact.text),
      ...content.items.flatMap((item) => [
        `${item.number} ${item.title}`,
        item.plannedStart,
        `${item.plannedMinutes} min`,
        item.presenter,
        item.proposal,
        ...item.themes,
      ]),
    ].filter((value): value is string => Boolean(value));
    for (const value of shown) expect(text).toContain(value);
  });
});
