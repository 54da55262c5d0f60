import { expect, test } from './fixtures';
import { DEMO, expectAccessible, openGroup, PASSWORD, signIn } from './support';

const VESANTO = 'Vesannon elinvoimaryhmä';

test('the sign-in page is accessible and explains a wrong password', async ({ page }, testInfo) => {
  await page.goto('/');
  await expect(page).toHaveURL(/\/kirjaudu/);
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expectAccessible(page, testInfo, 'sign-in');
  await page.getByLabel('Sähköpostiosoite').fill(DEMO.member);
  await page.getByLabel('Salasana').fill('väärä salasana');
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByRole('alert')).toContainText('Sähköpostiosoite tai salasana on väärin.');
  await expectAccessible(page, testInfo, 'sign-in-error');
});

for (const [role, email, roleName] of [
  ['chair', DEMO.chair, 'puheenjohtaja'],
  ['secretary', DEMO.secretary, 'sihteeri'],
  ['member', DEMO.member, 'jäsen'],
] as const) {
  test(`the ${role} signs in to the start page, and sees the group page and its members in Finnish`, async ({
    page,
  }, testInfo) => {
    await signIn(page, email);
    await expect(page.getByRole('heading', { level: 1, name: 'Ajankohtaista' })).toBeVisible();
    await expect(page.getByRole('heading', { level: 2, name: 'Seuraavat kokoukset' })).toBeVisible();
    await expectAccessible(page, testInfo, `start-${role}`);
    await openGroup(page);
    await expect(page.getByText(`Roolisi ryhmässä: ${roleName}`)).toBeVisible();
    await expect(page).toHaveTitle(`${VESANTO} – Elinvoima`);
    await expectAccessible(page, testInfo, `group-${role}`);
    await page.getByRole('navigation', { name: 'Päävalikko' }).getByRole('link', { name: 'Jäsenet' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Jäsenet' })).toBeVisible();
    await expect(page.getByRole('rowheader', { name: 'Sanna Kettunen' })).toBeVisible();
    await expect(page).toHaveTitle(`Jäsenet – ${VESANTO} – Elinvoima`);
    await expectAccessible(page, testInfo, `members-${role}`);
  });
}

test("a member of another group sees their own group and nothing of Vesanto's", async ({ page }, testInfo) => {
  await signIn(page, DEMO.member);
  const vesantoUrl = `/ryhmat/${await openGroup(page)}/jasenet`;
  await page.getByRole('button', { name: 'Kirjaudu ulos' }).click();
  await expect(page).toHaveURL(/\/kirjaudu/);
  // Signed out in place, without a reload.
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();

  await signIn(page, DEMO.outsider);
  await openGroup(page, 'Tervon elinvoimaryhmä');
  await page.goto(vesantoUrl);
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
  await expect(page.getByText('Sanna Kettunen')).toHaveCount(0);
  await expectAccessible(page, testInfo, 'not-found');
});

test('switching to English is remembered after a reload', async ({ page }, testInfo) => {
  await signIn(page, DEMO.member);
  await page.goto(`/ryhmat/${await openGroup(page)}/jasenet`);
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Members' })).toBeVisible();
  await expect(page.getByText('Your role in the group: member')).toBeVisible();
  await expectAccessible(page, testInfo, 'group-english');
  await page.getByRole('button', { name: 'suomi' }).click();
  await expect(page.getByRole('heading', { name: 'Jäsenet' })).toBeVisible();
});

test('signing in works with the keyboard alone', async ({ page }) => {
  await page.goto('/kirjaudu');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  // Past the two language buttons to the email field.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
  await expect(page.getByLabel('Sähköpostiosoite')).toBeFocused();
  await page.keyboard.type(DEMO.secretary);
  await page.keyboard.press('Tab');
  await page.keyboard.type(PASSWORD);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Ajankohtaista' })).toBeVisible();
  // The skip link is the first stop and leads to the content.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Siirry sisältöön' })).toBeFocused();
});

test('the secretary adds a member, who appears in the list', async ({ page }, testInfo) => {
  await signIn(page, DEMO.secretary);
  await page.goto(`/ryhmat/${await openGroup(page)}/jasenet`);
  await page.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(page.getByText('Pakollinen tieto.').first()).toBeVisible();
  await page.getByLabel('Nimi', { exact: false }).last().fill('Mikko Uusitalo');
  await page.getByLabel('Sähköpostiosoite').fill('mikko.uusitalo@vesanto.example');
  await page.getByRole('button', { name: 'Lisää jäsen' }).click();
  await expect(page.getByRole('rowheader', { name: 'Mikko Uusitalo' })).toBeVisible();
  await expectAccessible(page, testInfo, 'group-secretary-added');
});

test('the member cannot manage members', async ({ page }) => {
  await signIn(page, DEMO.member);
  await page.goto(`/ryhmat/${await openGroup(page)}/jasenet`);
  await expect(page.getByRole('heading', { name: 'Jäsenet' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Lisää jäsen' })).toHaveCount(0);
  await expect(page.getByRole('combobox')).toHaveCount(0);
});

test("the own page and the group's sections are accessible; sections still to come are not offered", async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.chair);
  await page.getByRole('link', { name: /Marja Hakkarainen/ }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Oma sivu' })).toBeVisible();
  await expect(page.getByRole('link', { name: VESANTO })).toBeVisible();
  await expectAccessible(page, testInfo, 'profile');
  await page.getByRole('link', { name: VESANTO }).click();
  const sections = page.getByRole('navigation', { name: 'Päävalikko' });
  await sections.getByRole('link', { name: 'Kokoukset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
  await expectAccessible(page, testInfo, 'meetings');
  await expect(sections.getByRole('link')).toHaveText(['Ryhmä', 'Kokoukset', 'Jäsenet']);
});

test('robots.txt is a real one: crawlers may see the sign-in page, never the API or files', async ({ request }) => {
  const res = await request.get('/robots.txt');
  expect(res.status()).toBe(200);
  expect(res.headers()['content-type']).toMatch(/^text\/plain/);
  const robots = await res.text();
  expect(robots).toMatch(/^User-agent: \*$/m);
  for (const path of ['/graphql', '/calendar', '/attachments']) expect(robots).toContain(`Disallow: ${path}\n`);
  expect(robots).not.toMatch(/^Disallow: \/$/m);
});

test('the accessibility statement is open to anyone and linked from every page', async ({ page }, testInfo) => {
  await page.goto('/kirjaudu');
  await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await expect(page).toHaveURL(/\/saavutettavuus$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
  await expect(page.getByText('täyttää WCAG 2.1 -ohjeiden A- ja AA-tason vaatimukset osittain')).toBeVisible();
  // The deployment's own address, from PUBLIC_URL's host unless configured.
  await expect(page.getByRole('link', { name: /^saavutettavuus@localhost$/ })).toHaveAttribute(
    'href',
    'mailto:saavutettavuus@localhost',
  );
  await expect(page.getByRole('link', { name: 'saavutettavuus@traficom.fi' })).toBeVisible();
  await expectAccessible(page, testInfo, 'accessibility-statement');
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accessibility statement' })).toBeVisible();
  await expect(page.getByText('Finnish Transport and Communications Agency Traficom')).toBeVisible();
  await page.getByRole('button', { name: 'suomi' }).click();

  await signIn(page, DEMO.member);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
  // Signed in, the statement sits in the app's own frame.
  await expect(page.getByRole('button', { name: 'Kirjaudu ulos' })).toBeVisible();
  await expectAccessible(page, testInfo, 'accessibility-statement-signed-in');
});
