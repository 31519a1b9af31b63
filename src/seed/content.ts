/**
 * The sample campaign, written for this project: anonymised, composite stories whose names are
 * pseudonyms, and the 2019 round table retold in our own words.
 */
export const sampleLocations = [
  { name: { az: '28 May', en: '28 May', ru: '28 Мая' }, type: 'metro-station' },
  { name: { az: 'Koroğlu', en: 'Koroghlu', ru: 'Кёроглу' }, type: 'metro-station' },
  { name: { az: 'Gənclik', en: 'Ganjlik', ru: 'Гянджлик' }, type: 'metro-station' },
  { name: { az: 'İçərişəhər', en: 'Icherisheher', ru: 'Ичеришехер' }, type: 'metro-station' },
  {
    name: {
      az: 'Heydər Əliyev Beynəlxalq Hava Limanı',
      en: 'Heydar Aliyev International Airport',
      ru: 'Международный аэропорт Гейдар Алиев',
    },
    type: 'airport',
  },
  {
    name: {
      az: 'Qırmızı Körpü sərhəd keçidi',
      en: 'Red Bridge border crossing',
      ru: 'Пограничный переход Красный мост',
    },
    type: 'border-crossing',
  },
] as const

export const sampleCity = { az: 'Bakı', en: 'Baku', ru: 'Баку' }

export const sampleScreens = [
  { name: '28 May — vestibül', location: 0, resolution: '1920x1080', languages: ['az', 'en'] },
  { name: '28 May — eskalator', location: 0, resolution: '1080x1920', languages: ['az'] },
  {
    name: 'Koroğlu — platforma',
    location: 1,
    resolution: '1920x1080',
    languages: ['az', 'en', 'ru'],
  },
  { name: 'Gənclik — çıxış', location: 2, resolution: '3840x2160', languages: ['az', 'en'] },
] as const

export const sampleStories = [
  {
    status: 'published',
    exploitationTypes: ['labour'],
    consentChannels: ['website', 'partners', 'screens', 'print'],
    az: {
      title: 'Tikinti sahəsində itirilmiş il',
      pseudonym: 'Elçin',
      destination: 'Qonşu ölkə',
      summary: 'Yüksək maaş vədi ilə xaricə aparılan gənc kişi bir il pulsuz işlədildi.',
      contentWarning: 'Hekayədə məcburi əmək və hədə təsvir olunur.',
      body: [
        'Elçin iyirmi üç yaşında idi, tanışı ona xaricdə tikintidə yaxşı maaşlı iş tapdığını deyəndə. Yol pulunu "işəgötürən" ödədi, pasportunu isə sərhəddən keçən kimi "qeydiyyat üçün" aldılar.',
        'Bir il ərzində gündə on dörd saat işlədi. Maaş əvəzinə ona "yol və yemək borcu" xatırladılırdı. Qaçmaq istəyənlərə polisə təhvil veriləcəkləri deyilirdi.',
        'Evə zəng etməyə icazə verilən nadir günlərin birində qardaşı qaynar xəttə müraciət etdi. Elçin indi evdədir və başqalarına deyir: sənədini heç kimə vermə, müqaviləni oxu, şübhələnirsənsə, zəng et.',
      ],
    },
    en: {
      title: 'A year lost on a building site',
      pseudonym: 'Elchin',
      destination: 'A neighbouring country',
      summary: 'Promised a good wage abroad, a young man was made to work for a year without pay.',
      contentWarning: 'This story describes forced labour and threats.',
      body: [
        'Elchin was twenty-three when an acquaintance told him about a well-paid construction job abroad. The "employer" paid for the journey and took his passport "for registration" as soon as they crossed the border.',
        'For a year he worked fourteen hours a day. Instead of wages he was reminded of his "debt" for travel and food. Those who wanted to leave were told they would be handed to the police.',
        'On one of the rare days he was allowed to call home, his brother rang the hotline. Elchin is home now, and he tells others: never hand over your documents, read the contract, and if something feels wrong, call.',
      ],
    },
    ru: {
      title: 'Год, потерянный на стройке',
      pseudonym: 'Эльчин',
      destination: 'Соседняя страна',
      summary:
        'Молодому человеку пообещали хорошую зарплату за границей, а заставили год работать бесплатно.',
      contentWarning: 'В истории описан принудительный труд и угрозы.',
      body: [
        'Эльчину было двадцать три, когда знакомый рассказал ему о хорошо оплачиваемой работе на стройке за границей. Дорогу оплатил «работодатель», а паспорт забрали «для регистрации» сразу после границы.',
        'Год он работал по четырнадцать часов в день. Вместо зарплаты ему напоминали о «долге» за дорогу и еду.',
        'Когда ему разрешили позвонить домой, его брат обратился на горячую линию. Эльчин дома и говорит другим: не отдавайте документы, читайте договор и звоните, если что-то не так.',
      ],
    },
  },
  {
    status: 'published',
    exploitationTypes: ['sexual'],
    consentChannels: ['website', 'partners'],
    az: {
      title: 'Ofisiant işi vədi',
      pseudonym: 'Aynur',
      destination: 'Körfəz ölkəsi',
      summary: 'Sosial şəbəkədə tapılan "ofisiant işi" gənc qadın üçün tələyə çevrildi.',
      contentWarning: 'Hekayədə cinsi istismar və zorakılıq təsvir olunur.',
      body: [
        'Aynur elanı sosial şəbəkədə gördü: xaricdə restoranda ofisiant işi, mənzil və viza pulsuz. Danışdığı qadın mehriban idi və hər sualına cavab verirdi.',
        'Təyyarədən enəndən sonra sənədləri əlindən alındı və ona "borcunu" başqa yolla ödəməli olduğu deyildi. Aylarla otaqdan tək çıxmağa icazə verilmədi.',
        'Xilas olduqdan sonra Aynur kampaniyaya hekayəsini danışmağa razı oldu ki, başqa qızlar belə elanlara inanmasınlar. "Yaxşı iş heç vaxt pasportunu istəmir" deyir.',
      ],
    },
    en: {
      title: 'The promise of a waitress job',
      pseudonym: 'Aynur',
      destination: 'A Gulf country',
      summary: 'A "waitress job" found on social media became a trap for a young woman.',
      contentWarning: 'This story describes sexual exploitation and violence.',
      body: [
        'Aynur saw the advert on social media: a waitress job in a restaurant abroad, flat and visa paid. The woman she spoke to was friendly and answered every question.',
        'After the plane landed her documents were taken and she was told she would have to pay off her "debt" another way. For months she was not allowed out of the room alone.',
        'After she was freed, Aynur agreed to tell her story so that other girls would not believe such adverts. "A good job never asks for your passport," she says.',
      ],
    },
  },
  {
    status: 'draft',
    exploitationTypes: ['domestic-servitude'],
    consentChannels: ['website'],
    az: {
      title: 'Pasportsuz iki il',
      pseudonym: 'Səbinə',
      destination: 'Avropa ölkəsi',
      summary: 'Dayə kimi işə gedən qadın iki il evdən çıxa bilmədi.',
      contentWarning: 'Hekayədə məişət köləliyi təsvir olunur.',
      body: [
        'Səbinə uşaqlara baxmaq üçün bir ailənin yanına getdi. Evə çatan kimi telefonunu və pasportunu aldılar.',
        'İki il ərzində istirahət günü olmadı, maaşı isə "sonra" veriləcəkdi.',
      ],
    },
    en: {
      title: 'Two years without a passport',
      pseudonym: 'Sabina',
      destination: 'A European country',
      summary: 'A woman who went abroad as a nanny could not leave the house for two years.',
      contentWarning: 'This story describes domestic servitude.',
      body: [
        'Sabina went to look after a family’s children. As soon as she arrived they took her phone and her passport.',
        'For two years she had no day off, and her wages were always to be paid "later".',
      ],
    },
  },
] as const

export const sampleArticle: Partial<
  Record<
    'az' | 'en' | 'ru',
    { title: string; byline: string; excerpt: string; tags: string[]; body: string[] }
  >
> = {
  az: {
    title: 'Dəyirmi masa: insan alverinə qarşı mübarizədə əməkdaşlıq',
    byline: 'Kampaniya redaksiyası',
    excerpt:
      'BMqT və İnsan Alverinə Qarşı Mübarizə Baş İdarəsi dövlət qurumları və QHT-lərlə birgə təcrübə bölüşdü.',
    tags: ['dəyirmi masa', 'əməkdaşlıq', 'maarifləndirmə kampaniyası'],
    body: [
      'Oktyabrın 4-də Beynəlxalq Miqrasiya Təşkilatının Azərbaycandakı nümayəndəliyi və Daxili İşlər Nazirliyinin İnsan Alverinə Qarşı Mübarizə Baş İdarəsi insan alverinə qarşı mübarizənin effektivliyinə dair dəyirmi masa keçirdi. Nazirliklərin, onların regional idarələrinin, Dövlət Miqrasiya Xidmətinin və QHT-lərin nümayəndələri iştirak etdilər.',
      'İştirakçılar təcrübələrini bölüşdülər və ictimaiyyəti məlumatlandırmaq üçün aparılan işləri müzakirə etdilər. Kampaniya çərçivəsində broşura və plakatlar sərhəd keçidlərində, hava limanlarında və məktəblərdə yayılır, Bakı metrosunda isə istismar formalarını göstərən iri plakatlar asılıb.',
      'Qurbanların real hekayələrini təqdim edən videoçarx iştirakçılara nümayiş olundu. Kampaniyanın məqsədi həssas insanların qurbana çevrilməsinin qarşısını almaq və qaynar xətti tanıtmaqdır.',
    ],
  },
  en: {
    title: 'Round table: working together against human trafficking',
    byline: 'Campaign desk',
    excerpt:
      'IOM and the Main Department for Combating Trafficking in Human Beings shared experience with state agencies and NGOs.',
    tags: ['round table', 'cooperation', 'awareness campaign'],
    body: [
      'On 4 October the Azerbaijan office of the International Organization for Migration and the Ministry of Internal Affairs’ Main Department for Combating Trafficking in Human Beings held a round table on making the fight against trafficking more effective. Ministries, their regional offices, the State Migration Service and NGOs took part.',
      'Participants shared their experience and discussed how the public is being informed. Brochures and posters are handed out at border crossings, airports and schools, and large posters in Baku metro stations show the forms exploitation takes.',
      'A video clip telling real stories of victims was shown to the participants. The campaign aims to keep vulnerable people from becoming victims and to make the hotline known.',
    ],
  },
}

export const sampleVideo = {
  externalUrl: 'https://video.example.org/xeberdar/real-stories-sample',
  duration: 94,
  az: {
    title: 'Real hekayələr (nümunə videoçarx)',
    description:
      'İnsan alveri qurbanlarının real hekayələrinə əsaslanan videoçarx. Keçid nümunədir.',
  },
  en: {
    title: 'Real stories (sample video clip)',
    description: 'A video clip based on real stories of trafficking victims. The link is a sample.',
  },
}

export const samplePosters = [
  {
    orientation: 'portrait',
    exploitationTypes: ['labour'],
    colour: '#0b5394',
    az: { title: 'Pasportunu heç kimə vermə', line: 'Xaricdə iş təklifi? Əvvəl yoxla.' },
    en: { title: 'Never hand over your passport', line: 'A job offer abroad? Check it first.' },
    ru: { title: 'Никому не отдавайте паспорт', line: 'Работа за границей? Сначала проверьте.' },
  },
  {
    orientation: 'landscape',
    exploitationTypes: ['sexual'],
    colour: '#990000',
    az: { title: 'Yaxşı iş sənin azadlığını istəmir', line: 'Şübhəli elanlar barədə xəbər ver.' },
    en: { title: 'A good job does not ask for your freedom', line: 'Report suspicious adverts.' },
  },
  {
    orientation: 'landscape',
    exploitationTypes: ['labour', 'domestic-servitude'],
    colour: '#38761d',
    az: {
      title: 'Borc adı ilə köləlik cinayətdir',
      line: 'Əməyinin haqqını almırsansa, kömək var.',
    },
    en: {
      title: 'Slavery in the name of debt is a crime',
      line: 'Unpaid for your work? Help is there.',
    },
  },
] as const

export const sampleOrganisations = {
  campaign: {
    az: 'Beynəlxalq Miqrasiya Təşkilatının (BMqT) Azərbaycan nümayəndəliyi',
    en: 'International Organization for Migration (IOM), Azerbaijan office',
    ru: 'Представительство Международной организации по миграции (МОМ) в Азербайджане',
  },
  department: {
    az: 'DİN-in İnsan Alverinə Qarşı Mübarizə Baş İdarəsi',
    en: 'Main Department for Combating Trafficking in Human Beings, Ministry of Internal Affairs',
    ru: 'Главное управление по борьбе с торговлей людьми МВД',
  },
  funder: {
    az: 'ABŞ Dövlət Departamentinin INL Bürosu',
    en: 'US State Department, Bureau of International Narcotics and Law Enforcement Affairs (INL)',
    ru: 'Бюро INL Государственного департамента США',
  },
}

export const demoPassword = 'xeberdar-demo'
export const demoUsers = [
  { name: 'Demo Admin', email: 'admin@example.org', roles: ['admin'], organisation: 'campaign' },
  {
    name: 'Nərmin Redaktor',
    email: 'editor@example.org',
    roles: ['editor'],
    organisation: 'campaign',
  },
  {
    name: 'Tural Tərcüməçi',
    email: 'translator@example.org',
    roles: ['translator'],
    organisation: 'campaign',
  },
  {
    name: 'Rəşad Rəyçi',
    email: 'reviewer@example.org',
    roles: ['reviewer'],
    organisation: 'campaign',
  },
  // Stories need a reviewer of each organisation.
  {
    name: 'Leyla Müfəttiş',
    email: 'police.reviewer@example.org',
    roles: ['reviewer'],
    organisation: 'department',
  },
] as const

export const samplePartner = {
  name: 'Nümunə Xəbər Portalı',
  contact: { person: 'Redaksiya', email: 'desk@example.org' },
  contentTypes: ['stories', 'articles', 'videos'] as ('stories' | 'articles' | 'videos')[],
  languages: ['az', 'en'] as ('az' | 'en')[],
}

/**
 * A booklet for border crossings and airports: every story and the article, of which print
 * shows only what it may (the stories whose consent allows print).
 */
export const sampleBrochure: Record<'az' | 'en', { title: string; intro: string }> = {
  az: {
    title: 'Xəbərdar olun: xaricdə iş vədləri',
    intro:
      'Xaricdə yüksək maaşlı iş təklif edilibsə, yola çıxmazdan əvvəl bu hekayələri oxuyun. Şübhə yaranarsa, qaynar xəttə zəng edin.',
  },
  en: {
    title: 'Be aware: promises of work abroad',
    intro:
      'If you have been offered a well-paid job abroad, read these stories before you travel. If in doubt, call the hotline.',
  },
}

/**
 * Where the sample campaign's website shows each item (Settings → Website addresses): a
 * placeholder domain with each language's own words for the sections, as a real site would have.
 */
export const samplePageAddresses = {
  az: {
    home: 'https://xeberdar.example/',
    stories: 'https://xeberdar.example/hekayeler/{slug}',
    articles: 'https://xeberdar.example/meqaleler/{slug}',
    videos: 'https://xeberdar.example/videolar/{slug}',
    posters: 'https://xeberdar.example/plakatlar/{id}',
    brochures: 'https://xeberdar.example/brosuralar/{id}',
  },
  en: {
    home: 'https://xeberdar.example/en/',
    stories: 'https://xeberdar.example/en/stories/{slug}',
    articles: 'https://xeberdar.example/en/articles/{slug}',
    videos: 'https://xeberdar.example/en/videos/{slug}',
    posters: 'https://xeberdar.example/en/posters/{id}',
    brochures: 'https://xeberdar.example/en/brochures/{id}',
  },
  ru: {
    home: 'https://xeberdar.example/ru/',
    stories: 'https://xeberdar.example/ru/istorii/{slug}',
    articles: 'https://xeberdar.example/ru/stati/{slug}',
    videos: 'https://xeberdar.example/ru/video/{slug}',
    posters: 'https://xeberdar.example/ru/plakaty/{id}',
    brochures: 'https://xeberdar.example/ru/broshyury/{id}',
  },
}
