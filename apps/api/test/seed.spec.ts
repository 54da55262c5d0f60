import { DEMO_PASSWORD } from '../src/seed/world.js';
import { MeetingDocument, MeetingsDocument, LoginDocument, MyGroupsDocument } from '@elinvoima/graphql';
import { seed } from '../src/seed/seeder.js';
import { codeOf, TestApp } from './support/test-app.js';

describe('demo world', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await TestApp.start();
    await seed(t.db, { demo: true });
    await seed(t.db, { demo: true }); // a second run changes nothing
  });
  afterAll(() => t.close());

  async function signIn(email: string): Promise<string> {
    const result = await t.gql(LoginDocument, { input: { email, password: DEMO_PASSWORD, bearer: true } });
    return result.data!.login.token!;
  }

  it("lets every demo role sign in and see Vesanto's 2018 as their role allows", async () => {
    const secretary = await signIn('sihteeri@vesanto.example');
    const member = await signIn('jasen@vesanto.example');
    const [group] = (await t.gql(MyGroupsDocument, {}, { token: secretary })).data!.myGroups;
    expect(group.name).toBe('Vesannon elinvoimaryhmä');

    const year = { groupId: group.id, from: '2018-01-01T00:00:00Z', to: '2019-01-01T00:00:00Z' };
    const all = (await t.gql(MeetingsDocument, year, { token: secretary })).data!.meetings;
    expect(all.map((m) => m.title)).toEqual([
      'Teemakokous alkutuotannosta',
      'Teemakokous yrittäjyydestä',
      'Kuntastrategian seuranta',
      'Toiminnan väliarviointi ja ajankohtaisia asioita',
      'Ajankohtaisia asioita (mm. budjetti 2019)',
      'Teemakokous asumisesta',
      'Ajankohtaisia asioita',
    ]);
    const visibleToMember = (await t.gql(MeetingsDocument, year, { token: member })).data!.meetings;
    expect(visibleToMember).toHaveLength(5);

    const september = all.find((m) => m.startsAt === '2018-09-19T11:00:00.000Z')!;
    const agenda = (await t.gql(MeetingDocument, { id: september.id }, { token: member })).data!.meeting.agenda;
    expect(agenda.map((i) => [i.number, i.title, i.presenterName ?? i.presenter?.name])).toEqual([
      ['§ 1', 'Future Savo -hanke', 'Ville Keränen'],
      ['§ 2', 'Kuntakehittämisen pilottihanke', 'Olli Tiainen'],
      ['§ 3', 'Elinvoimaryhmän toiminnan väliarviointi ja tuleva toiminta', 'Marja Hakkarainen'],
    ]);

    const outsider = await signIn('jasen@tervo.example');
    expect(codeOf(await t.gql(MeetingDocument, { id: september.id }, { token: outsider }))).toBe('NOT_FOUND');
  });
});
