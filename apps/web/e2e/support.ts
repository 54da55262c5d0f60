import AxeBuilder from '@axe-core/playwright';
import { expect, type Page, type TestInfo } from '@playwright/test';

export const PASSWORD = 'elinvoima-demo';
export const DEMO = {
  chair: 'puheenjohtaja@vesanto.example',
  secretary: 'sihteeri@vesanto.example',
  member: 'jasen@vesanto.example',
  outsider: 'jasen@tervo.example',
} as const;

export async function signIn(page: Page, email: string): Promise<void> {
  await page.goto('/kirjaudu');
  await page.getByLabel('Sähköpostiosoite').fill(email);
  await page.getByLabel('Salasana').fill(PASSWORD);
  await page.getByRole('button', { name: 'Kirjaudu' }).click();
  await expect(page.getByRole('heading', { level: 1 })).not.toHaveText('Kirjaudu sisään');
}

/**
 * Opens a group's first view by its address, as a bookmark would: sign-in lands on the start page,
 * and the header's group switcher has tests of its own. Returns the group's id.
 */
export async function openGroup(page: Page, name = 'Vesannon elinvoimaryhmä'): Promise<string> {
  const res = await page.request.post('/graphql', { data: { query: '{ myGroups { id name } }' } });
  const groups: { id: string; name: string }[] = (await res.json()).data.myGroups;
  const id = groups.find((group) => group.name === name)!.id;
  await page.goto(`/ryhmat/${id}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  return id;
}

/** Runs axe on the page as it is: no serious or critical WCAG 2.1 A/AA violation may remain. */
export async function expectAccessible(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`), fullPage: true });
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious = results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`);
  expect(serious, `accessibility of ${name}`).toEqual([]);
}

/** A GraphQL call in the signed-in browser's session, as the app itself makes it. */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await page.request.post('/graphql', { data: { query, variables } });
  const body = (await res.json()) as { data?: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** A new draft meeting of the secretary's group, `daysFromNow` days away (negative: past), with `items` items. */
export async function draftMeeting(
  page: Page,
  title: string,
  daysFromNow: number,
  items: string[] = [],
): Promise<string> {
  const groupId = /\/ryhmat\/([^/?#]+)/.exec(page.url())![1];
  const startsAt = new Date(Date.now() + daysFromNow * 86_400_000);
  startsAt.setUTCHours(11, 0, 0, 0);
  const { createMeeting } = await gql<{ createMeeting: { id: string } }>(
    page,
    `mutation ($input: CreateMeetingInput!) { createMeeting(input: $input) { id } }`,
    {
      input: {
        groupId,
        title,
        kind: 'REGULAR',
        startsAt: startsAt.toISOString(),
        endsAt: new Date(startsAt.getTime() + 7_200_000).toISOString(),
        agendaSource: 'EMPTY',
      },
    },
  );
  for (const item of items) {
    await gql(page, `mutation ($input: AddAgendaItemInput!) { addAgendaItem(input: $input) { id } }`, {
      input: { meetingId: createMeeting.id, title: item },
    });
  }
  return `/ryhmat/${groupId}/kokoukset/${createMeeting.id}`;
}
