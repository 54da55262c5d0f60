import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO, draftMeeting, expectAccessible, signIn } from './support';

/**
 * Every page on a 390×844 phone: nothing scrolls sideways and nothing is cut off. Each page is
 * also saved as a full-page screenshot (test-results/…/phone-*.png) for a person to look at.
 */
test.use({ viewport: { width: 390, height: 844 } });
test.describe.configure({ mode: 'serial' });

const VESANTO = 'Vesannon elinvoimaryhmä';

/** What does not fit the screen's width: the page itself, an element reaching past its edges, or text cut off inside one. */
async function overflowOf(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const scroller = document.scrollingElement!;
    if (scroller.scrollWidth > window.innerWidth) {
      problems.push(`the page is ${scroller.scrollWidth} px wide on a ${window.innerWidth} px screen`);
    }
    const describe = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
    // Text fields scroll their own text; text for screen readers only is clipped on purpose.
    const clippedOnPurpose = (el: Element) => {
      for (let at: Element | null = el; at; at = at.parentElement) {
        if (getComputedStyle(at).clip.startsWith('rect')) return true;
      }
      return false;
    };
    for (const el of document.body.querySelectorAll('*')) {
      if (el.matches('input, textarea, select, option, .skip-link') || clippedOnPurpose(el)) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0 && box.height === 0) continue;
      if (box.right > width + 0.5 || box.left < -0.5) {
        problems.push(`${describe(el)} spans ${Math.round(box.left)}–${Math.round(box.right)} px`);
      } else if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).overflowX !== 'visible') {
        problems.push(`${describe(el)} cuts off its content (${el.scrollWidth} > ${el.clientWidth} px)`);
      } else if (el.matches('td, th, li, dd, dt') && el.scrollWidth > el.clientWidth + 1) {
        problems.push(`${describe(el)} overflows (${el.scrollWidth} > ${el.clientWidth} px)`);
      }
    }
    return problems;
  });
}

async function expectFitsPhone(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await expect(page.locator('.loading')).toHaveCount(0);
  // From the top: the sticky bar would otherwise sit in the middle of a full-page picture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: testInfo.outputPath(`phone-${name}.png`), fullPage: true });
  expect(await overflowOf(page), `${name} at 390 px`).toEqual([]);
}

function groupPath(page: Page): string {
  const match = /\/ryhmat\/[^/?#]+/.exec(page.url());
  if (!match) throw new Error(`not on a group page: ${page.url()}`);
  return match[0];
}

async function meetingPath(page: Page, group: string, title: string): Promise<string> {
  await page.goto(`${group}/kokoukset?nakyma=lista`);
  const href = await page.getByRole('link', { name: title, exact: true }).first().getAttribute('href');
  return href!;
}

test('the signed-out pages fit a phone', async ({ page }, testInfo) => {
  await page.goto('/kirjaudu');
  await expect(page.getByRole('heading', { level: 1, name: 'Kirjaudu sisään' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'sign-in');
  await page.goto('/unohtunut-salasana');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'forgot-password');
  await page.goto('/salasana');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'set-password');
});

test('the compact header opens a menu with the group switcher and the sections, and closes on Escape', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.member);
  await expect(page.getByRole('heading', { level: 1, name: VESANTO })).toBeVisible();
  const header = page.locator('.app-header');
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(70);
  const sections = page.getByRole('navigation', { name: 'Päävalikko' });
  await expect(sections).toBeHidden();
  const menu = page.getByRole('button', { name: 'Valikko' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sections.getByRole('link')).toHaveText(['Ryhmä', 'Kokoukset']);
  await expect(page.getByText('Valitse ryhmä:')).toBeAttached();
  await expect(page.getByRole('search')).toBeVisible();
  await expectFitsPhone(page, testInfo, 'menu-open');
  await expectAccessible(page, testInfo, 'phone-menu-open');

  await page.getByRole('link', { name: 'Kokoukset' }).focus();
  await page.keyboard.press('Escape');
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(menu).toBeFocused();
  await expect(sections).toBeHidden();

  // Following a link in the menu closes it.
  await menu.press('Enter');
  await sections.getByRole('link', { name: 'Kokoukset' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kokoukset' })).toBeVisible();
  await expect(menu).toHaveAttribute('aria-expanded', 'false');
  await expect(sections).toBeHidden();
});

test("every page of the secretary's fits a phone", async ({ page }, testInfo) => {
  await signIn(page, DEMO.secretary);
  await expect(page.getByRole('heading', { level: 1, name: VESANTO })).toBeVisible();
  const group = groupPath(page);
  await expect(page.getByRole('rowheader', { name: 'Sanna Kettunen' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'group-secretary');
  await expectAccessible(page, testInfo, 'phone-group-secretary');
  await page.getByRole('button', { name: 'Päätä henkilön Timo Laitinen jäsenyys' }).click();
  const ending = page.getByRole('dialog', { name: 'Päätetäänkö henkilön Timo Laitinen jäsenyys tänään?' });
  await expect(ending).toBeVisible();
  await expectFitsPhone(page, testInfo, 'end-membership-dialog');
  await ending.getByRole('button', { name: 'Peruuta' }).click();
  await expect(ending).toBeHidden();

  await page.goto(`${group}/kokoukset?nakyma=lista`);
  await expect(page.getByRole('heading', { name: 'Menneet kokoukset' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'meetings-list');
  await page.goto(`${group}/kokoukset?nakyma=kuukausi&kuukausi=2018-11`);
  await expect(page.getByRole('link', { name: /Teemakokous asumisesta/ })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'meetings-month');

  await page.goto(`${group}/kokoukset/uusi`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'new-meeting');

  const draft = await meetingPath(page, group, 'Teemakokous asumisesta');
  await page.goto(draft);
  await expect(page.getByRole('heading', { level: 1, name: 'Teemakokous asumisesta' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'meeting-secretary');
  await page.getByRole('button', { name: /^Muokkaa asiaa § 2/ }).click();
  await expect(page.getByRole('button', { name: 'Tallenna' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'meeting-item-edit');

  await page.goto(`${draft}/muokkaa`);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'edit-meeting');
  await page.goto(`${draft}/tulosta`);
  await expect(page.getByRole('heading', { level: 1, name: /ESITYSLISTA/ })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'print');

  // Publishing on a phone: the dialog, then the invitations in the outbox.
  await page.goto(await draftMeeting(page, 'Kokous puhelimella', 20, ['Kokouksen avaus']));
  await page.getByRole('button', { name: 'Julkaise esityslista' }).click();
  const publishing = page.getByRole('dialog', { name: 'Julkaistaanko esityslista?' });
  await expect(publishing).toContainText('Kokouskutsu lähtee');
  await expectFitsPhone(page, testInfo, 'publish-dialog');
  await publishing.getByRole('button', { name: 'Julkaise', exact: true }).click();
  await expect(page.getByText('Esityslista julkaistu.')).toBeVisible();
  await expectFitsPhone(page, testInfo, 'meeting-published');

  await page.goto(`${group}/kausi`);
  await page.getByRole('button', { name: 'Näytä ehdotukset' }).click();
  await expect(page.getByRole('group', { name: /klo 14\.00/ }).first()).toBeVisible();
  await expectFitsPhone(page, testInfo, 'season-planner');

  await page.goto(`${group}/lahtevat`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lähtevät viestit' })).toBeVisible();
  await expect(page.getByText(/Kokouskutsu: Kokous puhelimella/).first()).toBeVisible();
  await expectFitsPhone(page, testInfo, 'outbox');
  await page.locator('.outbox__item summary').first().click();
  await expectFitsPhone(page, testInfo, 'outbox-message');

  await page.goto('/oma-sivu');
  await expect(page.getByRole('heading', { level: 1, name: 'Oma sivu' })).toBeVisible();
  await page.getByRole('button', { name: 'Luo tilausosoite' }).click();
  await expect(page.getByLabel('Tilausosoite')).toBeVisible();
  await expectFitsPhone(page, testInfo, 'profile');

  await page.goto('/tilin-viestit');
  await expect(page.getByRole('alert').or(page.getByRole('heading', { level: 1 }))).toBeVisible();
  await expectFitsPhone(page, testInfo, 'account-mail');

  await page.goto('/haku?q=asuminen');
  await expect(page.locator('.search-result').first()).toBeVisible();
  await expectFitsPhone(page, testInfo, 'search');

  await page.goto('/ei-tallaista-sivua');
  await expect(page.getByRole('heading', { level: 1, name: 'Sivua ei löytynyt' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'not-found');
});

test("every page of the member's fits a phone", async ({ page }, testInfo) => {
  await signIn(page, DEMO.member);
  await expect(page.getByRole('heading', { level: 1, name: VESANTO })).toBeVisible();
  const group = groupPath(page);
  await expectFitsPhone(page, testInfo, 'group-member');

  await page.goto(`${group}/kokoukset?nakyma=lista`);
  await expect(page.getByRole('heading', { name: 'Menneet kokoukset' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'meetings-member');

  const published = await meetingPath(page, group, 'Toiminnan väliarviointi ja ajankohtaisia asioita');
  await page.goto(published);
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'meeting-member');
  await expectAccessible(page, testInfo, 'phone-meeting-member');
  await page.goto(`${published}/tulosta`);
  await expect(page.getByRole('heading', { level: 1, name: /ESITYSLISTA/ })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'print-member');

  await page.goto('/oma-sivu');
  await expect(page.getByRole('heading', { level: 1, name: 'Oma sivu' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'profile-member');
  await page.goto('/haku?q=kuntastrategia');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'search-member');
});
