import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { simpleParser } from 'mailparser';
import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures';
import { DEMO, expectAccessible, signIn } from './support';

test.describe.configure({ mode: 'serial' });

const VESANTO = 'Vesannon elinvoimaryhmä';

/** Runs one GraphQL operation as the signed-in person of `page`. */
async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/** Publishes the demo world's December meeting (unless already done), so its invitations wait in the outbox. */
async function publishDecemberMeeting(page: Page): Promise<string> {
  const { myGroups } = await gql<{ myGroups: { id: string; name: string }[] }>(page, `{ myGroups { id name } }`);
  const groupId = myGroups.find((g) => g.name === VESANTO)!.id;
  const { meetings } = await gql<{
    meetings: { id: string; version: number; status: string; title: string; startsAt: string }[];
  }>(
    page,
    `query($groupId: ID!) {
      meetings(groupId: $groupId, from: "2018-12-11T00:00:00Z", to: "2018-12-12T00:00:00Z") { id version status title startsAt }
    }`,
    { groupId },
  );
  const december = meetings.find((m) => m.title === 'Ajankohtaisia asioita')!;
  if (december.status === 'DRAFT') {
    await gql(page, `mutation($input: PublishAgendaInput!) { publishAgenda(input: $input) { id } }`, {
      input: { meetingId: december.id, version: december.version },
    });
  }
  return groupId;
}

test('the secretary downloads a held invitation as .eml, ready to send, with its calendar request', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.secretary);
  const groupId = await publishDecemberMeeting(page);
  await page.goto(`/ryhmat/${groupId}/lahtevat`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lähtevät viestit' })).toBeVisible();
  await expect(page.getByText('Sähköpostipalvelinta ei ole määritetty')).toBeVisible();
  await expect(page.getByText('Outlook avaa sen uutena viestinä valmiina lähetettäväksi')).toBeVisible();

  const batch = page.getByRole('region', { name: /^Ajankohtaisia asioita, ti 11\.12\.2018 klo 14\.00/ });
  await expect(batch.getByRole('link', { name: /Lataa kokouksen lähettämättömät \(\.zip, \d+\)/ })).toBeVisible();
  const invitation = batch.locator('.outbox__item').filter({ hasText: DEMO.member }).first();
  await expect(invitation).toContainText('Ei lähetetty, koska palvelulla ei ole sähköpostipalvelinta.');
  await expectAccessible(page, testInfo, 'outbox-held');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    invitation.getByRole('link', { name: 'Lataa viesti (.eml) – vastaanottaja Pekka Rissanen' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('kokouskutsu - Pekka Rissanen.eml');
  const mail = await simpleParser(await readFile(await download.path()));
  expect(mail.headers.get('x-unsent')).toBe('1');
  expect(mail.subject).toBe('Kokouskutsu: Ajankohtaisia asioita ti 11.12.2018 klo 14.00');
  expect(mail.to && !Array.isArray(mail.to) && mail.to.value[0].address).toBe(DEMO.member);
  expect(mail.text).toContain('Hei Pekka Rissanen,');

  const part = mail.attachments.find((a) => a.contentType.startsWith('text/calendar'));
  expect(part, 'the calendar part').toBeDefined();
  const calendar = new ICAL.Component(ICAL.parse(part!.content.toString('utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  expect(calendar.getFirstPropertyValue('method')).toBe('REQUEST');
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe(`${VESANTO}: Ajankohtaisia asioita`);
  expect(event.startDate.toJSDate().toISOString()).toBe('2018-12-11T12:00:00.000Z');
});

test('the outbox reads as a list on a phone, without sideways scrolling', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await signIn(page, DEMO.secretary);
  const { myGroups } = await gql<{ myGroups: { id: string; name: string }[] }>(page, `{ myGroups { id name } }`);
  await page.goto(`/ryhmat/${myGroups.find((g) => g.name === VESANTO)!.id}/lahtevat`);
  await expect(page.locator('.outbox__item').first()).toBeVisible();
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
  await expectAccessible(page, testInfo, 'outbox-phone');
});
