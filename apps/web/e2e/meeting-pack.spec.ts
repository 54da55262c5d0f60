import type { APIRequestContext, Download, Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { readPdf, samplePdf } from './pdf-files';
import { DEMO, expectAccessible, signIn } from './support';

const TITLE = 'Kevään teemakokous: elinvoima ja asuminen';
let meetingUrl = '';

async function graphql<T>(request: APIRequestContext, query: string, variables: Record<string, unknown> = {}) {
  const res = await request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

async function upload(request: APIRequestContext, itemId: string, name: string, buffer: Buffer): Promise<void> {
  const res = await request.post(`/agenda-items/${itemId}/attachments`, {
    headers: { 'x-elinvoima-upload': '1' },
    multipart: { file: { name, mimeType: 'application/pdf', buffer } },
  });
  expect(res.status()).toBe(201);
}

async function downloadOf(page: Page, link: string): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: link }).click()]);
  return download;
}

const pdfOf = async (download: Download) => readPdf(readFileSync(await download.path()));

test.describe.configure({ mode: 'serial' });

test('the secretary publishes an agenda whose items carry PDF attachments', async ({ page }) => {
  await signIn(page, DEMO.secretary);
  const { myGroups } = await graphql<{ myGroups: { id: string; name: string }[] }>(
    page.request,
    'query { myGroups { id name } }',
  );
  const group = myGroups.find((g) => g.name === 'Vesannon elinvoimaryhmä')!;
  const { themes } = await graphql<{ themes: { id: string }[] }>(
    page.request,
    'query($groupId: ID!) { themes(groupId: $groupId) { id } }',
    { groupId: group.id },
  );
  const { createMeeting: meeting } = await graphql<{ createMeeting: { id: string } }>(
    page.request,
    'mutation($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }',
    {
      input: {
        groupId: group.id,
        title: TITLE,
        kind: 'THEME',
        startsAt: '2027-03-10T12:00:00.000Z',
        endsAt: '2027-03-10T14:00:00.000Z',
        location: 'Vesannon kunnantalo',
        themeIds: themes.slice(0, 1).map((theme) => theme.id),
      },
    },
  );
  const addItem = async (input: Record<string, unknown>) =>
    (
      await graphql<{ addAgendaItem: { id: string } }>(
        page.request,
        'mutation($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }',
        { input: { meetingId: meeting.id, ...input } },
      )
    ).addAgendaItem.id;
  const housing = await addItem({
    title: 'Asumisen tilannekatsaus',
    kind: 'DISCUSSION',
    plannedMinutes: 40,
    presenterName: 'Ville Keränen',
    presenterOrganization: 'Kehitysyhtiö SavoGrow Oy',
    themeIds: themes.slice(0, 2).map((theme) => theme.id),
  });
  await upload(page.request, housing, 'asuntokatsaus.pdf', samplePdf('Asuntokatsaus', 3));
  const budget = await addItem({ title: 'Talousarvioesitys', kind: 'DECISION', proposal: 'Hyväksytään.' });
  await upload(page.request, budget, 'talousarvio.pdf', samplePdf('Talousarvio', 2));
  const { meeting: current } = await graphql<{ meeting: { version: number } }>(
    page.request,
    'query($id: ID!) { meeting(id: $id) { version } }',
    { id: meeting.id },
  );
  await graphql(page.request, 'mutation($input: PublishAgendaInput!) { publishAgenda(input: $input) { id } }', {
    input: { meetingId: meeting.id, version: current.version },
  });
  meetingUrl = `/ryhmat/${group.id}/kokoukset/${meeting.id}`;
});

test('a member downloads the meeting pack: the agenda and its attachments, numbered and bookmarked', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.member);
  await page.goto(meetingUrl);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  // The group's standing items come first, then those the secretary added.
  const items = (await page.locator('.agenda-item__title').allInnerTexts()).map((t) => t.replace(/\s+/g, ' '));
  const housing = items.find((title) => title.endsWith(' Asumisen tilannekatsaus'))!;
  const budget = items.find((title) => title.endsWith(' Talousarvioesitys'))!;
  expect(items.indexOf(budget)).toBe(items.indexOf(housing) + 1);
  await expectAccessible(page, testInfo, 'meeting-pack-link');

  const agenda = await pdfOf(await downloadOf(page, 'Lataa PDF'));
  const download = await downloadOf(page, 'Kokousmateriaali (PDF)');
  expect(download.suggestedFilename()).toBe('kokousmateriaali-2027-03-10.pdf');
  const pack = await pdfOf(download);

  // The agenda, then the housing review's three pages and the budget's two.
  expect(pack.pages.length).toBe(agenda.pages.length + 3 + 2);
  pack.pages.forEach((text, i) => expect(text).toContain(`Sivu ${i + 1} / ${pack.pages.length}`));
  const first = agenda.pages.length + 1;
  expect(pack.pages[first - 1]).toContain('Asuntokatsaus sivu 1');
  expect(pack.pages[first + 2]).toContain('Talousarvio sivu 1');

  expect(pack.bookmarks.map((b) => b.title)).toEqual(['Esityslista', ...items]);
  const byTitle = new Map(pack.bookmarks.map((b) => [b.title, b]));
  expect(byTitle.get(housing)?.children).toEqual([{ title: 'Liite: asuntokatsaus.pdf', page: first, children: [] }]);
  expect(byTitle.get(budget)?.children).toEqual([{ title: 'Liite: talousarvio.pdf', page: first + 3, children: [] }]);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, testInfo, 'meeting-pack-link-390');
});

test('the print view shows what the PDF shows: themes, durations, presenters', async ({ page }, testInfo) => {
  await signIn(page, DEMO.member);
  await page.goto(`${meetingUrl}/tulosta`);
  const view = page.locator('.print-agenda');
  await expect(view.getByRole('heading', { level: 1 })).toHaveText('ESITYSLISTA');
  await expectAccessible(page, testInfo, 'print-agenda');
  const { pages } = await pdfOf(await downloadOf(page, 'Lataa PDF'));
  const pdf = pages.join(' ');

  // Every value the print view shows of the meeting and of each item is in the PDF as well.
  const facts = await view.locator('.print-agenda__facts td').allInnerTexts();
  expect(facts.length).toBeGreaterThanOrEqual(3);
  for (const fact of facts) expect(pdf).toContain(fact);
  const items = view.locator('.print-agenda__item');
  const count = await items.count();
  expect(count).toBeGreaterThanOrEqual(3);
  for (let i = 0; i < count; i++) {
    const item = items.nth(i);
    expect(pdf).toContain(await item.getByRole('heading', { level: 2 }).innerText());
    const meta = (await item.locator('.muted').first().innerText()).split(' · ');
    for (const value of meta) expect(pdf).toContain(value.replace('Muuttunut julkaisun jälkeen', 'Muutettu'));
    for (const line of await item.locator('.print-agenda__line').allInnerTexts()) {
      const value = line.split(':').slice(1).join(':').trim();
      if (value) expect(pdf).toContain(value);
    }
  }
  const housing = items.filter({ hasText: 'Asumisen tilannekatsaus' });
  await expect(housing).toContainText('40 min');
  await expect(housing).toContainText('Teemat:');
  expect(pdf).toContain('40 min');
  expect(pdf).toMatch(/Teemat: \S/);

  await page.setViewportSize({ width: 390, height: 844 });
  await expectAccessible(page, testInfo, 'print-agenda-390');
});
