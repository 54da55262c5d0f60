/**
 * Finnish words and sentences for the scale data, taken from the seed texts (Vesanto's meeting of
 * 19.9.2018 and SavoGrow's page on the six municipalities) and the domain glossary.
 */

/** Municipality and its genitive (Vesanto → Vesannon): SavoGrow's six first, then other Savonian and Finnish ones for scales above 1. */
export const MUNICIPALITIES: readonly (readonly [string, string])[] = [
  ['Keitele', 'Keiteleen'],
  ['Pielavesi', 'Pielaveden'],
  ['Rautalampi', 'Rautalammin'],
  ['Suonenjoki', 'Suonenjoen'],
  ['Tervo', 'Tervon'],
  ['Vesanto', 'Vesannon'],
  ['Kuopio', 'Kuopion'],
  ['Iisalmi', 'Iisalmen'],
  ['Varkaus', 'Varkauden'],
  ['Siilinjärvi', 'Siilinjärven'],
  ['Leppävirta', 'Leppävirran'],
  ['Lapinlahti', 'Lapinlahden'],
  ['Kiuruvesi', 'Kiuruveden'],
  ['Sonkajärvi', 'Sonkajärven'],
  ['Vieremä', 'Vieremän'],
  ['Kaavi', 'Kaavin'],
  ['Tuusniemi', 'Tuusniemen'],
  ['Rautavaara', 'Rautavaaran'],
  ['Joroinen', 'Joroisten'],
  ['Juankoski', 'Juankosken'],
  ['Maaninka', 'Maaningan'],
  ['Nilsiä', 'Nilsiän'],
  ['Karttula', 'Karttulan'],
  ['Keuruu', 'Keuruun'],
  ['Viitasaari', 'Viitasaaren'],
  ['Kinnula', 'Kinnulan'],
  ['Pihtipudas', 'Pihtiputaan'],
  ['Kannonkoski', 'Kannonkosken'],
  ['Karstula', 'Karstulan'],
  ['Kivijärvi', 'Kivijärven'],
  ['Saarijärvi', 'Saarijärven'],
  ['Äänekoski', 'Äänekosken'],
  ['Konnevesi', 'Konneveden'],
  ['Hankasalmi', 'Hankasalmen'],
  ['Laukaa', 'Laukaan'],
  ['Uurainen', 'Uuraisten'],
  ['Multia', 'Multian'],
  ['Petäjävesi', 'Petäjäveden'],
  ['Jämsä', 'Jämsän'],
  ['Kuhmoinen', 'Kuhmoisten'],
  ['Joutsa', 'Joutsan'],
  ['Luhanka', 'Luhangan'],
  ['Toivakka', 'Toivakan'],
  ['Muurame', 'Muuramen'],
  ['Mikkeli', 'Mikkelin'],
  ['Pieksämäki', 'Pieksämäen'],
  ['Juva', 'Juvan'],
  ['Rantasalmi', 'Rantasalmen'],
  ['Sulkava', 'Sulkavan'],
  ['Hirvensalmi', 'Hirvensalmen'],
  ['Kangasniemi', 'Kangasniemen'],
  ['Mäntyharju', 'Mäntyharjun'],
  ['Pertunmaa', 'Pertunmaan'],
  ['Puumala', 'Puumalan'],
  ['Enonkoski', 'Enonkosken'],
  ['Savonlinna', 'Savonlinnan'],
  ['Heinävesi', 'Heinäveden'],
  ['Outokumpu', 'Outokummun'],
  ['Polvijärvi', 'Polvijärven'],
  ['Liperi', 'Liperin'],
];

/** The three working groups of a municipality: name after the genitive, and a description. */
export const GROUP_KINDS: readonly { name: string; description: string }[] = [
  {
    name: 'elinvoimaryhmä',
    description:
      'Seuraa kuntastrategian toteutumista ja kehittää kunnan elinvoimaa: ajankohtaisia asioita ja teemakokouksia (asuminen, yrittäjyys, alkutuotanto) yhdessä SavoGrow’n hankkeiden kanssa.',
  },
  {
    name: 'asumisen ja hyvinvoinnin työryhmä',
    description:
      'Valmistelee ikäystävällisen asumisen, asunto-osuuskuntien ja kotoutumistyön asioita kunnan päätöksentekoon.',
  },
  {
    name: 'yrittäjyys- ja elinkeinotyöryhmä',
    description:
      'Edistää yrittäjyyttä, työvoiman saatavuutta ja alueen veto- ja pitovoimaa; seuraa Savon Villin Lännen aluemarkkinointia.',
  },
];

export const FIRST_NAMES = [
  'Marja',
  'Sanna',
  'Pekka',
  'Liisa',
  'Jari',
  'Anne',
  'Timo',
  'Heli',
  'Kari',
  'Outi',
  'Ville',
  'Olli',
  'Mikko',
  'Päivi',
  'Juha',
  'Tuula',
  'Markku',
  'Eija',
  'Antti',
  'Sari',
  'Hannu',
  'Riitta',
  'Jukka',
  'Minna',
  'Matti',
  'Satu',
  'Seppo',
  'Tiina',
  'Heikki',
  'Kaisa',
  'Esa',
  'Leena',
  'Tapio',
  'Anu',
  'Janne',
  'Merja',
  'Pentti',
  'Hanna',
  'Raimo',
  'Johanna',
  'Aki',
  'Elina',
  'Petri',
  'Katja',
  'Veikko',
  'Aino',
  'Eero',
  'Helmi',
  'Lauri',
  'Emma',
] as const;

export const LAST_NAMES = [
  'Hakkarainen',
  'Kettunen',
  'Rissanen',
  'Tuovinen',
  'Huttunen',
  'Miettinen',
  'Laitinen',
  'Savolainen',
  'Väisänen',
  'Pirinen',
  'Keränen',
  'Tiainen',
  'Kauvosaari',
  'Räsänen',
  'Hyvönen',
  'Partanen',
  'Heikkinen',
  'Kärkkäinen',
  'Ruotsalainen',
  'Turunen',
  'Jääskeläinen',
  'Kinnunen',
  'Korhonen',
  'Nykänen',
  'Pitkänen',
  'Ryynänen',
  'Hiltunen',
  'Karhunen',
  'Kokkonen',
  'Lappalainen',
  'Mononen',
  'Oksanen',
  'Pöyhönen',
  'Ronkainen',
  'Tikkanen',
  'Voutilainen',
] as const;

/** The regional projects of SavoGrow's page and the slides, with their managers. */
export const PROJECTS: readonly { name: string; managerName: string; description: string }[] = [
  {
    name: 'Future Savo',
    managerName: 'Ville Keränen',
    description:
      'Laaja maakunnallinen kehittämishanke maakunnan veto- ja pitovoiman nostamiseksi: työvoiman saatavuus, arjen sujuvuus ja asukkaiden sitoutuminen alueeseen.',
  },
  {
    name: 'Kuntakehittämisen pilottihanke 2018–2019',
    managerName: 'Olli Tiainen',
    description:
      'Hankkeessa suunnitellaan ja toteutetaan 6–8 pilottia, joiden kautta haetaan ratkaisuja toiminnan tehostamisen ja elinvoimatyön haasteisiin.',
  },
  { name: 'Kohti eKuntaa', managerName: '', description: 'Kuntien sähköisten palvelujen kehittäminen.' },
  {
    name: 'Savon Villi Länsi',
    managerName: 'Sanna Kauvosaari',
    description: 'Aluemarkkinoinnin yhteistyöalusta alueen veto- ja pitovoiman vahvistamiseksi.',
  },
  {
    name: 'Kotoutumistyön kehittäminen',
    managerName: '',
    description: 'Yhteinen toimintamalli humanitäärisen ja työperäisen maahanmuuton kautta alueelle muuttaneille.',
  },
  {
    name: 'SISU – suunnitelmallinen ilmastotyö',
    managerName: '',
    description:
      'Ilmastosuunnitelmat, joissa asetetaan tavoitteet ja toimenpiteet ilmastonmuutoksen hillitsemiseksi ja siihen sopeutumiseksi.',
  },
  {
    name: 'Ikääntyneiden asumisen Master Plan',
    managerName: '',
    description: '13 toimenpide-ehdotusta ikääntyvien asumisen ja elinympäristön kehittämiseksi.',
  },
  {
    name: 'Asunto-osuuskuntaselvitys',
    managerName: '',
    description: 'Asunto-osuuskuntaselvitys Asumisen rahoitus- ja kehittämiskeskus ARA:n tuella.',
  },
];

/** The default theme catalogue of a group (as the app creates it), by Finnish name. */
export const THEMES: readonly { nameFi: string; nameEn: string; colour: string }[] = [
  { nameFi: 'asuminen', nameEn: 'housing', colour: '#1f6f8b' },
  { nameFi: 'yrittäjyys', nameEn: 'entrepreneurship', colour: '#8a4f00' },
  { nameFi: 'alkutuotanto', nameEn: 'primary production', colour: '#2f6b2f' },
  { nameFi: 'talous ja budjetti', nameEn: 'finances and budget', colour: '#6b3fa0' },
  { nameFi: 'kuntastrategia', nameEn: 'municipal strategy', colour: '#a3344b' },
];

export const STANDING_ITEMS = [
  { title: 'Kokouksen avaus', kind: 'INFORMATION', plannedMinutes: 5 },
  { title: 'Ajankohtaisia asioita', kind: 'DISCUSSION', plannedMinutes: 30 },
  { title: 'Muut asiat', kind: 'DISCUSSION', plannedMinutes: 10 },
  { title: 'Seuraava kokous', kind: 'INFORMATION', plannedMinutes: 5 },
] as const;

export type ItemKind = 'INFORMATION' | 'DISCUSSION' | 'DECISION';

/** A kind of agenda item: `{year}` and `{kunta}` (genitive) are filled in. */
export interface Topic {
  titles: readonly string[];
  kind: ItemKind;
  theme?: string;
  /** Index into PROJECTS: the project's manager presents. */
  project?: number;
  sentences: readonly string[];
  proposals?: readonly string[];
}

export const TOPICS: readonly Topic[] = [
  {
    titles: ['Future Savo -hanke', 'Future Savo -hankkeen tilannekatsaus'],
    kind: 'INFORMATION',
    project: 0,
    sentences: [
      'Maakunnan eri puolilta löytyy runsaasti elinvoimaa ja vahvuuksia, joista meidän täytyy pystyä viestimään nykyistä paremmin.',
      'Hankkeessa parannetaan alueen **työvoiman saatavuutta**, **arjen sujuvuutta** ja **asukkaiden sitoutumista** alueeseen.',
      'Tavoitteena on tehdä Pohjois-Savosta halutuin elämisen ympäristö.',
      'Niin maakunnan kuin kaupunkienkin strategioissa haetaan kasvua ja vetovoimaa.',
    ],
  },
  {
    titles: ['Kuntakehittämisen pilottihanke', 'Pilottihankkeen kokeilut ja arviointi'],
    kind: 'INFORMATION',
    project: 1,
    sentences: [
      'Hankkeessa suunnitellaan ja toteutetaan **6–8 pilottia**, joiden kautta haetaan ratkaisuja tehostamis- ja elinvoimahaasteisiin.',
      '- Osaamis- ja resurssitarvekartoitus\n- Toimintamallien suunnittelu ja pilotointi\n- Koulutus ja valmennus',
      '10–20 pilotointikohdetta, joista 6–8 kokeillaan: tavoitteena 2–3 vakiintuu ja 1–2 jatkojalostuu.',
      'SavoGrow toimii resurssikeskuksena ja kokeilevan oppimisen keskusyksikkönä.',
    ],
  },
  {
    titles: ['Savon Villi Länsi -aluemarkkinointi', 'Aluemarkkinoinnin vuosisuunnitelma {year}'],
    kind: 'DISCUSSION',
    project: 3,
    sentences: [
      'SavoGrow’n kunnissa tehdään yhteistä aluemarkkinointityötä alueen veto- ja pitovoiman vahvistamiseksi.',
      'Brändäys, viestintä ja markkinointi *Sawon Willi Länsi* -hengessä.',
      'Keskustellaan kunnan omista tapahtumista ja niiden viestinnästä yhteisissä kanavissa.',
    ],
  },
  {
    titles: ['Kotoutumistyön toimintamalli', 'Kotoutumistyön kehittäminen {kunta} alueella'],
    kind: 'DISCUSSION',
    project: 4,
    sentences: [
      'SavoGrow’n kuntiin luodaan yhteistä toimintamallia alueelle muuttaneiden kotoutumisen tueksi.',
      'Työperäinen maahanmuutto on yrityksille tärkeä työvoiman lähde.',
      'Selvitetään kielikoulutuksen ja asumisen tarpeet yhdessä yrittäjien kanssa.',
    ],
  },
  {
    titles: ['Ilmastosuunnitelma', 'Ilmastotyön tavoitteet ja toimenpiteet {year}'],
    kind: 'DECISION',
    project: 5,
    sentences: [
      'Ilmastosuunnitelmassa asetetaan tavoitteet ja toimenpiteet ilmastonmuutoksen hillitsemiseksi ja siihen sopeutumiseksi ja varautumiseksi.',
      'Suunnitelmallinen ilmastotyö juurrutetaan osaksi kunnan strategiaa ja talousarviota.',
    ],
    proposals: [
      'Ryhmä esittää ilmastosuunnitelman tavoitteet kunnanhallituksen käsiteltäviksi.',
      'Hyväksytään toimenpideohjelma jatkovalmisteluun.',
    ],
  },
  {
    titles: ['Ikäystävällinen asuminen', 'Ikääntyneiden asumisen toimenpide-ehdotukset'],
    kind: 'DISCUSSION',
    theme: 'asuminen',
    project: 6,
    sentences: [
      'Master Plan -hanke antaa 13 toimenpide-ehdotusta ikääntyvien asumisen ja elinympäristön kehittämiseksi.',
      'Keskustellaan, mitkä ehdotuksista sopivat kunnan omaan asuntotarjontaan.',
      'Palvelujen saavutettavuus ja esteettömyys ovat asumisen laadun ydin.',
    ],
  },
  {
    titles: ['Asunto-osuuskuntaselvitys', 'Asunto-osuuskunnan jatkovalmistelu'],
    kind: 'DECISION',
    theme: 'asuminen',
    project: 7,
    sentences: [
      'Asunto-osuuskuntaselvitys toteutettiin Asumisen rahoitus- ja kehittämiskeskus ARA:n tuella.',
      'Selvityksen mukaan asumisoikeus- ja osuuskuntamallit voisivat täydentää vuokra-asuntotarjontaa.',
    ],
    proposals: ['Ryhmä suosittaa asunto-osuuskunnan perustamisen selvittämistä yhdessä naapurikuntien kanssa.'],
  },
  {
    titles: ['Asuminen {kunta} alueella', 'Tonttitarjonta ja vuokra-asunnot', 'Asuntokannan kehittäminen'],
    kind: 'DISCUSSION',
    theme: 'asuminen',
    sentences: [
      'Vapaat tontit, vuokra-asuntojen käyttöaste ja uusien asukkaiden kysynnät.',
      'Etätyö tuo kysyntää kesäasuntojen muuttamiselle vakituisiksi.',
      'Kunnan vuokrataloyhtiön korjausvelka ja purkusuunnitelmat.',
    ],
  },
  {
    titles: ['Yrittäjyyden edistäminen', 'Yritysneuvonta ja toimitilat', 'Yrittäjien aamukahvien palaute'],
    kind: 'DISCUSSION',
    theme: 'yrittäjyys',
    sentences: [
      'Yritysten tarpeet, toimitilat ja yritysneuvonta.',
      'Sukupolvenvaihdokset ja omistajanvaihdokset ovat lähivuosina monen yrityksen edessä.',
      'Työvoiman saatavuus on yritysten suurin kasvun este.',
    ],
  },
  {
    titles: ['Alkutuotannon tilanne', 'Maatilojen ja metsätalouden näkymät', 'Alkutuotannon sukupolvenvaihdokset'],
    kind: 'DISCUSSION',
    theme: 'alkutuotanto',
    sentences: [
      'Maatilojen ja metsätalouden näkymät sekä sukupolvenvaihdokset.',
      'Maitotilojen määrä on vähentynyt, mutta tilakoko kasvaa.',
      'Metsäteiden kunto ja puukaupan näkymät.',
    ],
  },
  {
    titles: ['Talousarvio {year}', 'Kunnan talousarvion valmistelu {year}', 'Talouden osavuosikatsaus'],
    kind: 'DISCUSSION',
    theme: 'talous ja budjetti',
    sentences: [
      'Talousarvion raamit ja elinvoimatyön määrärahat.',
      'Verotulojen ja valtionosuuksien kehitys sekä investointiohjelma.',
      'Ryhmä voi esittää kannanottonsa talousarvion valmisteluun.',
    ],
  },
  {
    titles: ['Kuntastrategian seuranta', 'Kuntastrategian toteutuminen', 'Strategian mittarit {year}'],
    kind: 'DISCUSSION',
    theme: 'kuntastrategia',
    sentences: [
      'Elinvoima-ajattelu, -käsite ja -työ kuntastrategian valossa.',
      'Käydään läpi strategian mittarit ja niiden kehitys edellisestä kokouksesta.',
      'Miten ideat ja suunnitelmat saadaan käytäntöön?',
    ],
  },
  {
    titles: ['Kuntapalvelut yhdessä', 'Yhteishankinnat kuntakuusikossa'],
    kind: 'INFORMATION',
    sentences: [
      'Kuntapalveluiden kehittäminen yhdessä merkitsee uudenlaisia työnkuvia ja osaamisen jakamista kuntakuusikon kesken.',
      'Kustannustehokkuutta nostetaan muun muassa yhteishankinnoilla.',
      'Työntekijöiden työssä viihtymistä parannetaan kehittämällä työn sisältöä tiimityöhön.',
    ],
  },
  {
    titles: ['Yhteinen edunvalvonta', 'Edunvalvonnan painopisteet {year}'],
    kind: 'INFORMATION',
    sentences: [
      'Alueen edunvalvonnalla on merkittävä rooli aluekehitystyössä.',
      'Suhdetoiminta ja verkostoissa toimiminen pitää alueen ajan hermolla ja synnyttää uusia mahdollisuuksia.',
    ],
  },
  {
    titles: ['Elinvoimaryhmän toiminnan väliarviointi', 'Ryhmän väliarviointi ja tuleva toiminta'],
    kind: 'DECISION',
    sentences: [
      'Mitä on tehty:\n\n- Elinvoima-ajatteluun perehtyminen\n- Kuntastrategia ja sen seuranta\n- Teemakokoukset',
      'Mitä saatu aikaan – onko saatu tarpeeksi – onko lisäarvoa?',
      'Onko toimintatapa hyvä – onko parempia?',
      'Pohdinnan tulos: jatketaan hyödylliseksi koettua toimintaa; teemakokoukset hyviä ajankohtaisten asioiden lomassa.',
    ],
    proposals: ['Keskustellaan ryhmän toiminnasta ja sovitaan seuraavan kauden kokoukset.'],
  },
  {
    titles: ['Syksyn kokoukset', 'Kevään kokousaikataulu', 'Kokousaikataulu {year}'],
    kind: 'DECISION',
    sentences: [
      'Sihteeri on laatinut ehdotuksen kauden kokouspäivistä; arkipyhät on otettu huomioon.',
      'Teemakokousten aiheet sovitaan kokouksessa.',
    ],
    proposals: ['Hyväksytään kokousaikataulu esityksen mukaisesti.'],
  },
];

export const OPENING_ITEMS = [
  { title: 'Kokouksen avaus ja läsnäolijoiden toteaminen', kind: 'INFORMATION', plannedMinutes: 5 },
  {
    title: 'Edellisen kokouksen muistion tarkastaminen',
    kind: 'DECISION',
    plannedMinutes: 5,
    proposal: 'Muistio hyväksytään.',
  },
] as const;

export const CLOSING_ITEMS = [
  { title: 'Muut asiat', kind: 'DISCUSSION', plannedMinutes: 10 },
  { title: 'Seuraava kokous', kind: 'INFORMATION', plannedMinutes: 5 },
  { title: 'Kokouksen päättäminen', kind: 'INFORMATION', plannedMinutes: 2 },
] as const;

export const LOCATIONS = [
  '{kunta} kunnantalo, valtuustosali',
  '{kunta} kunnantalo, kokoushuone',
  '{kunta} kirjasto, kokoushuone',
  'Teams-etäkokous',
] as const;

export const ATTACHMENT_NAMES = [
  'esitys',
  'muistio',
  'liite',
  'talousarvioluonnos',
  'hankesuunnitelma',
  'selvitys',
  'kokousaikataulu',
  'toimenpideohjelma',
] as const;

/** Finnish letters folded for e-mail addresses. */
export function ascii(text: string): string {
  return text
    .toLowerCase()
    .replace(/ä/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/å/g, 'a')
    .replace(/[^a-z0-9]+/g, '-');
}
