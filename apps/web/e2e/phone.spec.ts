import type { Page, TestInfo } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO, draftMeeting, expectAccessible, openGroup, signIn } from './support';

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
    // A heading's word broken in two reads as two words; a hyphen is a fair place to break.
    for (const heading of document.body.querySelectorAll('h1, h2, h3')) {
      const walker = document.createTreeWalker(heading, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        for (const word of node.textContent!.matchAll(/[^\s\-–]+/g)) {
          const range = document.createRange();
          range.setStart(node, word.index);
          range.setEnd(node, word.index + word[0].length);
          const lines = new Set([...range.getClientRects()].map((rect) => Math.round(rect.top)));
          if (lines.size > 1) problems.push(`${describe(heading)} breaks the word "${word[0]}"`);
        }
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

/** Sign-in lands on the start page, across the person's groups. */
async function expectStartPage(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Ajankohtaista' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Seuraavat kokoukset' })).toBeVisible();
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
  await page.goto('/saavutettavuus');
  await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'saavutettavuus@traficom.fi' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'statement-signed-out');
});

test('the compact header opens a menu with the group switcher and the sections, and closes on Escape', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.member);
  await expectStartPage(page);
  const header = page.locator('.app-header');
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(70);
  await openGroup(page, VESANTO);
  expect((await header.boundingBox())!.height).toBeLessThanOrEqual(70);
  const sections = page.getByRole('navigation', { name: 'Päävalikko' });
  await expect(sections).toBeHidden();
  const menu = page.getByRole('button', { name: 'Valikko' });
  await expect(menu).toHaveAttribute('aria-expanded', 'false');

  await menu.click();
  await expect(menu).toHaveAttribute('aria-expanded', 'true');
  await expect(sections.getByRole('link')).toHaveText(['Ryhmä', 'Kokoukset', 'Jäsenet']);
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
  await expectStartPage(page);
  await expectFitsPhone(page, testInfo, 'start-secretary');
  await expectAccessible(page, testInfo, 'phone-start-secretary');
  const group = `/ryhmat/${await openGroup(page, VESANTO)}`;
  await expect(page.getByRole('navigation', { name: 'Ryhmän työkalut' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'group-secretary');
  await expectAccessible(page, testInfo, 'phone-group-secretary');

  // The roster's tab: the member list stacks into one card per person, the form to add one below it.
  await page.goto(`${group}/jasenet`);
  await expect(page.getByRole('heading', { level: 1, name: 'Jäsenet' })).toBeVisible();
  const sanna = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Sanna Kettunen' }) });
  const name = (await sanna.getByRole('rowheader').boundingBox())!;
  const email = (await sanna.getByRole('link', { name: /@vesanto\.example$/ }).boundingBox())!;
  expect(email.y).toBeGreaterThanOrEqual(name.y + name.height);
  await expect(page.getByRole('button', { name: 'Lisää jäsen' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'members-secretary');
  await expectAccessible(page, testInfo, 'phone-members-secretary');
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
  // Back on the start page, the meeting is next.
  await page.goto('/');
  await expect(
    page.getByRole('region', { name: 'Seuraavat kokoukset' }).getByRole('article', { name: 'Kokous puhelimella' }),
  ).toBeVisible();
  await expectFitsPhone(page, testInfo, 'start-secretary-next');

  await page.goto(`${group}/kausi`);
  await page.getByRole('button', { name: 'Näytä ehdotukset' }).click();
  await expect(page.getByRole('group', { name: /klo 14\.00/ }).first()).toBeVisible();
  await expectFitsPhone(page, testInfo, 'season-planner');

  // The outbox: each held message a card, with what became of it and its downloads.
  await page.goto(`${group}/lahtevat`);
  await expect(page.getByRole('heading', { level: 1, name: 'Lähtevät viestit' })).toBeVisible();
  const held = page
    .locator('.outbox__item')
    .filter({ hasText: /Kokouskutsu: Kokous puhelimella/ })
    .first();
  await expect(held).toContainText('Ei lähetetty, koska palvelulla ei ole sähköpostipalvelinta.');
  await expect(held.getByRole('link', { name: /^Lataa viesti \(\.eml\)/ })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'outbox');
  await expectAccessible(page, testInfo, 'phone-outbox');
  await held.locator('summary').click();
  await expect(held.locator('.outbox__body')).toBeVisible();
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
  await expectStartPage(page);
  await expectFitsPhone(page, testInfo, 'start-member');
  await expectAccessible(page, testInfo, 'phone-start-member');
  const group = `/ryhmat/${await openGroup(page, VESANTO)}`;
  await expectFitsPhone(page, testInfo, 'group-member');
  await page.goto(`${group}/jasenet`);
  await expect(page.getByRole('rowheader', { name: 'Sanna Kettunen' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'members-member');

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

  await page.getByRole('contentinfo').getByRole('link', { name: 'Saavutettavuusseloste' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saavutettavuusseloste' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Valikko' })).toBeVisible();
  await expectFitsPhone(page, testInfo, 'statement-signed-in');
});
