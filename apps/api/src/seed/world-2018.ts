import { AgendaItemKind, MeetingKind, MeetingStatus } from '@elinvoima/domain';

/** Regional projects from SavoGrow's page and the slides of 19.9.2018. */
export const DEMO_PROJECTS = [
  {
    name: 'Future Savo',
    owner: 'Kehitysyhtiö SavoGrow Oy',
    managerName: 'Ville Keränen',
    description:
      'Laaja maakunnallinen kehittämishanke ”Future Savo – Tulevaisuuden Savo yritysten kiinnostavana toimintaympäristönä” tähtää maakunnan veto- ja pitovoiman nostamiseen: työvoiman saatavuus, arjen sujuvuus ja asukkaiden sitoutuminen alueeseen.',
  },
  {
    name: 'Kuntakehittämisen pilottihanke 2018–2019',
    owner: 'Kehitysyhtiö SavoGrow Oy',
    managerName: 'Olli Tiainen',
    description:
      'Hankkeessa suunnitellaan ja toteutetaan 6–8 pilottia, joiden kautta haetaan ratkaisuja toiminnan tehostamisen ja elinvoimatyön haasteisiin. SavoGrow toimii resurssikeskuksena ja kokeilevan oppimisen keskusyksikkönä.',
  },
  {
    name: 'Kohti eKuntaa',
    owner: 'Kehitysyhtiö SavoGrow Oy',
    managerName: '',
    description: 'SavoGrow’n hanke kuntien sähköisten palvelujen kehittämiseksi.',
  },
];

export interface DemoItem {
  title: string;
  kind?: AgendaItemKind;
  description?: string;
  proposal?: string;
  presenterName?: string;
  presenterOrganization?: string;
  /** A demo person's email: a member presenting. */
  presenterEmail?: string;
  project?: string;
  themes?: string[];
  plannedMinutes?: number;
}

export interface DemoMeeting {
  title: string;
  kind: MeetingKind;
  /** Helsinki date and 14.00–16.00 */
  date: string;
  status: MeetingStatus;
  themes: string[];
  items: DemoItem[];
}

const opening: DemoItem = { title: 'Kokouksen avaus', plannedMinutes: 5 };
const next: DemoItem = { title: 'Seuraava kokous', plannedMinutes: 5 };

/** Vesannon elinvoimaryhmä in 2018, from the slides of 19.9.2018. */
export const DEMO_MEETINGS_2018: DemoMeeting[] = [
  {
    title: 'Teemakokous alkutuotannosta',
    kind: MeetingKind.THEME,
    date: '2018-02-14',
    status: MeetingStatus.AGENDA_PUBLISHED,
    themes: ['alkutuotanto'],
    items: [
      opening,
      {
        title: 'Alkutuotannon tilanne Vesannolla',
        kind: AgendaItemKind.DISCUSSION,
        themes: ['alkutuotanto'],
        plannedMinutes: 60,
        description: 'Maatilojen ja metsätalouden näkymät sekä sukupolvenvaihdokset.',
      },
      next,
    ],
  },
  {
    title: 'Teemakokous yrittäjyydestä',
    kind: MeetingKind.THEME,
    date: '2018-04-18',
    status: MeetingStatus.AGENDA_PUBLISHED,
    themes: ['yrittäjyys'],
    items: [
      opening,
      {
        title: 'Yrittäjyyden edistäminen Vesannolla',
        kind: AgendaItemKind.DISCUSSION,
        themes: ['yrittäjyys'],
        plannedMinutes: 60,
        description: 'Yritysten tarpeet, toimitilat ja yritysneuvonta.',
      },
      next,
    ],
  },
  {
    title: 'Kuntastrategian seuranta',
    kind: MeetingKind.REGULAR,
    date: '2018-05-16',
    status: MeetingStatus.AGENDA_PUBLISHED,
    themes: ['kuntastrategia'],
    items: [
      opening,
      {
        title: 'Vesannon kuntastrategian toteutuminen',
        kind: AgendaItemKind.DISCUSSION,
        themes: ['kuntastrategia'],
        plannedMinutes: 60,
        description: 'Elinvoima-ajattelu, -käsite ja -työ kuntastrategian valossa.',
      },
      next,
    ],
  },
  {
    title: 'Toiminnan väliarviointi ja ajankohtaisia asioita',
    kind: MeetingKind.REVIEW,
    date: '2018-09-19',
    status: MeetingStatus.AGENDA_PUBLISHED,
    themes: [],
    items: [
      {
        title: 'Future Savo -hanke',
        kind: AgendaItemKind.INFORMATION,
        presenterName: 'Ville Keränen',
        presenterOrganization: 'Kehitysyhtiö SavoGrow Oy',
        project: 'Future Savo',
        plannedMinutes: 30,
        description:
          'Maakunnan eri puolilta löytyy runsaasti elinvoimaa ja vahvuuksia, joista meidän täytyy pystyä viestimään nykyistä paremmin. Hankkeessa parannetaan alueen **työvoiman saatavuutta**, **arjen sujuvuutta** ja **asukkaiden sitoutumista** alueeseen.',
      },
      {
        title: 'Kuntakehittämisen pilottihanke',
        kind: AgendaItemKind.INFORMATION,
        presenterName: 'Olli Tiainen',
        presenterOrganization: 'Kehitysyhtiö SavoGrow Oy',
        project: 'Kuntakehittämisen pilottihanke 2018–2019',
        plannedMinutes: 30,
        description:
          'Hankkeessa suunnitellaan ja toteutetaan **6–8 pilottia**.\n\n- Osaamis- ja resurssitarvekartoitus\n- Toimintamallien suunnittelu ja pilotointi: 10–20 pilotointikohdetta, joista 6–8 kokeillaan\n- Koulutus ja valmennus\n- Organisointimallin ja pilottien arviointi\n\nBrändäys: *Sawon Willi Länsi*.',
      },
      {
        title: 'Elinvoimaryhmän toiminnan väliarviointi ja tuleva toiminta',
        kind: AgendaItemKind.DECISION,
        presenterEmail: 'puheenjohtaja@vesanto.example',
        plannedMinutes: 45,
        description:
          'Mitä on tehty:\n\n- Elinvoima-ajatteluun, -käsitteeseen ja -työhön perehtyminen\n- Vesannon kuntastrategia ja sen seuranta\n- Teemakokoukset: alkutuotanto ja yrittäjyys\n\nMitä ja miten tehdään tulevaisuudessa:\n\n- Mitä saatu aikaan – onko saatu tarpeeksi – onko lisäarvoa?\n- Onko toimintatapa hyvä – onko parempia?\n- Miten ideat ja suunnitelmat saadaan käytäntöön?',
        proposal: 'Keskustellaan ryhmän toiminnasta ja sovitaan syksyn 2018 kokoukset.',
      },
    ],
  },
  {
    title: 'Ajankohtaisia asioita (mm. budjetti 2019)',
    kind: MeetingKind.REGULAR,
    date: '2018-10-24',
    status: MeetingStatus.AGENDA_PUBLISHED,
    themes: ['talous ja budjetti'],
    items: [
      opening,
      {
        title: 'Vesannon kunnan talousarvio 2019',
        kind: AgendaItemKind.DISCUSSION,
        themes: ['talous ja budjetti'],
        plannedMinutes: 45,
      },
      { title: 'Ajankohtaisia asioita', kind: AgendaItemKind.DISCUSSION, plannedMinutes: 30 },
      next,
    ],
  },
  {
    title: 'Teemakokous asumisesta',
    kind: MeetingKind.THEME,
    date: '2018-11-21',
    status: MeetingStatus.DRAFT,
    themes: ['asuminen'],
    items: [
      opening,
      { title: 'Asuminen Vesannolla', kind: AgendaItemKind.DISCUSSION, themes: ['asuminen'], plannedMinutes: 60 },
      next,
    ],
  },
  {
    title: 'Ajankohtaisia asioita',
    kind: MeetingKind.REGULAR,
    date: '2018-12-11',
    status: MeetingStatus.DRAFT,
    themes: [],
    items: [opening, { title: 'Ajankohtaisia asioita', kind: AgendaItemKind.DISCUSSION, plannedMinutes: 30 }, next],
  },
];
