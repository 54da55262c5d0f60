import { expect, test } from './fixtures';
import { DEMO, draftMeeting, expectAccessible, gql, openGroup, signIn } from './support';

test.describe.configure({ mode: 'serial' });

let meetingPath = '';

test('the secretary takes attendance by keyboard, with a guest and a disqualified member', async ({
  page,
}, testInfo) => {
  await signIn(page, DEMO.secretary);
  await openGroup(page);
  meetingPath = await draftMeeting(page, 'Läsnäolon kokous', 2, [
    'Kokouksen avaus',
    'Future Savo -hanke',
    'Muut asiat',
  ]);
  const meetingId = meetingPath.split('/').pop()!;
  const { meeting } = await gql<{ meeting: { version: number } }>(
    page,
    `query($id: ID!) { meeting(id: $id) { version } }`,
    {
      id: meetingId,
    },
  );
  await gql(page, `mutation($input: PublishAgendaInput!) { publishAgenda(input: $input) { id } }`, {
    input: { meetingId, version: meeting.version },
  });

  await page.goto(meetingPath);
  await page.getByRole('link', { name: 'Merkitse läsnäolo' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Läsnäolo' })).toBeVisible();
  const quorum = page.getByRole('region', { name: 'Päätösvaltaisuus' });
  await expect(quorum.getByText(/Kokous ei ole päätösvaltainen: läsnä 0\//)).toBeVisible();

  // By keyboard: the first member's radio group takes "present" with Space, the next ones by Tab.
  const members = page.locator('fieldset.attendance-member');
  const count = await members.count();
  expect(count).toBeGreaterThan(3);
  for (let i = 0; i < count - 1; i++) {
    await members.nth(i).getByRole('radio', { name: 'Läsnä' }).focus();
    await page.keyboard.press('Space');
    await expect(members.nth(i).getByRole('radio', { name: 'Läsnä' })).toBeChecked();
  }
  // Arrow keys move within a radio group: present → absent → excused.
  await members
    .nth(count - 1)
    .getByRole('radio', { name: 'Läsnä' })
    .focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(members.nth(count - 1).getByRole('radio', { name: 'Estynyt' })).toBeChecked();
  // The second member came at § 2.
  await members.nth(1).getByLabel('Saapui').selectOption({ label: '§ 2 Future Savo -hanke' });
  await expect(quorum.getByText(`Kokous on päätösvaltainen: läsnä ${count - 1}/${count}`)).toBeVisible();

  await page.getByRole('button', { name: 'Tallenna läsnäolo' }).click();
  await expect(page.getByRole('status').getByText('Läsnäolo tallennettu.')).toBeVisible();

  const guestForm = page.locator('form', { has: page.getByRole('button', { name: 'Lisää vieras' }) });
  await guestForm.getByLabel('Nimi').fill('Pia Kuosmanen');
  await guestForm.getByLabel('Organisaatio').fill('SavoGrow');
  await guestForm.getByLabel('Rooli').selectOption({ label: 'Esittelijä' });
  await guestForm.getByRole('button', { name: 'Lisää vieras' }).click();
  await expect(page.getByRole('status').getByText('Vieras lisätty.')).toBeVisible();
  await expect(page.getByText('Pia Kuosmanen, SavoGrow (Esittelijä)')).toBeVisible();

  const disqualifyForm = page.locator('form', { has: page.getByRole('button', { name: 'Merkitse esteelliseksi' }) });
  const disqualified = (await members.nth(2).locator('legend').innerText()).replace(/\s*\(.*\)$/, '');
  await disqualifyForm.getByRole('combobox', { name: 'Jäsen', exact: true }).selectOption({ label: disqualified });
  await disqualifyForm
    .getByRole('combobox', { name: 'Asia', exact: true })
    .selectOption({ label: '§ 2 Future Savo -hanke' });
  await disqualifyForm.getByLabel('Peruste').fill('Hankkeen hakijan hallituksen jäsen');
  await disqualifyForm.getByRole('button', { name: 'Merkitse esteelliseksi' }).click();
  await expect(page.getByRole('status').getByText('Esteellisyys merkitty.')).toBeVisible();
  await expect(page.getByText(`${disqualified} on esteellinen asiassa § 2 Future Savo -hanke`)).toBeVisible();
  // § 2 counts one member fewer.
  await expect(quorum.getByText(new RegExp(`§ 2 Future Savo -hanke: läsnä ${count - 2}/${count - 1}`))).toBeVisible();
  await expectAccessible(page, testInfo, 'attendance');

  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('attendance-phone.png'), fullPage: true });
  const width = await page.evaluate(() => document.scrollingElement!.scrollWidth);
  expect(width).toBeLessThanOrEqual(390);
});

test('a member reads the recorded attendance and quorum on the meeting page', async ({ page }, testInfo) => {
  await signIn(page, DEMO.member);
  await page.goto(meetingPath);
  const section = page.getByRole('region', { name: 'Läsnäolo' });
  await expect(section.getByText(/Kokous on päätösvaltainen/)).toBeVisible();
  await expect(section.getByText('Pia Kuosmanen, SavoGrow (Esittelijä)')).toBeVisible();
  await expect(section.getByText(/on esteellinen asiassa § 2/)).toBeVisible();
  await expect(section.getByRole('link', { name: 'Merkitse läsnäolo' })).toHaveCount(0);
  await expectAccessible(page, testInfo, 'meeting-attendance-member');
  await page.setViewportSize({ width: 390, height: 844 });
  await page.screenshot({ path: testInfo.outputPath('meeting-attendance-phone.png'), fullPage: true });
  expect(await page.evaluate(() => document.scrollingElement!.scrollWidth)).toBeLessThanOrEqual(390);
});
