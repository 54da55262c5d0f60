import type { Page } from '@playwright/test';
import ICAL from 'ical.js';
import { readFileSync } from 'node:fs';
import { expect, test } from './fixtures';
import { samplePdf } from './pdf-files';
import { DEMO, expectAccessible, openGroup, signIn } from './support';

const TITLE = 'Teemakokous: asuminen Vesannolla';

async function agendaTitles(page: Page): Promise<string[]> {
  return page.locator('.agenda-item__title').allInnerTexts();
}

test.describe.configure({ mode: 'serial' });
// Tall enough that a drag's source and target are on screen together.
test.use({ viewport: { width: 1280, height: 2400 } });

let draftUrl = '';

test('the secretary plans the autumn, drafts the housing agenda and publishes it', async ({ page }, testInfo) => {
  await signIn(page, DEMO.secretary);
  await openGroup(page);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kokoukset' }).click();
  await expectAccessible(page, testInfo, 'meetings');
  await page.getByRole('link', { name: 'Suunnittele kausi' }).click();

  // The seed's autumn: Ke 24.10., Ke 21.11., Ti 11.12. at 14.00.
  await page.getByRole('button', { name: 'Näytä ehdotukset' }).click();
  const proposals = page.getByRole('group', { name: /klo 14\.00/ });
  await expect(proposals).toHaveCount(3);
  await expect(proposals.nth(0)).toHaveAccessibleName('ke 24.10.2018 klo 14.00');
  await expect(proposals.nth(2)).toHaveAccessibleName('ti 11.12.2018 klo 14.00');
  const housing = proposals.nth(1);
  await housing.getByLabel('Laji', { exact: true }).selectOption('THEME');
  await housing.getByLabel('Otsikko', { exact: true }).fill(TITLE);
  await housing.getByLabel('Teema', { exact: true }).selectOption({ label: 'asuminen' });
  await expectAccessible(page, testInfo, 'season-planner');
  await page.getByRole('button', { name: 'Luo 3 kokousta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();

  await page.getByRole('link', { name: TITLE }).click();
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('ke 21.11.2018 klo 14.00–16.00')).toBeVisible();
  draftUrl = page.url();

  // Keep the opening and the next meeting from the standing items; add two items of our own.
  for (const title of ['Ajankohtaisia asioita', 'Muut asiat']) {
    await page.getByRole('button', { name: `Poista asia ${title}` }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Poista asia', exact: true }).click();
    await expect(page.getByRole('button', { name: `Poista asia ${title}` })).toHaveCount(0);
  }
  const add = page.getByRole('region', { name: 'Lisää asia' });
  await add.getByLabel('Otsikko').fill('Asumisen tilanne Vesannolla');
  await add.getByLabel('Kuvaus').fill('Vuokra-asuntojen **käyttöaste** ja ikäihmisten asumisen hankkeet.');
  await add.getByLabel('Ulkopuolinen esittelijä').fill('Ville Keränen');
  await add.getByLabel('Esittelijän organisaatio').fill('Kehitysyhtiö SavoGrow Oy');
  await add.getByLabel('Arvioitu kesto (min)').fill('30');
  await add.getByLabel('Hanke').selectOption({ label: 'Future Savo' });
  await add.getByLabel('asuminen').check();
  await add.getByRole('button', { name: 'Lisää asia' }).click();
  await expect(page.getByRole('heading', { name: '§ 3 Asumisen tilanne Vesannolla' })).toBeVisible();

  await add.getByLabel('Otsikko').fill('Asumisen kehittämisen jatkotoimet');
  await add.getByLabel('Asian laji').selectOption('DECISION');
  await add.getByLabel('Päätösehdotus').fill('Elinvoimaryhmä esittää asuntostrategian päivittämistä.');
  await add.getByRole('button', { name: 'Lisää asia' }).click();
  await expect(page.getByRole('heading', { name: '§ 4 Asumisen kehittämisen jatkotoimet' })).toBeVisible();

  // A PDF attachment, with the upload's progress shown.
  await page
    .getByTestId('agenda-item')
    .nth(2)
    .getByLabel('Lisää liite')
    .setInputFiles({ name: 'asuntokatsaus.pdf', mimeType: 'application/pdf', buffer: samplePdf('Asuntokatsaus', 1) });
  await expect(page.getByRole('link', { name: 'asuntokatsaus.pdf' })).toBeVisible();

  // Drag "Seuraava kokous" (§ 2) to the end.
  const items = page.getByTestId('agenda-item');
  await items.nth(1).dragTo(items.nth(3));
  await expect
    .poll(() => agendaTitles(page))
    .toEqual([
      '§ 1 Kokouksen avaus',
      '§ 2 Asumisen tilanne Vesannolla',
      '§ 3 Asumisen kehittämisen jatkotoimet',
      '§ 4 Seuraava kokous',
    ]);
  // The same with the keyboard-accessible buttons: down and back up.
  await page.getByRole('button', { name: 'Siirrä alas: Kokouksen avaus' }).click();
  await expect
    .poll(() => agendaTitles(page))
    .toEqual([
      '§ 1 Asumisen tilanne Vesannolla',
      '§ 2 Kokouksen avaus',
      '§ 3 Asumisen kehittämisen jatkotoimet',
      '§ 4 Seuraava kokous',
    ]);
  await page.getByRole('button', { name: 'Siirrä ylös: Kokouksen avaus' }).click();
  await expect
    .poll(() => agendaTitles(page))
    .toEqual([
      '§ 1 Kokouksen avaus',
      '§ 2 Asumisen tilanne Vesannolla',
      '§ 3 Asumisen kehittämisen jatkotoimet',
      '§ 4 Seuraava kokous',
    ]);
  await expectAccessible(page, testInfo, 'agenda-builder');

  await page.getByRole('button', { name: 'Julkaise esityslista' }).click();
  await page.getByRole('dialog').getByRole('button', { name: 'Julkaise', exact: true }).click();
  await expect(page.getByText('Esityslista julkaistu.')).toBeVisible();
  await page.getByRole('link', { name: 'Tulosta esityslista' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'ESITYSLISTA' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '§ 2 Asumisen tilanne Vesannolla' })).toBeVisible();
  await expectAccessible(page, testInfo, 'agenda-print');

  // No mail server in this setup: the invitations wait in the outbox for the secretary to see.
  await page.goto(draftUrl.replace(/\/kokoukset\/.*$/, ''));
  await page.getByRole('link', { name: 'Lähtevät viestit' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Lähtevät viestit' })).toBeVisible();
  await expect(page.getByText('Sähköpostipalvelinta ei ole määritetty')).toBeVisible();
  const invitation = page.locator('.outbox__item').filter({ hasText: 'jasen@vesanto.example' }).first();
  await expect(invitation).toContainText(`Kokouskutsu: ${TITLE} ke 21.11.2018 klo 14.00`);
  await expect(invitation).toContainText('Ei lähetetty');
  await invitation.locator('summary').click();
  await expect(invitation.locator('.outbox__body')).toContainText(
    '§ 2 Asumisen tilanne Vesannolla (Ville Keränen, Kehitysyhtiö SavoGrow Oy)',
  );
  await expectAccessible(page, testInfo, 'outbox');
});

test('a member reads the published agenda and downloads the attachment', async ({ page }, testInfo) => {
  await signIn(page, DEMO.member);
  await page.goto(draftUrl);
  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect
    .poll(() => agendaTitles(page))
    .toEqual([
      '§ 1 Kokouksen avaus',
      '§ 2 Asumisen tilanne Vesannolla',
      '§ 3 Asumisen kehittämisen jatkotoimet',
      '§ 4 Seuraava kokous',
    ]);
  await expect(page.getByText('Ville Keränen, Kehitysyhtiö SavoGrow Oy')).toBeVisible();
  await expect(page.getByText('Elinvoimaryhmä esittää asuntostrategian päivittämistä.')).toBeVisible();
  await expect(page.getByRole('button', { name: /Muokkaa/ })).toHaveCount(0);
  await expectAccessible(page, testInfo, 'agenda-member');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'asuntokatsaus.pdf' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe('asuntokatsaus.pdf');
  expect(
    readFileSync(await download.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');

  const [ics] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Lisää kalenteriin (.ics)' }).click(),
  ]);
  expect(ics.suggestedFilename()).toBe('kokous-20181121.ics');
  const calendar = new ICAL.Component(ICAL.parse(readFileSync(await ics.path(), 'utf8')));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  const event = new ICAL.Event(calendar.getFirstSubcomponent('vevent')!);
  expect(event.summary).toBe(`Vesannon elinvoimaryhmä: ${TITLE}`);
  expect(event.startDate.zone.tzid).toBe('Europe/Helsinki');
  expect(event.startDate.toString()).toBe('2018-11-21T14:00:00');

  const [agendaPdf] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Lataa PDF' }).click(),
  ]);
  expect(agendaPdf.suggestedFilename()).toBe('esityslista-2018-11-21.pdf');
  expect(
    readFileSync(await agendaPdf.path())
      .subarray(0, 5)
      .toString(),
  ).toBe('%PDF-');
});

test('a member subscribes to the group calendar and can revoke the address', async ({ page }, testInfo) => {
  await signIn(page, DEMO.member);
  await page.getByRole('link', { name: /Oma sivu/ }).click();
  await page.getByLabel('Mitkä kokoukset').selectOption({ label: 'Vesannon elinvoimaryhmä' });
  await page.getByRole('button', { name: 'Luo tilausosoite' }).click();
  const address = await page.getByLabel('Tilausosoite').inputValue();
  expect(address).toMatch(/\/calendar\/[A-Za-z0-9_-]{43}\.ics$/);
  await expectAccessible(page, testInfo, 'calendar-feeds');

  // A calendar app fetches the address without signing in.
  const feed = await page.request.get(new URL(address).pathname, { headers: { cookie: '' } });
  expect(feed.status()).toBe(200);
  const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
  const summaries = calendar.getAllSubcomponents('vevent').map((e) => new ICAL.Event(e).summary);
  expect(summaries).toContain(`Vesannon elinvoimaryhmä: ${TITLE}`);

  await page.getByRole('button', { name: 'Poista käytöstä – Vesannon elinvoimaryhmä' }).first().click();
  const revoke = page.getByRole('dialog', { name: 'Poistetaanko tilausosoite käytöstä?' });
  await expect(revoke).toContainText('Tilausosoite (Vesannon elinvoimaryhmä) lakkaa toimimasta');
  await revoke.getByRole('button', { name: 'Poista käytöstä' }).click();
  await expect(page.getByText('Tilausosoite (Vesannon elinvoimaryhmä) poistettu käytöstä.')).toBeVisible();
  expect((await page.request.get(new URL(address).pathname)).status()).toBe(404);
});

test('a member cannot see a draft, in the list or by its address', async ({ page }) => {
  await signIn(page, DEMO.member);
  await openGroup(page);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kokoukset' }).click();
  await expect(page.getByRole('heading', { name: 'Menneet kokoukset' })).toBeVisible();
  // The seeded 11.12. meeting is still a draft.
  await expect(page.getByText('ti 11.12.2018 klo 14.00–16.00')).toHaveCount(0);
  await signInAsSecretaryAndFindDraft(page);
});

async function signInAsSecretaryAndFindDraft(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await signIn(page, DEMO.secretary);
  await openGroup(page);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kokoukset' }).click();
  const draftLink = page
    .getByRole('listitem')
    .filter({ hasText: 'ti 11.12.2018 klo 14.00–16.00' })
    .getByRole('link')
    .first();
  const href = await draftLink.getAttribute('href');
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await signIn(page, DEMO.member);
  await page.goto(href!);
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
}
