/**
 * Helplines (Insafe: someone to talk to) and hotlines (INHOPE: where to report illegal content) by
 * country, for the `:::helplines` block and `<nw-helplines>`.
 *
 * Only what was checked against a public source is here: each service names its sources and the day
 * they were read. A fact that could not be confirmed is left out (no phone number rather than a guessed
 * one), and `has116111` is `null` where nobody checked whether the country answers 116 111.
 *
 * To add a country: read its Safer Internet Centre page on better-internet-for-kids.europa.eu (and the
 * service's own site), write only what those pages say, give each service its `sources` and the
 * `checked` date (YYYY-MM-DD), and run `npx web-test-runner test/content/helplines.test.ts`.
 */

/** What a service helps with. Each has its words in the locale files (`helplineTopics`). */
export type HelplineTopic =
  /** Any worry at all, online or not. */
  | 'anything'
  /** Problems online: cyberbullying, sexting, grooming, harmful content. */
  | 'online'
  /** Advice for parents and carers. */
  | 'parents'
  /** Reporting sexual images or videos of children. */
  | 'abuse-images'
  /** Reporting other content that is illegal under national law (e.g. hate, extremism). */
  | 'illegal';

export interface HelplineService {
  /** `helpline`: talk to someone; `hotline`: report illegal content. */
  kind: 'helpline' | 'hotline';
  /** The service's own name, as it writes it. */
  name: string;
  /** Number to call, as dialled in the country. */
  phone?: string;
  /** Where to chat with someone (a page of the service). */
  chat?: string;
  /** The service's website, or its report form for a hotline. */
  web: string;
  topics: HelplineTopic[];
  /** Languages the service answers in (BCP 47), as its source shows. */
  languages: string[];
  /** Set only where a source says so. */
  free?: true;
  anonymous?: true;
  /** The phone line answers day and night, every day. */
  allDay?: true;
  /** Where each fact above was read (public pages). */
  sources: string[];
  /** The day the sources were read (YYYY-MM-DD). */
  checked: string;
}

export interface CountryHelplines {
  /** ISO 3166-1 alpha-2 code, upper case. */
  country: string;
  /** Whether children reach a helpline on 116 111 here; `null`: not checked. */
  has116111: boolean | null;
  /** Whether 112 reaches the emergency services (every EU state). */
  has112: boolean;
  services: HelplineService[];
  /** Sources for `has116111` and `has112`. */
  sources: string[];
  checked: string;
}

const CHECKED = '2026-12-04';
/** 112 works, free, in every EU member state (the EC, as reported when Bulgaria joined in 2009). */
const EU_112 = 'https://www.news.lt/Law-And-Order-Crime/Need-help-Dial-112.im?f=c&id=189320';

/** Every country with checked services, by code. */
export const helplines: Record<string, CountryHelplines> = {
  CZ: {
    country: 'CZ', has116111: true, has112: true, checked: CHECKED,
    sources: ['https://www.linkabezpeci.cz/chat', 'https://cs.wikipedia.org/wiki/Linka_bezpe%C4%8D%C3%AD', EU_112],
    services: [
      {
        kind: 'helpline', name: 'Linka bezpečí', phone: '116 111', chat: 'https://www.linkabezpeci.cz/chat', web: 'https://www.linkabezpeci.cz',
        topics: ['anything', 'online'], languages: ['cs'], free: true, anonymous: true, allDay: true, checked: CHECKED,
        sources: ['https://better-internet-for-kids.europa.eu/en/sic/czech-republic', 'https://www.linkabezpeci.cz/chat', 'https://cs.wikipedia.org/wiki/Linka_bezpe%C4%8D%C3%AD'],
      },
      {
        kind: 'helpline', name: 'Linka důvěry Dětského krizového centra', phone: '777 715 215', chat: 'https://www.elinka.iporadna.cz/ld-dkc', web: 'https://www.ditekrize.cz',
        topics: ['anything', 'online'], languages: ['cs'], anonymous: true, allDay: true, checked: CHECKED,
        sources: [
          'https://better-internet-for-kids.europa.eu/en/sic/czech-republic',
          'https://www.zdravezpravy.cz/2020/07/31/detske-krizove-centrum-v-praze-pomaha-detem-jiz-28-let/',
          'https://www.ditekrize.cz/2020/11/podpora-chatu-linky-duvery/',
          'https://www.elinka.iporadna.cz/ld-dkc/pravidla-linky',
        ],
      },
      {
        kind: 'hotline', name: 'STOPonline.cz', web: 'https://www.stoponline.cz',
        topics: ['abuse-images'], languages: ['cs'], checked: CHECKED,
        sources: ['https://better-internet-for-kids.europa.eu/en/sic/czech-republic', 'https://better-internet-for-kids.europa.eu/en/news/spotlight-safer-internet-centre-czech-republic'],
      },
    ],
  },
  SK: {
    country: 'SK', has116111: true, has112: true, checked: CHECKED,
    sources: ['https://www.humanisti.sk/2024/05/25/medzinarodny-den-nezvestnych-deti/', EU_112],
    services: [
      {
        kind: 'helpline', name: 'Linka detskej istoty', phone: '116 111', chat: 'https://www.ldi.sk', web: 'https://www.ldi.sk',
        topics: ['anything', 'online'], languages: ['sk'], free: true, anonymous: true, allDay: true, checked: CHECKED,
        sources: [
          'https://www.humanisti.sk/2024/05/25/medzinarodny-den-nezvestnych-deti/',
          'https://www.humanisti.sk/2022/01/26/linka-detskej-istoty-oslavuje-26-rokov-svojej-existencie-a-fungovania/',
          'https://srdcovky.nadaciavub.sk/linka-detskej-istoty-pomaha-statisicom-deti-casto-sa-ozyvaju-s-tym-ze-okolie-ich-problemy-zlahcuje-hovori-riaditelka/',
        ],
      },
      {
        // Chat, app and e-mail only; not anonymous (it asks who you are, so it can act).
        kind: 'helpline', name: 'Viac ako ni(c)k', chat: 'https://www.viacakonick.sk', web: 'https://www.viacakonick.sk',
        topics: ['anything', 'online'], languages: ['sk'], free: true, allDay: true, checked: CHECKED,
        sources: [
          'https://spravy.izaz.eu/post-65082-ustredie-prace-si-pripomina-den-bezpecnejsieho-internetu-tohtorocnou-temou-je-spolocne-pre-lepsi-internet-.html',
          'https://dersi.rtvs.sk/clanky/nachrichten/371813/zentrum-fur-sicheres-internet-slowakei-eroffnet',
          'https://spisskanovaves.eu/chcem-vybavit/socialna-pomoc/narodna-linka-na-pomoc-detom-v-ohrozeni',
          'https://www.teraz.sk/ekonomika/o-sluzby-narodnej-linky-na-pomoc-deto/878776-clanok.html',
        ],
      },
      {
        kind: 'hotline', name: 'Stopline.sk', web: 'https://www.stopline.sk',
        topics: ['abuse-images', 'illegal'], languages: ['sk'], anonymous: true, checked: CHECKED,
        sources: ['https://stopline.sk/sk/spracovanie-hlasenia/', 'https://www.zodpovedne.sk/index.php/en/'],
      },
    ],
  },
  PL: {
    country: 'PL', has116111: true, has112: true, checked: CHECKED, sources: ['https://better-internet-for-kids.europa.eu/sic/poland', EU_112],
    services: [
      {
        kind: 'helpline', name: 'Telefon Zaufania dla Dzieci i Młodzieży 116 111', phone: '116 111', chat: 'https://116111.pl/czat', web: 'https://116111.pl',
        topics: ['anything', 'online'], languages: ['pl'], free: true, checked: CHECKED,
        sources: ['https://better-internet-for-kids.europa.eu/sic/poland', 'https://www.betterinternetforkids.eu/web/poland/profile'],
      },
      {
        kind: 'helpline', name: 'Telefon dla rodziców i nauczycieli 800 100 100', phone: '800 100 100', web: 'https://800100100.pl',
        topics: ['parents'], languages: ['pl'], free: true, checked: CHECKED,
        sources: ['https://www.betterinternetforkids.eu/web/poland/profile', 'https://canee.net/poland/helpline_in_poland'],
      },
      {
        kind: 'hotline', name: 'Dyżurnet.pl', web: 'https://dyzurnet.pl',
        topics: ['abuse-images', 'illegal'], languages: ['pl'], checked: CHECKED,
        sources: ['https://www.betterinternetforkids.eu/web/poland/profile', 'http://daeimplementation.eu/indicator.php?id_country=20&action_n=40'],
      },
    ],
  },
  DE: {
    country: 'DE', has116111: true, has112: true, checked: CHECKED, sources: ['https://expydoc.com/doc/11861025/pressemitteilung---jugendschutz.net', EU_112],
    services: [
      {
        kind: 'helpline', name: 'Nummer gegen Kummer – Kinder- und Jugendtelefon', phone: '116 111', web: 'https://www.nummergegenkummer.de',
        topics: ['anything', 'online'], languages: ['de'], free: true, anonymous: true, checked: CHECKED,
        sources: ['https://better-internet-for-kids.europa.eu/en/sic/germany', 'https://expydoc.com/doc/11861025/pressemitteilung---jugendschutz.net'],
      },
      {
        kind: 'hotline', name: 'jugendschutz.net', web: 'https://www.jugendschutz.net',
        topics: ['abuse-images', 'illegal'], languages: ['de'], checked: CHECKED,
        sources: ['https://better-internet-for-kids.europa.eu/en/news/spotlight-safer-internet-centre-germany', 'https://www.fsm.de/wissen/a-bis-z/safer-internet-centre/'],
      },
      {
        kind: 'hotline', name: 'internet-beschwerdestelle.de', web: 'https://www.internet-beschwerdestelle.de',
        topics: ['abuse-images', 'illegal'], languages: ['de'], checked: CHECKED,
        sources: ['https://better-internet-for-kids.europa.eu/en/news/spotlight-safer-internet-centre-germany', 'https://www.fsm.de/wissen/a-bis-z/safer-internet-centre/'],
      },
    ],
  },
  AT: {
    country: 'AT', has116111: null, has112: true, checked: CHECKED, sources: [EU_112],
    services: [
      {
        kind: 'helpline', name: 'Rat auf Draht', phone: '147', web: 'https://www.rataufdraht.at',
        topics: ['anything', 'online'], languages: ['de'], free: true, anonymous: true, allDay: true, checked: CHECKED,
        sources: ['https://www.betterinternetforkids.eu/sl/sic/austria', 'https://www.ots.at/presseaussendung/OTS_20190909_OTS0026/rat-auf-draht-seit-20-jahren-unter-147-erreichbar'],
      },
      {
        kind: 'hotline', name: 'Stopline', web: 'https://www.stopline.at',
        topics: ['abuse-images', 'illegal'], languages: ['de'], anonymous: true, checked: CHECKED,
        sources: ['https://www.betterinternetforkids.eu/sl/sic/austria', 'https://elternseite.at/de/themen/5-fragen-stopline'],
      },
    ],
  },
  FR: {
    country: 'FR', has116111: null, has112: true, checked: CHECKED, sources: [EU_112],
    services: [
      {
        kind: 'helpline', name: '3018 (e-Enfance)', phone: '3018', chat: 'https://www.3018.fr', web: 'https://www.3018.fr',
        topics: ['online', 'parents'], languages: ['fr'], free: true, checked: CHECKED,
        sources: ['https://www.betterinternetforkids.eu/practice/industry/article?id=7078316', 'https://espaceenfancefamille.com/2021/04/26/cyberharcelement-le-numero-vert-net-ecoute-devient-le-3018/'],
      },
      {
        kind: 'hotline', name: 'Point de Contact', web: 'https://www.pointdecontact.net',
        topics: ['abuse-images', 'illegal'], languages: ['fr'], checked: CHECKED,
        sources: ['https://www.betterinternetforkids.eu/practice/industry/article?id=7078316', 'https://better-internet-for-kids.europa.eu/en/news/national-initiative-online-protection-minors-france'],
      },
    ],
  },
  IE: {
    country: 'IE', has116111: null, has112: true, checked: CHECKED, sources: [EU_112],
    services: [
      {
        kind: 'hotline', name: 'Hotline.ie', web: 'https://www.hotline.ie',
        topics: ['abuse-images'], languages: ['en'], anonymous: true, checked: CHECKED,
        sources: ['http://daeimplementation.eu/indicator.php?id_country=13&action_n=40', 'https://webwise.ie/news/the-safer-internet-ireland-awareness-centre-2'],
      },
    ],
  },
  NL: {
    country: 'NL', has116111: null, has112: true, checked: CHECKED, sources: [EU_112],
    services: [
      {
        kind: 'helpline', name: 'Helpwanted (Offlimits)', web: 'https://offlimits.nl',
        topics: ['online'], languages: ['nl'], checked: CHECKED,
        sources: ['https://better-internet-for-kids.europa.eu/en/sic/netherlands', 'https://www.betterinternetforkids.eu/practice/awareness/article?id=7244262'],
      },
      {
        kind: 'hotline', name: 'Meldpunt Kinderporno', web: 'https://www.meldpunt-kinderporno.nl',
        topics: ['abuse-images'], languages: ['nl'], anonymous: true, checked: CHECKED,
        sources: ['https://better-internet-for-kids.europa.eu/en/sic/netherlands', 'https://www.betterinternetforkids.eu/sic/netherlands'],
      },
    ],
  },
  ES: {
    country: 'ES', has116111: null, has112: true, checked: CHECKED, sources: [EU_112],
    services: [
      {
        kind: 'helpline', name: '017 – Tu Ayuda en Ciberseguridad (INCIBE)', phone: '017', web: 'https://www.incibe.es/linea-de-ayuda-en-ciberseguridad',
        topics: ['online', 'parents'], languages: ['es'], free: true, checked: CHECKED,
        sources: ['https://www.betterinternetforkids.eu/ro/sic/spain', 'https://www.surinenglish.com/spain/017-the-free-phone-number-spain-help-20240318105815-nt.html'],
      },
      {
        kind: 'helpline', name: 'Teléfono ANAR de Ayuda a Niños y Adolescentes', phone: '900 20 20 10', web: 'https://www.anar.org',
        topics: ['anything'], languages: ['es'], free: true, allDay: true, checked: CHECKED,
        sources: ['https://www.adeces.org/anar-el-esfuerzo-por-proteger-los-derechos-de-nins-y-adolescentes/', 'https://diarideterrassa.com/?p=225732'],
      },
    ],
  },
};

/** The country a language is most likely spoken in at school (for a module with no `country`). */
export const defaultCountryOf: Record<string, string> = {
  cs: 'CZ', sk: 'SK', pl: 'PL', de: 'DE', fr: 'FR', nl: 'NL', es: 'ES', it: 'IT', pt: 'PT',
};

/** The services of `country` (any case), or `undefined` where none were checked. */
export function helplinesOf(country: string | undefined): CountryHelplines | undefined {
  const code = country?.toUpperCase();
  return code && Object.hasOwn(helplines, code) ? helplines[code] : undefined;
}
