import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO, expectAccessible, openGroup, signIn } from './support';

const TITLE = 'Yrittäjyyden teemakokous, jatko';
const CHAIRS_TITLE = 'Yrittäjyyden teemakokous: jatkoa keväältä';
const REASON = 'Puheenjohtaja on estynyt; asiat siirtyvät joulukuun kokoukseen.';

test.describe.configure({ mode: 'serial' });

let meetingUrl = '';

async function openMeetings(page: Page): Promise<void> {
  await openGroup(page);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kokoukset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
}

async function search(page: Page, words: string): Promise<void> {
  await page.getByRole('searchbox', { name: 'Hae kokouksista' }).fill(words);
  await page.getByRole('searchbox', { name: 'Hae kokouksista' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `haulle ”${words}”` })).toBeVisible();
}

test('the secretary creates a meeting and finds it in the month view of its month', async ({ page }, testInfo) => {
  await signIn(page, DEMO.secretary);
  await openMeetings(page);
  await page.getByRole('link', { name: 'Uusi kokous' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Uusi kokous' })).toBeVisible();

  // Sent empty, the form names what is missing and takes the user to the first of it.
  await page.getByRole('button', { name: 'Luo kokous' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Korjaa lomakkeen tiedot' })).toContainText(
    'Päivämäärä: Pakollinen tieto.',
  );
  await expect(page.getByLabel('Otsikko')).toBeFocused();

  await page.getByLabel('Otsikko').fill(TITLE);
  await page.getByLabel('Kokouksen laji').selectOption({ label: 'Teemakokous' });
  await page.getByRole('button', { name: 'Luo kokous' }).click();
  await expect(page.getByRole('alert')).toContainText('Teemat: Valitse teemakokoukselle teema.');
  await page
    .getByRole('group', { name: /Teemat/ })
    .getByLabel('yrittäjyys')
    .check();
  await page.getByLabel('Päivämäärä').fill('28.11.2018');
  await page.getByLabel('Alkaa klo').fill('13.00');
  await page.getByLabel('Päättyy klo').fill('12.00');
  await page.getByLabel('Paikka').fill('Vesannon kirjasto');
  await page.getByLabel('Aiemman kokouksen esityslista').check();
  await page.getByLabel('Kopioitava kokous').selectOption({ label: 'ke 18.4.2018 – Teemakokous yrittäjyydestä' });
  await expectAccessible(page, testInfo, 'meeting-form');

  // The API's answer about the period is shown at the end time.
  await page.getByRole('button', { name: 'Luo kokous' }).click();
  await expect(page.getByText('Päättymisajan on oltava alkamisajan jälkeen.').last()).toBeVisible();
  await expect(page.getByLabel('Päättyy klo')).toBeFocused();
  await page.getByLabel('Päättyy klo').fill('15.30');
  await page.getByRole('button', { name: 'Luo kokous' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('Kokous luotu. Esityslista on luonnos.')).toBeVisible();
  await expect(page.getByText('ke 28.11.2018 klo 13.00–15.30', { exact: true })).toBeVisible();
  // The agenda was copied from the spring's entrepreneurship meeting.
  await expect(page.getByRole('heading', { name: /Yrittäjyyden edistäminen Vesannolla/ })).toBeVisible();
  meetingUrl = page.url();

  await page.getByRole('link', { name: 'Näytä kalenterissa' }).click();
  await expect(page).toHaveURL(/nakyma=kuukausi&kuukausi=2018-11/);
  await expect(page.getByRole('heading', { level: 2, name: 'marraskuu 2018' })).toBeVisible();
  const table = page.getByRole('table', { name: 'Kokoukset, marraskuu 2018' });
  // Weeks start on Monday; November 2018 starts on a Thursday, in week 44.
  await expect(table.getByRole('columnheader')).toHaveText(['Vko', 'ma', 'ti', 'ke', 'to', 'pe', 'la', 'su']);
  await expect(table.getByRole('rowheader').first()).toHaveText('Viikko 44');
  const firstOfMonth = table.getByRole('cell', { name: 'to 1.11.2018' });
  expect(await firstOfMonth.evaluate((cell) => (cell as HTMLTableCellElement).cellIndex)).toBe(4);
  const day = table.getByRole('cell', { name: /^ke 28\.11\.2018/ });
  expect(await day.evaluate((cell) => (cell as HTMLTableCellElement).cellIndex)).toBe(3);
  await expect(day.getByRole('link', { name: `13.00 ${TITLE}` })).toBeVisible();
  await expect(day).toContainText('(Luonnos)');
  // The seeded housing draft is there for the secretary.
  await expect(
    table.getByRole('cell', { name: /^ke 21\.11\.2018/ }).getByRole('link', { name: '14.00 Teemakokous asumisesta' }),
  ).toBeVisible();
  await expectAccessible(page, testInfo, 'month-view');

  // Months change through the address, so the back button returns to the previous one.
  await page.getByRole('link', { name: 'Seuraava kuukausi' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'joulukuu 2018' })).toBeVisible();
  await expect(page).toHaveURL(/kuukausi=2018-12/);
  await page.goBack();
  await expect(page.getByRole('heading', { level: 2, name: 'marraskuu 2018' })).toBeVisible();
  await page.getByRole('link', { name: 'Edellinen kuukausi' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'lokakuu 2018' })).toBeVisible();
  await page.getByRole('link', { name: 'Tänään' }).click();
  const thisMonth = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Helsinki' }).format(new Date()).slice(0, 7);
  await expect(page).toHaveURL(new RegExp(`kuukausi=${thisMonth}`));
  await expect(page.locator('td[aria-current="date"]')).toHaveCount(1);

  await page.getByRole('link', { name: 'Lista', exact: true }).click();
  await expect(page).toHaveURL(/nakyma=lista/);
  await expect(page.getByRole('link', { name: TITLE })).toBeVisible();
  await expectAccessible(page, testInfo, 'list-view');
});

test('the secretary edits the meeting, keeping her changes over the chair’s save', async ({
  page,
  browser,
}, testInfo) => {
  await signIn(page, DEMO.secretary);
  await page.goto(meetingUrl);
  await page.getByRole('link', { name: 'Muokkaa tietoja' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Muokkaa kokouksen tietoja' })).toBeVisible();
  await expect(page.getByLabel('Otsikko')).toHaveValue(TITLE);
  await expect(page.getByLabel('Alkaa klo')).toHaveValue('13.00');
  await page.getByLabel('Paikka').fill('Vesannon kunnantalo, valtuustosali');
  await page.getByLabel('Päättyy klo').fill('16.00');

  // Meanwhile the chair renames the meeting.
  const chairContext = await browser.newContext();
  const chair = await chairContext.newPage();
  await signIn(chair, DEMO.chair);
  await chair.goto(`${meetingUrl}/muokkaa`);
  await chair.getByLabel('Otsikko').fill(CHAIRS_TITLE);
  await chair.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(chair.getByText('Kokouksen tiedot tallennettu.')).toBeVisible();
  await chairContext.close();

  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByRole('alert')).toContainText('Joku muu tallensi kokouksen tiedot sillä välin.');
  await expectAccessible(page, testInfo, 'meeting-edit-conflict');
  await page.getByRole('button', { name: 'Lataa uusin versio ja säilytä muutokseni' }).click();
  await expect(page.getByText('Toinen käyttäjä oli muuttanut: otsikko.')).toBeVisible();
  await expect(page.getByLabel('Otsikko')).toHaveValue(CHAIRS_TITLE);
  await expect(page.getByLabel('Paikka')).toHaveValue('Vesannon kunnantalo, valtuustosali');
  await expect(page.getByLabel('Päättyy klo')).toHaveValue('16.00');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();

  await expect(page.getByRole('heading', { level: 1, name: CHAIRS_TITLE })).toBeVisible();
  await expect(page.getByText('Kokouksen tiedot tallennettu.')).toBeVisible();
  await expect(page.getByText('ke 28.11.2018 klo 13.00–16.00', { exact: true })).toBeVisible();
  await expect(page.getByText('Vesannon kunnantalo, valtuustosali')).toBeVisible();
});

test('the secretary cancels the meeting with a reason, and it shows as cancelled', async ({ page }, testInfo) => {
  await signIn(page, DEMO.secretary);
  await page.goto(meetingUrl);
  const opener = page.getByRole('button', { name: 'Peru kokous' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Perutaanko kokous?' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('Perumisen syy')).toBeFocused();
  // Escape closes the dialog and returns to the button that opened it.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();

  await opener.click();
  await dialog.getByRole('button', { name: 'Peru kokous' }).click();
  await expect(dialog.getByText('Pakollinen tieto.')).toBeVisible();
  // Focus stays within the dialog, going round from its last control to its first and back.
  await dialog.getByRole('button', { name: 'Älä peru' }).focus();
  await page.keyboard.press('Tab');
  await expect(dialog.getByLabel('Perumisen syy')).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Älä peru' })).toBeFocused();
  await expectAccessible(page, testInfo, 'cancel-dialog');
  await dialog.getByLabel('Perumisen syy').fill(REASON);
  await dialog.getByRole('button', { name: 'Peru kokous' }).click();

  await expect(dialog).toBeHidden();
  await expect(page.getByText(`Kokous on peruttu: ${REASON}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: CHAIRS_TITLE })).toBeFocused();
  await expect(page.getByRole('button', { name: 'Peru kokous' })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Muokkaa tietoja' })).toHaveCount(0);

  await page.getByRole('link', { name: 'Näytä kalenterissa' }).click();
  const day = page.getByRole('cell', { name: /^ke 28\.11\.2018/ });
  await expect(day).toContainText('(Peruttu)');
  await expect(day.locator('.month__title')).toHaveCSS('text-decoration-line', 'line-through');
});

test('a member sees the calendar without drafts or managing controls, and searches', async ({ page }, testInfo) => {
  await signIn(page, DEMO.member);
  await openMeetings(page);
  await expect(page.getByRole('link', { name: 'Uusi kokous' })).toHaveCount(0);
  const meetingsUrl = page.url();
  await page.goto(`${meetingsUrl}/uusi`);
  await expect(page.getByRole('alert')).toHaveText(
    'Vain ryhmän puheenjohtaja ja sihteeri voivat luoda ja muokata kokouksia.',
  );
  await expect(page.getByRole('button', { name: 'Luo kokous' })).toHaveCount(0);
  await page.goto(meetingsUrl);
  await page.getByRole('link', { name: 'Kuukausi', exact: true }).click();
  await expect(page).toHaveURL(/nakyma=kuukausi/);
  const november = new URL(page.url());
  november.searchParams.set('kuukausi', '2018-11');
  await page.goto(november.toString());
  await expect(page.getByRole('heading', { level: 2, name: 'marraskuu 2018' })).toBeVisible();
  await expect(page.getByRole('link', { name: '14.00 Teemakokous asumisesta', exact: true })).toHaveCount(0);
  // The meeting the secretary created and cancelled before publishing was never announced to members.
  await expect(page.getByRole('cell', { name: /^ke 28\.11\.2018/ }).locator('.month__title')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'month-view-member');

  await page.getByRole('link', { name: 'Edellinen kuukausi' }).click();
  await page.getByRole('link', { name: '14.00 Ajankohtaisia asioita (mm. budjetti 2019)' }).click();
  await expect(
    page.getByRole('heading', { level: 1, name: 'Ajankohtaisia asioita (mm. budjetti 2019)' }),
  ).toBeVisible();
  await expect(page.getByRole('link', { name: 'Muokkaa tietoja' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Peru kokous' })).toHaveCount(0);

  // The seeded housing theme meeting of 21.11. is still a draft, so the member does not find it.
  await search(page, 'asumi');
  await expect(page).toHaveURL(/\/haku\?q=asumi/);
  await expect(page.getByRole('link', { name: 'Teemakokous asumisesta', exact: true })).toHaveCount(0);
  await expect(page.getByRole('link', { name: 'Asuminen Vesannolla', exact: true })).toHaveCount(0);

  await search(page, 'yrittäj');
  await expect(page.getByRole('status')).toHaveText(/^\d+ osuma(a)? haulle ”yrittäj”\.$/);
  const result = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Teemakokous yrittäjyydestä', exact: true }) });
  await expect(result).toContainText('Kokous · ke 18.4.2018 klo 14.00 · Vesannon elinvoimaryhmä');
  await expect(result.locator('mark')).toHaveText(['yrittäjyydestä']);
  await expectAccessible(page, testInfo, 'search-results');
  await result.getByRole('link').click();
  await expect(page.getByRole('heading', { level: 1, name: 'Teemakokous yrittäjyydestä' })).toBeVisible();
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Hakusanat' })).toHaveValue('yrittäj');
  await page.goBack();
  await expect(page.getByRole('searchbox', { name: 'Hakusanat' })).toHaveValue('asumi');
});

test('the secretary finds the housing draft; a member of another group finds nothing of Vesanto’s', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.secretary);
  await search(page, 'asumi');
  const draft = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Teemakokous asumisesta', exact: true }) });
  await expect(draft.locator('mark')).toHaveText(['asumisesta']);
  await expect(page.getByRole('link', { name: 'Asuminen Vesannolla', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();

  await signIn(page, DEMO.outsider);
  for (const words of ['asumi', 'yrittäj', 'Vesanno']) {
    await search(page, words);
    await expect(page.getByText(`Haulla ”${words}” ei löytynyt kokouksia eikä esityslistan asioita.`)).toBeVisible();
    await expect(page.getByRole('status')).toHaveText(`0 osumaa haulle ”${words}”.`);
  }
  await expectAccessible(page, testInfo, 'search-none');
});

test('a search keeps its group in the frame, narrowed to the group or widened to all the person’s groups', async ({
  page,
}, testInfo) => {
  const switcher = page.locator('summary', { hasText: 'Valitse ryhmä' });
  const meetingsTab = page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kokoukset' });
  const housing = page.getByRole('link', { name: 'Teemakokous asumisesta', exact: true });
  await signIn(page, 'koordinaattori@savogrow.example');

  // From a page of no group, a search covers all the person's groups.
  await page.goto('/oma-sivu');
  await search(page, 'asumi');
  await expect(page).toHaveURL(/\/haku\?q=asumi$/);
  await expect(housing).toBeVisible();
  const options = page.getByRole('search', { name: 'Hakuehdot' });
  await options.getByLabel('Mistä haetaan').selectOption({ label: 'Tervon elinvoimaryhmä' });
  await options.getByRole('button', { name: 'Hae' }).click();
  await expect(page).toHaveURL(/\/haku\?q=asumi&ryhma=[0-9a-f-]{36}$/);
  const tervo = new URL(page.url()).searchParams.get('ryhma');
  await expect(page.getByRole('status')).toHaveText('0 osumaa haulle ”asumi”.');
  // The group chosen is the frame's group: the switcher names it and its sections stay.
  await expect(switcher).toContainText('Tervon elinvoimaryhmä');
  await expect(meetingsTab).toHaveAttribute('href', `/ryhmat/${tervo}/kokoukset`);
  await expect(page.getByText('Haettiin ryhmästä Tervon elinvoimaryhmä.')).toBeVisible();
  await page.reload();
  await expect(options.getByLabel('Mistä haetaan')).toHaveValue(tervo!);
  await expect(page.getByRole('status')).toHaveText('0 osumaa haulle ”asumi”.');
  await expectAccessible(page, testInfo, 'search-in-group');

  // Widened to all groups, the frame keeps the group.
  await page.getByRole('link', { name: 'Hae kaikista ryhmistäsi' }).click();
  await expect(page).toHaveURL(/&laajuus=kaikki$/);
  await expect(housing).toBeVisible();
  await expect(page.getByText('Haettiin kaikista ryhmistäsi.')).toBeVisible();
  await expect(options.getByLabel('Mistä haetaan')).toHaveValue('');
  await expect(switcher).toContainText('Tervon elinvoimaryhmä');
  await expect(meetingsTab).toHaveAttribute('href', `/ryhmat/${tervo}/kokoukset`);
  await page.getByRole('link', { name: 'Hae vain ryhmästä Tervon elinvoimaryhmä' }).click();
  await expect(page.getByRole('status')).toHaveText('0 osumaa haulle ”asumi”.');
  await page.goBack();
  await expect(housing).toBeVisible();

  // A search from a group's own pages starts in that group.
  await meetingsTab.click();
  await switcher.click();
  await page.getByRole('link', { name: 'Vesannon elinvoimaryhmä' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Vesannon elinvoimaryhmä' })).toBeVisible();
  await search(page, 'asumi');
  await expect(page).toHaveURL(/\/haku\?q=asumi&ryhma=[0-9a-f-]{36}$/);
  expect(new URL(page.url()).searchParams.get('ryhma')).not.toBe(tervo);
  await expect(housing).toBeVisible();
  await expect(switcher).toContainText('Vesannon elinvoimaryhmä');
  await expect(page.getByText('Haettiin ryhmästä Vesannon elinvoimaryhmä.')).toBeVisible();
});
