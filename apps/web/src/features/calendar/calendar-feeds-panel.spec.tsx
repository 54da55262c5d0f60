import {
  type CalendarFeedKind,
  CreateMyCalendarFeedDocument,
  MyCalendarFeedsDocument,
  RevokeCalendarFeedDocument,
  type RevokeCalendarFeedMutationVariables,
} from '@elinvoima/graphql';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { GROUP_ID } from '../../test/fixtures';
import { type Mock, recording, renderWithApi } from '../../test/render';
import { CalendarFeedsPanel } from './calendar-feeds-panel';

const GROUPS = [{ id: GROUP_ID, name: 'Vesannon elinvoimaryhmä' }];
const feed = (id: string, kind: CalendarFeedKind, groupId: string | null) => ({
  __typename: 'CalendarFeed',
  id,
  kind,
  groupId,
  createdAt: '2018-11-01T08:00:00.000Z',
});
const listed = (...feeds: ReturnType<typeof feed>[]): Mock => ({
  request: { query: MyCalendarFeedsDocument },
  result: { data: { myCalendarFeeds: feeds } },
});

describe('calendar feeds', () => {
  it('shows a new address once, and has it copied by hand when the clipboard is not allowed', async () => {
    const mine = feed('feed-mine', 'USER', null);
    const url = 'http://localhost:3000/calendar/7b1e9c.ics';
    const create: Mock = {
      request: { query: CreateMyCalendarFeedDocument },
      result: { data: { createMyCalendarFeed: { __typename: 'CreatedCalendarFeed', url, feed: mine } } },
    };
    Object.defineProperty(navigator, 'clipboard', {
      configurable: true,
      value: { writeText: () => Promise.reject(new Error('not allowed')) },
    });
    renderWithApi(<CalendarFeedsPanel groups={GROUPS} />, [listed(), create, listed(mine)]);

    expect(await screen.findByText('Sinulla ei ole kalenteritilauksia.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Luo tilausosoite' }));
    expect(((await screen.findByLabelText('Tilausosoite')) as HTMLInputElement).value).toBe(url);
    expect(screen.getByText('Tilausosoite luotu. Kopioi se kalenterisovellukseesi.')).toBeTruthy();
    expect(await screen.findByRole('rowheader', { name: 'Kaikkien ryhmieni kokoukset' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: 'Kopioi osoite' }));
    expect(await screen.findByText('Kopioi valittu osoite näppäinyhdistelmällä Ctrl+C.')).toBeTruthy();
  });

  it('names a group feed after its group, or a group left behind, and revokes one only when confirmed', async () => {
    const ours = feed('feed-vesanto', 'GROUP', GROUP_ID);
    const former = feed('feed-tervo', 'GROUP', 'group-tervo');
    const revoke = recording<RevokeCalendarFeedMutationVariables>({
      request: { query: RevokeCalendarFeedDocument },
      result: { data: { revokeCalendarFeed: ours } },
    });
    renderWithApi(<CalendarFeedsPanel groups={GROUPS} />, [listed(ours, former), revoke.mock, listed(former)]);

    const table = await screen.findByRole('table', { name: 'Voimassa olevat kalenteritilaukset' });
    expect(
      within(table)
        .getAllByRole('rowheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Vesannon elinvoimaryhmä', 'Ryhmä, johon et enää kuulu']);

    const stop = within(table).getByRole('button', { name: 'Poista käytöstä – Vesannon elinvoimaryhmä' });
    fireEvent.click(stop);
    const dialog = screen.getByRole('dialog', { name: 'Poistetaanko tilausosoite käytöstä?' });
    expect(dialog.textContent).toContain(
      'Tilausosoite (Vesannon elinvoimaryhmä) lakkaa toimimasta: kalenterisovellus ei enää saa siitä päivityksiä.',
    );
    fireEvent.click(within(dialog).getByRole('button', { name: 'Peruuta' }));
    await waitFor(() => expect(document.activeElement).toBe(stop));
    expect(revoke.sent).toEqual([]);

    fireEvent.click(stop);
    fireEvent.click(
      within(screen.getByRole('dialog', { name: 'Poistetaanko tilausosoite käytöstä?' })).getByRole('button', {
        name: 'Poista käytöstä',
      }),
    );
    await waitFor(() =>
      expect(
        within(table)
          .getAllByRole('rowheader')
          .map((cell) => cell.textContent),
      ).toEqual(['Ryhmä, johon et enää kuulu']),
    );
    expect(screen.getByText('Tilausosoite (Vesannon elinvoimaryhmä) poistettu käytöstä.')).toBeTruthy();
    expect(revoke.sent).toEqual([{ input: { id: 'feed-vesanto' } }]);
  });
});
