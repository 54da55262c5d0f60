import { agendaContent, type AgendaItemSource, type AgendaSource } from './agenda-content.js';
import { Locale } from './locale.js';
import { AgendaItemKind, MeetingStatus } from './meetings.js';

const housing = { nameFi: 'Asuminen', nameEn: 'Housing' };
const item = (over: Partial<AgendaItemSource>): AgendaItemSource => ({
  position: 1,
  title: 'Kokouksen avaus',
  kind: AgendaItemKind.INFORMATION,
  plannedMinutes: null,
  presenter: null,
  presenterOrganization: null,
  project: null,
  themes: [],
  proposal: null,
  changed: false,
  attachments: [],
  ...over,
});
const source = (over: Partial<AgendaSource['meeting']> = {}, items = [item({})]): AgendaSource => ({
  meeting: {
    title: 'Teemakokous asumisesta',
    status: MeetingStatus.AGENDA_PUBLISHED,
    startsAt: new Date('2018-11-21T12:00:00Z'),
    endsAt: new Date('2018-11-21T14:00:00Z'),
    location: 'Kunnantalo',
    onlineUrl: 'https://teams.example/kokous',
    cancelReason: null,
    themes: [housing],
    ...over,
  },
  lastChangedAt: null,
  items,
});

describe('the content of an agenda', () => {
  it('gives the meeting facts with its themes, in the reader language', () => {
    expect(agendaContent(source(), Locale.FI).facts).toEqual([
      { kind: 'time', text: 'ke 21.11.2018 klo 14.00–16.00' },
      { kind: 'place', text: 'Kunnantalo' },
      { kind: 'online', text: 'https://teams.example/kokous', href: 'https://teams.example/kokous' },
      { kind: 'themes', text: 'Asuminen' },
    ]);
    expect(agendaContent(source(), Locale.EN).facts.at(-1)).toEqual({ kind: 'themes', text: 'Housing' });
  });

  it('numbers the items and gives each its planned start, duration, presenter and themes', () => {
    const content = agendaContent(
      source({}, [
        item({ plannedMinutes: 5 }),
        item({
          position: 2,
          title: 'Future Savo',
          plannedMinutes: 30,
          presenter: 'Ville Keränen',
          presenterOrganization: 'SavoGrow',
          themes: [housing],
        }),
      ]),
      Locale.FI,
    );
    expect(content.items.map((i) => [i.number, i.plannedStart, i.plannedMinutes])).toEqual([
      ['§ 1', '14.00', 5],
      ['§ 2', '14.05', 30],
    ]);
    expect(content.items[1].presenter).toBe('Ville Keränen, SavoGrow');
    expect(content.items[1].themes).toEqual(['Asuminen']);
  });

  it('shows a proposal only on a decision, and changes only on a published agenda', () => {
    const items = [
      item({ proposal: 'Ei näy', changed: true }),
      item({ position: 2, kind: AgendaItemKind.DECISION, proposal: 'Hyväksytään.' }),
    ];
    const published = agendaContent({ ...source({}, items), lastChangedAt: '2018-11-20T08:00:00Z' }, Locale.FI);
    expect(published.items.map((i) => i.proposal)).toEqual([null, 'Hyväksytään.']);
    expect(published.items[0].changed).toBe(true);
    expect(published.changedAt).toBe('ti 20.11.2018 klo 10.00');
    const draft = agendaContent(
      { ...source({ status: MeetingStatus.DRAFT }, items), lastChangedAt: '2018-11-20T08:00:00Z' },
      Locale.FI,
    );
    expect(draft.draft).toBe(true);
    expect(draft.items[0].changed).toBe(false);
    expect(draft.changedAt).toBeNull();
  });

  it('says a cancelled meeting is cancelled, with or without a reason', () => {
    expect(agendaContent(source({ status: MeetingStatus.CANCELLED }), Locale.FI).cancelReason).toBe('');
    expect(
      agendaContent(source({ status: MeetingStatus.CANCELLED, cancelReason: 'Ei päätösvaltainen' }), Locale.FI),
    ).toMatchObject({ cancelReason: 'Ei päätösvaltainen', changedAt: null });
  });
});
