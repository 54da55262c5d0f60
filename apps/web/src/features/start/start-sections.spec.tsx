import type { StartMeetingFieldsFragment } from '@elinvoima/graphql';
import { render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { I18nProvider } from '../../i18n/i18n';
import { StartSections } from './start-sections';

const budget: StartMeetingFieldsFragment = {
  id: 'meeting-budget',
  groupId: 'group-vesanto',
  title: 'Ajankohtaisia asioita (mm. budjetti 2019)',
  startsAt: '2018-10-24T11:00:00.000Z',
  endsAt: '2018-10-24T13:00:00.000Z',
  location: 'Vesannon kunnantalo',
  onlineUrl: null,
  status: 'AGENDA_PUBLISHED',
  agendaPublishedAt: '2018-10-10T06:00:00.000Z',
  agendaNews: 'CHANGED',
  group: { id: 'group-vesanto', name: 'Vesannon elinvoimaryhmä' },
};

function show(page: { nextMeetings: StartMeetingFieldsFragment[]; newAgendas: StartMeetingFieldsFragment[] }) {
  return render(
    <I18nProvider>
      <MemoryRouter>
        <StartSections page={page} showGroup managesAny={false} />
      </MemoryRouter>
    </I18nProvider>,
  );
}

describe('the start page sections', () => {
  it('say in each empty section what will appear there, and when', () => {
    show({ nextMeetings: [], newAgendas: [] });
    const section = (name: string) => screen.getByRole('region', { name });
    expect(section('Seuraavat kokoukset').textContent).toContain('kun sihteeri on julkaissut sen esityslistan');
    expect(section('Uudet ja muuttuneet esityslistat').textContent).toContain('kunnes avaat kokouksen sivun');
    expect(section('Uudet pöytäkirjat').textContent).toContain('kun pöytäkirjat kirjataan sovellukseen');
    expect(section('Omat toimenpiteet').textContent).toContain('kun pöytäkirjat kirjataan sovellukseen');
  });

  it('mark a changed agenda in words and name each download for its meeting', () => {
    show({ nextMeetings: [budget], newAgendas: [budget] });
    const next = within(screen.getByRole('region', { name: 'Seuraavat kokoukset' }));
    expect(next.getByText('Muuttunut')).toBeTruthy();
    expect(next.getByText('Vesannon elinvoimaryhmä ·', { exact: false })).toBeTruthy();
    expect(next.getByText('ke 24.10.2018 klo 14.00–16.00', { exact: false })).toBeTruthy();
    expect(next.getByText('julkaistu ke 10.10.2018 klo 9.00')).toBeTruthy();
    expect(
      next
        .getByRole('link', { name: 'Kalenteriin (.ics): Ajankohtaisia asioita (mm. budjetti 2019)' })
        .getAttribute('href'),
    ).toBe('/meetings/meeting-budget/invitation.ics');
    const news = within(screen.getByRole('region', { name: 'Uudet ja muuttuneet esityslistat' }));
    expect(news.getByRole('link', { name: budget.title }).getAttribute('href')).toBe(
      '/ryhmat/group-vesanto/kokoukset/meeting-budget',
    );
    expect(news.getByText('Muuttunut').getAttribute('title')).toBe(
      'Esityslista on muuttunut sen jälkeen, kun viimeksi avasit sen',
    );
  });
});
