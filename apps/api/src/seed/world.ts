import { GroupRole, Locale } from '@elinvoima/domain';
import { OrganizationKind } from '../organizations/organization.entity.js';

/** SavoGrow and the six municipalities that cooperate through it. Public facts, loaded into any empty database. */
export const ORGANIZATIONS = [
  { name: 'Kehitysyhtiö SavoGrow Oy', kind: OrganizationKind.DEVELOPMENT_COMPANY },
  ...['Keitele', 'Pielavesi', 'Rautalampi', 'Suonenjoki', 'Tervo', 'Vesanto'].map((name) => ({
    name,
    kind: OrganizationKind.MUNICIPALITY,
  })),
];

/** Every demo account signs in with this password (demo data only). */
export const DEMO_PASSWORD = 'elinvoima-demo';

export interface DemoPerson {
  name: string;
  email: string;
  locale?: Locale;
  isOrgAdmin?: boolean;
}

export interface DemoGroup {
  organization: string;
  name: string;
  description: string;
  members: { email: string; role: GroupRole; since: string }[];
}

/** Invented people; the groups and their work come from the seed texts. */
export const DEMO_PEOPLE: DemoPerson[] = [
  { name: 'Marja Hakkarainen', email: 'puheenjohtaja@vesanto.example' },
  { name: 'Sanna Kettunen', email: 'sihteeri@vesanto.example' },
  { name: 'Pekka Rissanen', email: 'jasen@vesanto.example' },
  { name: 'Liisa Tuovinen', email: 'liisa.tuovinen@vesanto.example' },
  { name: 'Jari Huttunen', email: 'jari.huttunen@vesanto.example' },
  { name: 'Anne Miettinen', email: 'anne.miettinen@vesanto.example', locale: Locale.EN },
  { name: 'Timo Laitinen', email: 'timo.laitinen@vesanto.example' },
  { name: 'Heli Savolainen', email: 'koordinaattori@savogrow.example', isOrgAdmin: true },
  { name: 'Kari Väisänen', email: 'puheenjohtaja@tervo.example' },
  { name: 'Outi Pirinen', email: 'jasen@tervo.example' },
];

export const DEMO_GROUPS: DemoGroup[] = [
  {
    organization: 'Vesanto',
    name: 'Vesannon elinvoimaryhmä',
    description:
      'Seuraa Vesannon kuntastrategian toteutumista ja kehittää kunnan elinvoimaa: ajankohtaisia asioita ja teemakokouksia (asuminen, yrittäjyys, alkutuotanto) yhdessä SavoGrow’n hankkeiden kanssa.',
    members: [
      { email: 'puheenjohtaja@vesanto.example', role: GroupRole.CHAIR, since: '2017-09-01' },
      { email: 'sihteeri@vesanto.example', role: GroupRole.SECRETARY, since: '2017-09-01' },
      { email: 'jasen@vesanto.example', role: GroupRole.MEMBER, since: '2017-09-01' },
      { email: 'liisa.tuovinen@vesanto.example', role: GroupRole.MEMBER, since: '2017-09-01' },
      { email: 'jari.huttunen@vesanto.example', role: GroupRole.MEMBER, since: '2017-09-01' },
      { email: 'anne.miettinen@vesanto.example', role: GroupRole.MEMBER, since: '2018-01-01' },
      { email: 'timo.laitinen@vesanto.example', role: GroupRole.MEMBER, since: '2018-01-01' },
      { email: 'koordinaattori@savogrow.example', role: GroupRole.MEMBER, since: '2017-09-01' },
    ],
  },
  {
    organization: 'Tervo',
    name: 'Tervon elinvoimaryhmä',
    description: 'Tervon kunnan elinvoimatyön ryhmä.',
    members: [
      { email: 'puheenjohtaja@tervo.example', role: GroupRole.CHAIR, since: '2018-01-01' },
      { email: 'jasen@tervo.example', role: GroupRole.MEMBER, since: '2018-01-01' },
      { email: 'koordinaattori@savogrow.example', role: GroupRole.MEMBER, since: '2018-01-01' },
    ],
  },
];
