import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO, expectAccessible, signIn } from './support';

const TITLE = 'Teemakokous yrittäjyydestä';
const VESANTO = 'Vesannon elinvoimaryhmä';

/** Runs a GraphQL operation as the person signed in on the page, as the app itself would. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = await res.json();
  expect(body.errors).toBeUndefined();
  return body.data as T;
}

/** 14.00–16.00 Helsinki time two weeks from now, with the date as the page writes it (`d.M.yyyy`). */
function inTwoWeeks(): { startsAt: string; endsAt: string; shown: string } {
  const day = new Date(Date.now() + 14 * 24 * 3_600_000);
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Helsinki',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    timeZoneName: 'longOffset',
  }).formatToParts(day);
  const part = (type: string) => parts.find((p) => p.type === type)!.value;
  const offset = part('timeZoneName').replace('GMT', '') || '+00:00';
  const date = `${part('year')}-${part('month')}-${part('day')}`;
  return {
    startsAt: `${date}T14:00:00${offset}`,
    endsAt: `${date}T16:00:00${offset}`,
    shown: `${Number(part('day'))}.${Number(part('month'))}.${part('year')} klo 14.00–16.00`,
  };
}

test('a member sees the next meeting and its new agenda marked new, until they open the meeting', async ({
  browser,
  page,
}, testInfo) => {
  // The secretary plans a meeting in two weeks and publishes its agenda (the standing items).
  const secretary = await (await browser.newContext()).newPage();
  await signIn(secretary, DEMO.secretary);
  const { myGroups } = await gql<{ myGroups: { id: string; name: string }[] }>(secretary, '{ myGroups { id name } }');
  const groupId = myGroups.find((g) => g.name === VESANTO)!.id;
  const when = inTwoWeeks();
  const { createMeeting } = await gql<{ createMeeting: { id: string; version: number } }>(
    secretary,
    `mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id version } }`,
    {
      input: {
        groupId,
        title: TITLE,
        kind: 'THEME',
        startsAt: when.startsAt,
        endsAt: when.endsAt,
        location: 'Vesannon kunnantalo, valtuustosali',
        onlineUrl: 'https://teams.example/vesanto',
      },
    },
  );

  // Before publishing, the draft is the secretary's own business: on her start page, not yet published.
  await secretary.goto('/');
  const secretaryNext = secretary.getByRole('region', { name: 'Seuraavat kokoukset' });
  await expect(secretaryNext.getByRole('article', { name: TITLE })).toContainText('ei vielä julkaistu');
  await expectAccessible(secretary, testInfo, 'start-secretary');

  await gql(secretary, `mutation($input: PublishAgendaInput!) { publishAgenda(input: $input) { id } }`, {
    input: { meetingId: createMeeting.id, version: createMeeting.version },
  });

  await signIn(page, DEMO.member);
  // Agendas that other tests published are read first, so the list can be seen to empty.
  const { startPage } = await gql<{ startPage: { newAgendas: { id: string }[] } }>(
    page,
    '{ startPage { newAgendas { id } } }',
  );
  for (const { id } of startPage.newAgendas.filter((agenda) => agenda.id !== createMeeting.id)) {
    await gql(page, 'mutation($meetingId: ID!) { markAgendaSeen(meetingId: $meetingId) { id } }', { meetingId: id });
  }
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajankohtaista' })).toBeVisible();
  await expect(page).toHaveTitle('Ajankohtaista – Elinvoima');
  const next = page.getByRole('region', { name: 'Seuraavat kokoukset' });
  const meeting = next.getByRole('article', { name: TITLE });
  await expect(meeting).toContainText(when.shown);
  await expect(meeting).toContainText('Vesannon kunnantalo, valtuustosali');
  await expect(meeting.getByRole('link', { name: 'https://teams.example/vesanto' })).toBeVisible();
  await expect(meeting).toContainText('julkaistu');
  await expect(meeting.getByText('Uusi', { exact: true })).toBeVisible();
  await expect(meeting.getByRole('link', { name: `Kalenteriin (.ics): ${TITLE}` })).toHaveAttribute(
    'href',
    `/meetings/${createMeeting.id}/invitation.ics`,
  );
  await expect(meeting.getByRole('link', { name: `Esityslista (PDF): ${TITLE}` })).toHaveAttribute(
    'href',
    `/meetings/${createMeeting.id}/agenda.pdf`,
  );
  const news = page.getByRole('region', { name: 'Uudet ja muuttuneet esityslistat' });
  await expect(news.getByRole('listitem').filter({ hasText: TITLE })).toContainText('Uusi');
  // The places the minutes will fill say what will appear there.
  await expect(page.getByRole('region', { name: 'Uudet pöytäkirjat' })).toContainText('pöytäkirjat');
  await expect(page.getByRole('region', { name: 'Omat toimenpiteet' })).toContainText('toimenpiteet');
  await expectAccessible(page, testInfo, 'start-member-new');

  // The calendar entry downloads in one click.
  const download = page.waitForEvent('download');
  await meeting.getByRole('link', { name: `Kalenteriin (.ics): ${TITLE}` }).click();
  expect((await download).suggestedFilename()).toMatch(/^kokous-\d{8}\.ics$/);

  // Opening the meeting reads its agenda.
  const marked = page.waitForResponse((res) => res.request().postData()?.includes('MarkAgendaSeen') ?? false);
  await news.getByRole('link', { name: TITLE, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await marked;
  await page.getByRole('link', { name: 'Elinvoima', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajankohtaista' })).toBeVisible();
  await expect(news.getByText('Ei lukemattomia esityslistoja.')).toBeVisible();
  await expect(meeting).toBeVisible();
  await expect(meeting.getByText('Uusi', { exact: true })).toHaveCount(0);

  // The secretary moves the meeting: the agenda is marked changed until the member opens it again.
  const { meeting: current } = await gql<{ meeting: { version: number } }>(
    secretary,
    `query($id: ID!) { meeting(id: $id) { version } }`,
    { id: createMeeting.id },
  );
  await gql(secretary, `mutation($input: UpdateMeetingInput!) { updateMeeting(input: $input) { id } }`, {
    input: { id: createMeeting.id, version: current.version, location: 'Vesannon kirjasto' },
  });
  await page.reload();
  await expect(news.getByRole('listitem').filter({ hasText: TITLE })).toContainText('Muuttunut');

  // The group's first view shows the same, narrowed to the group; its roster has a tab of its own.
  const sections = page.getByRole('navigation', { name: 'Päävalikko' });
  await page.goto(`/ryhmat/${groupId}`);
  await expect(page.getByRole('heading', { level: 1, name: VESANTO })).toBeVisible();
  await expect(
    page.getByRole('region', { name: 'Seuraavat kokoukset' }).getByRole('article', { name: TITLE }),
  ).toBeVisible();
  await expectAccessible(page, testInfo, 'group-start-member');
  await sections.getByRole('link', { name: 'Jäsenet' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Jäsenet' })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'Sanna Kettunen' })).toBeVisible();
  await secretary.context().close();
});

test('a member of another group sees nothing of Vesanto on their start page', async ({ page }, testInfo) => {
  await signIn(page, DEMO.outsider);
  await expect(page.getByRole('heading', { level: 1, name: 'Ajankohtaista' })).toBeVisible();
  await expect(page.getByText(TITLE)).toHaveCount(0);
  await expect(page.getByText(VESANTO)).toHaveCount(0);
  await expectAccessible(page, testInfo, 'start-outsider');
});
