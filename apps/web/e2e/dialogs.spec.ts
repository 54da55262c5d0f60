import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { DEMO, draftMeeting, expectAccessible, gql, openGroup, signIn } from './support';

async function agendaTitles(page: Page): Promise<string[]> {
  return page.locator('.agenda-item__title').allInnerTexts();
}

test('publishing asks in the app’s own dialog how many get the invitation; cancelling changes nothing', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.secretary);
  // The invitation goes to everyone on the group's roster.
  await page.goto(`/ryhmat/${await openGroup(page)}/jasenet`);
  await expect(page.getByRole('heading', { level: 1, name: 'Jäsenet' })).toBeVisible();
  const members = await page.getByRole('rowheader').count();
  expect(members).toBeGreaterThan(1);
  const future = await draftMeeting(page, 'Syksyn suunnittelukokous', 30, ['Kokouksen avaus']);
  const past = await draftMeeting(page, 'Unohtunut kokous', -3, ['Kokouksen avaus']);
  // A browser dialog would fail the test: the app asks in its own.
  page.on('dialog', (dialog) => {
    throw new Error(`a browser dialog: ${dialog.message()}`);
  });

  await page.goto(future);
  const publish = page.getByRole('button', { name: 'Julkaise esityslista' });
  await publish.click();
  const dialog = page.getByRole('dialog', { name: 'Julkaistaanko esityslista?' });
  await expect(dialog).toContainText(`Kokouskutsu lähtee ${members} jäsenelle.`);
  await expect(dialog).not.toContainText('Kokous on jo mennyt');
  await expectAccessible(page, testInfo, 'publish-dialog');

  // Cancel, then Escape: nothing is published and the focus is back on the button.
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(dialog).toBeHidden();
  await expect(publish).toBeFocused();
  await publish.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(publish).toBeFocused();
  await page.reload();
  await expect(page.getByText('Esityslista on luonnos')).toBeVisible();
  await expect(publish).toBeVisible();

  await publish.click();
  await dialog.getByRole('button', { name: 'Julkaise', exact: true }).click();
  await expect(page.getByText('Esityslista julkaistu.')).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: 'Syksyn suunnittelukokous' })).toBeFocused();
  await expect(publish).toHaveCount(0);

  // A meeting already over is published only after a warning.
  await page.goto(past);
  await publish.click();
  await expect(dialog).toContainText('Kokous on jo mennyt');
  await dialog.getByRole('button', { name: 'Julkaise', exact: true }).click();
  await expect(page.getByText('Esityslista julkaistu.')).toBeVisible();
});

test('removing an item asks first, cancelling keeps it, and the focus stays in the agenda', async ({ page }) => {
  await signIn(page, DEMO.secretary);
  await openGroup(page);
  await page.goto(await draftMeeting(page, 'Poistokokeilu', 40, ['Pysyvä asia', 'Poistettava asia']));
  const remove = page.getByRole('button', { name: 'Poista asia Poistettava asia' });
  await remove.click();
  const dialog = page.getByRole('dialog', { name: 'Poistetaanko asia?' });
  await expect(dialog).toContainText('Asia ”Poistettava asia” liitteineen poistetaan esityslistalta.');
  // A destructive choice: the focus starts on the safe one.
  await expect(dialog.getByRole('button', { name: 'Peruuta' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(remove).toBeFocused();
  expect(await agendaTitles(page)).toEqual(['§ 1 Pysyvä asia', '§ 2 Poistettava asia']);

  await remove.click();
  await dialog.getByRole('button', { name: 'Poista asia', exact: true }).click();
  await expect.poll(() => agendaTitles(page)).toEqual(['§ 1 Pysyvä asia']);
  // The removed item's button is gone: the focus is on the item that was before it.
  await expect(page.getByRole('heading', { name: '§ 1 Pysyvä asia' })).toBeFocused();
});

test('after adding an item the focus is on its title', async ({ page }) => {
  await signIn(page, DEMO.secretary);
  await openGroup(page);
  await page.goto(await draftMeeting(page, 'Fokuskokeilu', 45, ['Kokouksen avaus']));
  const add = page.getByRole('region', { name: 'Lisää asia' });
  await add.getByLabel('Otsikko').fill('Kirjaston aukioloajat');
  await add.getByRole('button', { name: 'Lisää asia' }).click();
  const title = page.getByRole('heading', { name: '§ 2 Kirjaston aukioloajat' });
  await expect(title).toBeFocused();
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('§ 2 Kirjaston aukioloajat');
  // The keyboard goes on from there: the item's own buttons are next.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name: 'Muokkaa asiaa § 2 Kirjaston aukioloajat' })).toBeFocused();
});

test('a long drag carries the last item to § 1, scrolling the window on the way', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await signIn(page, DEMO.secretary);
  await openGroup(page);
  const titles = Array.from({ length: 14 }, (_, i) => `Asia numero ${i + 1}`);
  await page.goto(await draftMeeting(page, 'Pitkä esityslista', 50, titles));
  const items = page.getByTestId('agenda-item');
  await expect(items).toHaveCount(14);
  expect(await page.evaluate(() => document.documentElement.scrollHeight > 2 * window.innerHeight)).toBe(true);

  const last = items.last();
  await last.scrollIntoViewIfNeeded();
  const from = (await last.boundingBox())!;
  expect(
    await items
      .first()
      .boundingBox()
      .then((box) => box!.y + box!.height),
  ).toBeLessThan(0);
  await page.mouse.move(from.x + 40, from.y + 12);
  await page.mouse.down();
  await page.mouse.move(from.x + 40, from.y - 20, { steps: 4 });
  // Held near the window's top (not at the very edge, where Chromium itself would scroll), the page scrolls up to § 1.
  await page.mouse.move(from.x + 40, 60, { steps: 10 });
  // Chromium drops a drag-over that comes while the one before is still being handled, so on a busy
  // machine the last step may never arrive: the pointer stays there until the page has felt it.
  const before = await page.evaluate(() => window.scrollY);
  await expect
    .poll(async () => {
      await page.mouse.move(from.x + 40, 60);
      return page.evaluate(() => window.scrollY);
    })
    .toBeLessThan(before);
  // From then on no event comes while the pointer rests: the page goes on scrolling by itself.
  await expect.poll(() => page.evaluate(() => window.scrollY), { timeout: 10_000 }).toBe(0);
  // The drop goes where the last drag-over was felt, so the pointer rests on § 1 until the page has felt it
  // there: on its title, above the window's bottom edge, where holding it would scroll the page down again.
  await page.evaluate(() => {
    document.addEventListener('dragover', (event) => {
      const item = (event.target as Element).closest('[data-testid="agenda-item"]');
      (window as unknown as { draggedOver: string }).draggedOver =
        item?.querySelector('.agenda-item__title')?.textContent ?? '';
    });
  });
  const to = (await items.first().boundingBox())!;
  // Out of the bottom 100 px of the 720 px window, where the page itself scrolls a dragged item down.
  expect(to.y + 12).toBeLessThan(720 - 100);
  await page.mouse.move(to.x + 40, to.y + 12, { steps: 4 });
  await expect
    .poll(async () => {
      await page.mouse.move(to.x + 40, to.y + 12);
      return page.evaluate(() => (window as unknown as { draggedOver?: string }).draggedOver);
    })
    .toBe('§ 1 Asia numero 1');
  await page.mouse.up();

  await expect
    .poll(() => agendaTitles(page))
    .toEqual(['§ 1 Asia numero 14', ...titles.slice(0, 13).map((title, i) => `§ ${i + 2} ${title}`)]);
  // The move buttons are still there for those who do not drag.
  await expect(page.getByRole('button', { name: 'Siirrä alas: Asia numero 14' })).toBeEnabled();
});

test('ending a membership asks first, and the focus comes back to the button', async ({ page }) => {
  await signIn(page, DEMO.secretary);
  const groupId = await openGroup(page);
  await gql(page, `mutation ($input: AddMemberInput!) { addMember(input: $input) { id } }`, {
    input: { groupId, email: 'veikko.valiaikainen@vesanto.example', name: 'Veikko Väliaikainen', role: 'MEMBER' },
  });
  await page.goto(`/ryhmat/${groupId}/jasenet`);

  const end = page.getByRole('button', { name: 'Päätä henkilön Veikko Väliaikainen jäsenyys' });
  await end.click();
  const dialog = page.getByRole('dialog', { name: 'Päätetäänkö henkilön Veikko Väliaikainen jäsenyys tänään?' });
  await expect(dialog).toContainText('Hän ei enää näe ryhmän kokouksia eikä saa kutsuja.');
  await dialog.getByRole('button', { name: 'Peruuta' }).click();
  await expect(end).toBeFocused();
  await expect(page.getByRole('status')).toHaveText('');

  // The membership counts to the end of today, so the row stays and so does the focus.
  await end.click();
  await dialog.getByRole('button', { name: 'Päätä jäsenyys' }).click();
  await expect(page.getByRole('status')).toHaveText('Jäsenyys päätetty: Veikko Väliaikainen.');
  await expect(end).toBeFocused();
});
