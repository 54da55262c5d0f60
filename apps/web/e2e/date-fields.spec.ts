import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO, expectAccessible, openGroup, signIn } from './support';

const TITLE = 'Joulukuun ylimääräinen kokous';

// An English browser; the app stays in Finnish, its default. Native date inputs would read 12/5/2018 here.
test.use({ locale: 'en-US' });
test.describe.configure({ mode: 'serial' });

let meetingUrl = '';

/** The group's meetings through its section tab: sign-in lands on the start page, outside any group. */
async function openMeetings(page: Page): Promise<void> {
  await openGroup(page);
  await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Kokoukset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
}

test('the browser speaks English, the app Finnish', async ({ page }) => {
  expect(await page.evaluate(() => navigator.language)).toBe('en-US');
  await signIn(page, DEMO.secretary);
  await expect(page.locator('html')).toHaveAttribute('lang', 'fi');
});

test('a new meeting’s date is typed as d.M.yyyy, checked at the field, and shown back', async ({ page }, testInfo) => {
  await signIn(page, DEMO.secretary);
  await openMeetings(page);
  await page.getByRole('link', { name: 'Uusi kokous' }).click();
  const date = page.getByLabel('Päivämäärä');
  await expect(date).toHaveAttribute('type', 'text');
  await expect(page.getByText('Muodossa p.k.vvvv, esim. 24.10.2018')).toBeVisible();

  await page.getByLabel('Otsikko').fill(TITLE);
  // A date that does not exist is named at the field once the user moves on, and stops the form.
  await date.fill('31.11.2018');
  await date.press('Tab');
  await expect(page.getByText('Anna päivämäärä muodossa p.k.vvvv, esim. 24.10.2018.')).toBeVisible();
  await expect(date).toHaveAttribute('aria-invalid', 'true');
  await page.getByRole('button', { name: 'Luo kokous' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Korjaa lomakkeen tiedot' })).toContainText(
    'Päivämäärä: Anna päivämäärä muodossa p.k.vvvv',
  );
  await expect(date).toBeFocused();

  // Leading zeros are forgiven and tidied away.
  await date.fill('05.12.2018');
  await date.press('Tab');
  await expect(date).toHaveValue('5.12.2018');
  await expect(date).not.toHaveAttribute('aria-invalid');
  await expectAccessible(page, testInfo, 'date-field-new-meeting');
  await page.getByRole('button', { name: 'Luo kokous' }).click();

  await expect(page.getByRole('heading', { level: 1, name: TITLE })).toBeVisible();
  await expect(page.getByText('ke 5.12.2018 klo 14.00–16.00', { exact: true })).toBeVisible();
  meetingUrl = page.url();
});

test('the edit form shows the date as d.M.yyyy and its calendar works by keyboard', async ({ page }, testInfo) => {
  await signIn(page, DEMO.secretary);
  await page.goto(`${meetingUrl}/muokkaa`);
  const date = page.getByLabel('Päivämäärä');
  await expect(date).toHaveValue('5.12.2018');

  const opener = page.getByRole('button', { name: 'Valitse päivä kalenterista: Päivämäärä' });
  await opener.click();
  const dialog = page.getByRole('dialog', { name: 'Valitse päivä: Päivämäärä' });
  const grid = dialog.getByRole('grid', { name: 'joulukuu 2018' });
  await expect(grid.getByRole('columnheader')).toHaveText(['ma', 'ti', 'ke', 'to', 'pe', 'la', 'su']);
  await expect(grid.getByRole('button', { name: 'ke 5.12.2018' })).toBeFocused();
  await expectAccessible(page, testInfo, 'date-picker-fi');

  // Escape closes without choosing, and focus returns to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(date).toHaveValue('5.12.2018');

  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'ke 5.12.2018' })).toBeFocused();
  const focusedDay = dialog.locator('button:focus');
  await page.keyboard.press('ArrowRight');
  await expect(focusedDay).toHaveAccessibleName('to 6.12.2018');
  await page.keyboard.press('ArrowDown');
  await expect(focusedDay).toHaveAccessibleName('to 13.12.2018');
  await page.keyboard.press('PageDown');
  await expect(focusedDay).toHaveAccessibleName('su 13.1.2019');
  await expect(dialog.getByRole('grid', { name: 'tammikuu 2019' })).toBeVisible();
  await page.keyboard.press('Home');
  await expect(focusedDay).toHaveAccessibleName('ma 7.1.2019');
  await page.keyboard.press('End');
  await expect(focusedDay).toHaveAccessibleName('su 13.1.2019');
  await page.keyboard.press('PageUp');
  await expect(focusedDay).toHaveAccessibleName('to 13.12.2018');
  // Tab goes round the dialog's controls: the grid is one stop.
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Edellinen kuukausi' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(focusedDay).toHaveAccessibleName('to 13.12.2018');
  await page.keyboard.press('Enter');

  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
  await expect(date).toHaveValue('13.12.2018');
  await page.getByRole('button', { name: 'Tallenna muutokset' }).click();
  await expect(page.getByText('Kokouksen tiedot tallennettu.')).toBeVisible();
  await expect(page.getByText('to 13.12.2018 klo 14.00–16.00', { exact: true })).toBeVisible();
});

test('the season planner’s range is typed as d.M.yyyy and the season is created', async ({ page }) => {
  await signIn(page, DEMO.secretary);
  await openMeetings(page);
  await page.getByRole('link', { name: 'Suunnittele kausi' }).click();
  const from = page.getByLabel('Alkaen');
  const to = page.getByLabel('Päättyen');
  await expect(from).toHaveValue('1.10.2018');
  await expect(to).toHaveValue('31.12.2018');

  await from.fill('1.4.2019');
  await to.fill('31.4.2019');
  await page.getByLabel(/^Päivät/).fill('3.4.2019\n8.5.2019');
  await page.getByRole('button', { name: 'Näytä ehdotukset' }).click();
  await expect(page.getByText('Anna päivämäärä muodossa p.k.vvvv, esim. 24.10.2018.')).toBeVisible();
  await expect(to).toHaveAttribute('aria-invalid', 'true');

  await to.fill('30.04.2019');
  await page.getByRole('button', { name: 'Näytä ehdotukset' }).click();
  const proposals = page.getByRole('group', { name: /klo 14\.00/ });
  await expect(proposals).toHaveCount(1);
  await expect(proposals.first()).toHaveAccessibleName('ke 3.4.2019 klo 14.00');
  await page.getByRole('button', { name: 'Luo 1 kokousta' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
  await expect(page.getByText('ke 3.4.2019 klo 14.00–16.00')).toBeVisible();
});

test('a new member’s start date is typed as d.M.yyyy and shown in the roster', async ({ page }) => {
  await signIn(page, DEMO.secretary);
  await page.goto(`/ryhmat/${await openGroup(page)}/jasenet`);
  await expect(page.getByRole('heading', { level: 1, name: 'Jäsenet' })).toBeVisible();
  await page.getByLabel('Nimi', { exact: false }).last().fill('Aino Päivärinta');
  await page.getByLabel('Sähköpostiosoite').fill('aino.paivarinta@vesanto.example');
  const since = page.getByLabel('Alkaen (vapaaehtoinen)');
  await since.fill('1/3/2019');
  await since.press('Tab');
  await expect(since).toHaveValue('1.3.2019');
  await page.getByRole('button', { name: 'Lisää jäsen' }).click();
  const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Aino Päivärinta' }) });
  await expect(row).toContainText('1.3.2019');
  await expect(since).toHaveValue('');
});
