import { type Browser, expect, type Page, test, type TestInfo } from '@playwright/test';
import { DEMO, expectAccessible, openGroup, signIn } from './support';

const COORDINATOR = 'koordinaattori@savogrow.example';
const VESANTO = 'Vesannon elinvoimaryhmä';
const LINK = /https?:\/\/\S+\/salasana#[\w-]{43}/;

/** A browser of its own, as another person or device would have. */
async function newBrowser(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

/** The text of the newest message to `email` on an outbox page, opened. */
async function messageTo(page: Page, email: string): Promise<string> {
  const message = page.locator('.outbox__item').filter({ hasText: email }).first();
  await message.locator('summary').click();
  return (await message.locator('.outbox__body').textContent()) ?? '';
}

function linkIn(text: string): string {
  const link = LINK.exec(text)?.[0];
  if (!link) throw new Error(`no password link in: ${text}`);
  return link;
}

/** The secretary adds the person; the invitation with its link waits in the group's outbox. */
async function invite(browser: Browser, name: string, email: string, testInfo?: TestInfo): Promise<string> {
  const secretary = await newBrowser(browser);
  await signIn(secretary, DEMO.secretary);
  await openGroup(secretary);
  const sections = secretary.getByRole('navigation', { name: 'Päävalikko' });
  await sections.getByRole('link', { name: 'Jäsenet' }).click();
  await secretary.getByLabel('Nimi', { exact: false }).last().fill(name);
  await secretary.getByLabel('Sähköpostiosoite').fill(email);
  await secretary.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(secretary.getByRole('rowheader', { name })).toBeVisible();
  await sections.getByRole('link', { name: 'Ryhmä' }).click();
  await secretary.getByRole('link', { name: 'Lähtevät viestit' }).click();
  const message = secretary.locator('.outbox__item').filter({ hasText: email }).first();
  await expect(message).toContainText(`Tervetuloa Elinvoimaan: ${VESANTO}`);
  await expect(message).toContainText('Ei lähetetty');
  const text = await messageTo(secretary, email);
  expect(text).toContain(`Hei ${name},`);
  if (testInfo) await expectAccessible(secretary, testInfo, 'outbox-sign-in-invitation');
  await secretary.context().close();
  return linkIn(text);
}

async function setPassword(page: Page, link: string, password: string): Promise<void> {
  await page.goto(link);
  await page.getByLabel('Uusi salasana').fill(password);
  await page.getByRole('button', { name: 'Tallenna salasana' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
}

async function signInWith(page: Page, email: string, password: string): Promise<void> {
  if (!page.url().endsWith('/kirjaudu')) await page.goto('/kirjaudu');
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana').fill(password);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Ajankohtaista' })).toBeVisible();
}

test('a new member opens the invitation, sets a password and signs in; a reset later ends the old sessions', async ({
  browser,
}, testInfo) => {
  const person = { name: 'Liisa Laakso', email: 'liisa.laakso@vesanto.example' };
  const link = await invite(browser, person.name, person.email, testInfo);

  // The person opens the link in their own browser, without being signed in.
  const first = await newBrowser(browser);
  await first.goto(link);
  await expect(first.getByRole('heading', { level: 1, name: 'Tervetuloa – aseta salasana' })).toBeVisible();
  await expectAccessible(first, testInfo, 'set-password');
  await first.getByLabel('Uusi salasana').fill('salasana1234');
  await first.getByRole('button', { name: 'Tallenna salasana' }).click();
  await expect(first.getByText('Salasana on liian yleinen tai helppo arvata.')).toBeVisible();
  await expect(first.getByLabel('Uusi salasana')).toBeFocused();
  await expectAccessible(first, testInfo, 'set-password-refused');
  await first.getByLabel('Näytä salasana').check();
  await expect(first.getByLabel('Uusi salasana')).toHaveAttribute('type', 'text');
  await first.getByLabel('Uusi salasana').fill('kesäilta järven rannalla');
  await first.getByRole('button', { name: 'Tallenna salasana' }).click();

  await expect(first.getByText('Salasana on tallennettu. Kirjaudu sisään uudella salasanalla.')).toBeVisible();
  await expect(first.getByLabel('Sähköpostiosoite')).toHaveValue(person.email);
  await first.getByLabel('Salasana').fill('kesäilta järven rannalla');
  await first.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(first.getByRole('heading', { level: 1, name: 'Ajankohtaista' })).toBeVisible();
  await openGroup(first);
  await expect(first.getByText('Roolisi ryhmässä: jäsen')).toBeVisible();

  // The link worked once.
  const again = await newBrowser(browser);
  await again.goto(link);
  await expect(again.getByText('Linkki on jo käytetty.')).toBeVisible();

  // Later, on another device: "forgot password".
  await again.goto('/kirjaudu');
  await again.getByRole('link', { name: 'Unohtuiko salasana?' }).click();
  await expect(again.getByRole('heading', { level: 1, name: 'Unohtuiko salasana?' })).toBeVisible();
  await again.getByLabel('Sähköpostiosoite').fill(person.email);
  await again.getByRole('button', { name: 'Lähetä linkki' }).click();
  await expect(again.getByRole('status')).toContainText(`Jos osoitteella ${person.email} on tunnus`);
  await expectAccessible(again, testInfo, 'forgot-password-sent');

  // Without a mail server the reset link waits where only an organization admin sees it.
  const admin = await newBrowser(browser);
  await signIn(admin, COORDINATOR);
  await admin.goto('/oma-sivu');
  await admin.getByRole('link', { name: 'Salasanaviestit (ylläpito)' }).click();
  await expect(admin.getByRole('heading', { level: 1, name: 'Salasanaviestit' })).toBeVisible();
  const resetLink = linkIn(await messageTo(admin, person.email));
  await expectAccessible(admin, testInfo, 'held-password-mail');

  await again.goto(resetLink);
  await expect(again.getByRole('heading', { level: 1, name: 'Valitse uusi salasana' })).toBeVisible();
  await setPassword(again, resetLink, 'syksyn kokoukset alkavat taas');
  await signInWith(again, person.email, 'syksyn kokoukset alkavat taas');

  // The browser signed in before the reset is signed out.
  await first.reload();
  await expect(first.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await first.getByLabel('Sähköpostiosoite').fill(person.email);
  await first.getByLabel('Salasana').fill('kesäilta järven rannalla');
  await first.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(first.getByRole('alert')).toContainText('Sähköpostiosoite tai salasana on väärin.');
});

test('the own page changes the password with the current one and ends another session', async ({
  browser,
}, testInfo) => {
  const person = { name: 'Ville Väisänen', email: 'ville.vaisanen@vesanto.example' };
  const link = await invite(browser, person.name, person.email);
  const phone = await newBrowser(browser);
  await setPassword(phone, link, 'kuusi kuukautta kokouksia');
  await signInWith(phone, person.email, 'kuusi kuukautta kokouksia');
  const laptop = await newBrowser(browser);
  await signInWith(laptop, person.email, 'kuusi kuukautta kokouksia');

  await laptop.getByRole('link', { name: new RegExp(person.name) }).click();
  await expect(laptop.getByRole('heading', { level: 1, name: 'Oma sivu' })).toBeVisible();
  const sessions = laptop.getByRole('list', { name: 'Voimassa olevat kirjautumiset' }).getByRole('listitem');
  await expect(sessions.locator('.session-list__device')).toHaveText(['Tämä laite', 'Muu laite']);
  await expectAccessible(laptop, testInfo, 'profile-security');
  await laptop.setViewportSize({ width: 390, height: 844 });
  await expect.poll(() => laptop.evaluate(() => document.documentElement.scrollWidth)).toBe(390);
  await laptop.screenshot({ path: testInfo.outputPath('profile-security-390.png'), fullPage: true });
  await laptop.setViewportSize({ width: 1280, height: 720 });

  // A wrong current password is refused at its field, which gets the focus.
  await laptop.getByLabel('Nykyinen salasana').fill('väärä salasana');
  await laptop.getByLabel('Uusi salasana').fill('talven teemakokous asumisesta');
  await laptop.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(laptop.getByText('Nykyinen salasana on väärin.')).toBeVisible();
  await expect(laptop.getByLabel('Nykyinen salasana')).toBeFocused();

  await laptop.getByLabel('Nykyinen salasana').fill('kuusi kuukautta kokouksia');
  await laptop.getByLabel('Uusi salasana').fill('talven teemakokous asumisesta');
  await laptop.getByRole('button', { name: 'Vaihda salasana' }).click();
  await expect(laptop.getByText('Salasana vaihdettu. Muut kirjautumiset on päätetty.')).toBeVisible();
  await expect(sessions.locator('.session-list__device')).toHaveText(['Tämä laite']);
  await expect(laptop.getByText('Olet kirjautuneena vain tällä laitteella.')).toBeVisible();

  // This device stays signed in; the phone is signed out.
  await laptop.reload();
  await expect(laptop.getByRole('heading', { level: 1, name: 'Oma sivu' })).toBeVisible();
  await phone.reload();
  await expect(phone.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();

  // Signed in on the phone again, then ended from the laptop.
  await signInWith(phone, person.email, 'talven teemakokous asumisesta');
  await laptop.reload();
  await laptop.getByRole('button', { name: /^Päätä – kirjautunut/ }).click();
  await expect(laptop.getByRole('status').filter({ hasText: 'Kirjautuminen päätetty.' })).toBeVisible();
  await phone.reload();
  await expect(phone.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
});
