import type { ClaimAction } from "../../lib/claims/lifecycle";

/**
 * Demo claims from the seed article. Sources are real public pages found while preparing the demo;
 * excerpts are quoted or (where marked "Paraphrase") summarised from those pages, and verdicts say
 * only what the cited sources say. Everything here is flagged as demo data in the UI.
 */
export const DEMO_ACCESSED = "2026-11-29";

export const DEMO_USERS = [
  { key: "admin", email: "admin@factdesk.test", name: "Ada Admin", role: "ADMIN" },
  { key: "editor", email: "editor@factdesk.test", name: "Eli Editor", role: "EDITOR" },
  { key: "rita", email: "rita@factdesk.test", name: "Rita Reviewer", role: "REVIEWER" },
  { key: "ravi", email: "ravi@factdesk.test", name: "Ravi Reviewer", role: "REVIEWER" },
] as const;
export type DemoUserKey = (typeof DEMO_USERS)[number]["key"];
export const DEMO_PASSWORD = "factdesk-demo-2026";

const CARPENTER = "Michael Carpenter, White House National Security Council";
const ARTICLE = "The article (demo news report)";

/** Other names the demo's claimants go by: typing one files a claim under the claimant. */
export const DEMO_ALIASES: { claimant: string; aliases: string[] }[] = [{ claimant: CARPENTER, aliases: ["Michael Carpenter", "Carpenter"] }];

type DemoSource = {
  ref: string;
  url: string;
  title: string;
  publisher: string;
  publishedAt?: string;
  archiveUrl?: string;
  reliabilityNote?: string;
};
type DemoEvidence = { source: string; stance: "SUPPORTS" | "REFUTES" | "CONTEXT"; excerpt: string; note?: string };
type DemoStep = { action: ClaimAction; by: DemoUserKey; note?: string };

// Sources and excerpts that more than one demo claim rests on.
const DW: DemoSource = {
  ref: "dw",
  url: "https://www.dw.com/en/ukraine-north-korea-supplied-weapons-to-moscow-says-us/a-67094805",
  title: "Ukraine: North Korea supplied weapons to Moscow, says US",
  publisher: "Deutsche Welle",
  publishedAt: "2023-10-13",
  reliabilityNote: "Reports a White House disclosure (US assessment with released imagery), not an independent finding.",
};
const JOINT: DemoSource = {
  ref: "joint",
  url: "https://gov.uk/government/news/joint-statement-on-dprk-russia-ballistic-missile-transfers",
  title: "DPRK-Russia ballistic missile transfers: joint statement, 12 January 2024",
  publisher: "UK Government (GOV.UK)",
  publishedAt: "2024-01-12",
  reliabilityNote: "Position of the signatory governments; Russia and North Korea deny violating sanctions.",
};
const KCNA: DemoSource = {
  ref: "kcna",
  url: "https://kcnawatch.org/newstream/1718870859-459880358/dprk-russia-treaty-on-comprehensive-strategic-partnership",
  title: "DPRK-Russia Treaty on Comprehensive Strategic Partnership",
  publisher: "KCNA, via KCNA Watch",
  publishedAt: "2024-06-20",
  reliabilityNote: "North Korean state media; used only for the treaty text.",
};
const HERALD: DemoSource = {
  ref: "herald",
  url: "https://m.koreaherald.com/view.php?ud=20240620050298",
  title: "N. Korea, Russia agree to offer military assistance 'without delay' if either is attacked: KCNA",
  publisher: "The Korea Herald (Yonhap)",
  publishedAt: "2024-06-20",
};
const DW_CONTAINERS =
  "The United States alleged on Friday that North Korea has delivered more than 1,000 containers of military equipment and munitions to Russia for its ongoing war in Ukraine.";
const TREATY_ARTICLE_4 =
  "In case any one of the two sides is put in a state of war by an armed invasion from an individual state or several states, the other side shall provide military and other assistance with all means in its possession without ...";
const HERALD_ARTICLE_4 =
  "Article 4 of the 23-point treaty could be seen as warranting automatic military intervention in the event of an attack on either country.";

export type DemoClaim = {
  quote: string;
  claimant: string;
  claimantType: "PERSON" | "ORGANIZATION";
  claimDate?: string;
  createdBy: DemoUserKey;
  assignee?: DemoUserKey;
  sources?: DemoSource[];
  evidence?: DemoEvidence[];
  verdict?: {
    by: DemoUserKey;
    rating: "TRUE" | "MOSTLY_TRUE" | "MIXED" | "MISLEADING" | "MOSTLY_FALSE" | "FALSE" | "UNVERIFIABLE";
    summary: string;
    rationale: string;
    /** The day the facts were last checked, shown to readers (YYYY-MM-DD). */
    validAsOf?: string;
  };
  /** The start of the quote of an earlier demo claim this one repeats: linked, then covered by its published verdict. */
  repeats?: string;
  /** Steps before the verdict is drafted (triage, dismiss) and after (submit, approve, publish). */
  before?: DemoStep[];
  after?: DemoStep[];
  comments?: { by: DemoUserKey; body: string }[];
};

export const DEMO_CLAIMS: DemoClaim[] = [
  {
    quote:
      "North Korea began large-scale supplies of weapons and ammunition to Russia for use in the war against Ukraine in 2023, a violation of international sanctions that Russia is obligated to comply with",
    claimant: ARTICLE,
    claimantType: "ORGANIZATION",
    createdBy: "editor",
    assignee: "rita",
    before: [{ action: "triage", by: "rita" }],
    sources: [
      DW,
      JOINT,
      {
        ref: "un1874",
        url: "https://press.un.org/en/2009/sc9679.doc.htm",
        title: "Security Council, Acting Unanimously, Condemns in Strongest Terms Democratic People's Republic of Korea Nuclear Test, Toughens Sanctions",
        publisher: "United Nations (SC/9679)",
        publishedAt: "2009-06-12",
        reliabilityNote: "Primary source for the legal basis (resolution 1874).",
      },
    ],
    evidence: [
      {
        source: "dw",
        stance: "SUPPORTS",
        excerpt: DW_CONTAINERS,
        note: "Shipments between 7 September and 1 October 2023, according to the White House: supports a 2023 start of large-scale deliveries.",
      },
      {
        source: "joint",
        stance: "SUPPORTS",
        excerpt:
          "Paraphrase: the signatories state that the transfer of ballistic missiles and other arms from the DPRK to Russia flagrantly violates multiple UN Security Council resolutions.",
      },
      {
        source: "un1874",
        stance: "CONTEXT",
        excerpt:
          "Unanimously adopting resolution 1874 (2009) under Chapter VII, the Council sharpened its weapons import-export ban on the Democratic People's Republic of Korea enacted in resolution 1718 (2006)",
        note: "The arms embargo binds every UN member state, Russia included.",
      },
    ],
    comments: [{ by: "rita", body: "The deliveries are governments' assessments, denied by both countries: the verdict should say so." }],
    verdict: {
      by: "rita",
      rating: "MOSTLY_TRUE",
      summary:
        "The US and allied governments say North Korea shipped large quantities of arms and munitions to Russia from 2023, in breach of UN sanctions that bind Russia; both countries deny it.",
      rationale:
        "Deutsche Welle reported on 13 October 2023 the White House's statement that North Korea had delivered more than 1,000 containers of military equipment and munitions to Russia for its war in Ukraine, shipped between 7 September and 1 October 2023. In a joint statement of 12 January 2024, published by the UK government, the signatory governments said that the transfer of ballistic missiles and other arms from North Korea to Russia flagrantly violates multiple UN Security Council resolutions. Those resolutions bind every member state: resolution 1874 (2009) tightened the ban on trading arms with North Korea. The deliveries are established by governments' assessments, which Russia and North Korea deny, so the claim is accurate but needs that clarification.",
    },
    after: [
      { action: "submit", by: "rita" },
      { action: "approve", by: "editor" },
      { action: "publish", by: "editor" },
    ],
  },
  {
    quote: "On 18-19 June, Putin visited North Korea for the first time in 24 years.",
    claimant: ARTICLE,
    claimantType: "ORGANIZATION",
    claimDate: "2024-06-19",
    createdBy: "rita",
    assignee: "rita",
    before: [{ action: "triage", by: "rita" }],
    sources: [
      {
        ref: "afp",
        url: "https://www.thedailystar.net/news/world/news/putin-kim-attend-ceremony-pyongyang-russian-media-3636721",
        title: "Putin, Kim attend ceremony in Pyongyang: Russian media",
        publisher: "The Daily Star (AFP)",
        publishedAt: "2024-06-19",
      },
      {
        ref: "donga",
        url: "https://www.donga.com/en/article/all/20240620/5013985/1",
        title: "Kim waited for Putin at the airport at 2 a.m.",
        publisher: "The Dong-A Ilbo",
        publishedAt: "2024-06-20",
      },
      {
        ref: "abc2000",
        url: "https://abcnews.go.com/International/story?id=83114",
        title: "Putin Makes First Visit to N. Korea",
        publisher: "ABC News",
        publishedAt: "2000-07-19",
      },
    ],
    evidence: [
      { source: "afp", stance: "SUPPORTS", excerpt: "Putin arrived in Pyongyang early Wednesday morning, his first visit to North Korea in 24 years." },
      {
        source: "donga",
        stance: "CONTEXT",
        excerpt:
          "Both North Korea and Russia had officially announced Putin's two-day, one-night visit to North Korea on Tuesday and Wednesday ... According to Russia's state-run RIA Novosti news agency, President Putin arrived at 2:22 a.m.",
        note: "The visit was announced for 18–19 June; he landed in the early hours of 19 June local time.",
      },
      {
        source: "abc2000",
        stance: "SUPPORTS",
        excerpt: "Russian President Vladimir Putin began a historic two-day visit to North Korea today",
        note: "The previous visit, July 2000.",
      },
    ],
    verdict: {
      by: "rita",
      rating: "TRUE",
      summary: "Putin's June 2024 trip, announced for 18–19 June, was his first visit to North Korea since July 2000.",
      rationale:
        "AFP (via The Daily Star) reports that Putin arrived in Pyongyang early on Wednesday 19 June 2024, “his first visit to North Korea in 24 years”. ABC News reported his previous visit, which began on 19 July 2000. The Dong-A Ilbo notes that both governments had announced a two-day visit on 18 and 19 June, and that he landed at 2:22 a.m. local time on 19 June, so the stay in Pyongyang was shorter than announced; this does not change the substance of the claim.",
    },
    // Approved, waiting for an editor to publish it.
    after: [
      { action: "submit", by: "rita" },
      { action: "approve", by: "editor" },
    ],
  },
  {
    quote: "the coalition of 50 countries in the Ukraine Defense Contact Group",
    claimant: CARPENTER,
    claimantType: "PERSON",
    createdBy: "editor",
    assignee: "ravi",
    before: [{ action: "triage", by: "ravi" }],
    sources: [
      {
        ref: "up",
        url: "https://www.pravda.com.ua/eng/news/2024/06/13/7460559/",
        title: "Argentina joins Ukraine Defence Contact Group",
        publisher: "Ukrainska Pravda",
        publishedAt: "2024-06-13",
      },
      {
        ref: "interfax",
        url: "https://en.interfax.com.ua/news/general/993430.html",
        title: "Interfax-Ukraine report on the Ukraine Defense Contact Group meeting, 13 June 2024",
        publisher: "Interfax-Ukraine",
        publishedAt: "2024-06-13",
        reliabilityNote: "Headline not recorded; title describes the report.",
      },
    ],
    evidence: [
      {
        source: "up",
        stance: "SUPPORTS",
        excerpt:
          "The group brings together more than 50 countries – all NATO nations, most EU states and allies from Africa and Asia, as well as South America.",
      },
      {
        source: "interfax",
        stance: "SUPPORTS",
        excerpt: "“It's 50 countries from all over the world. And today the group got bigger because Argentina joined our ranks ...”",
        note: "Attributed to US Defense Secretary Lloyd Austin, 13 June 2024.",
      },
    ],
    verdict: {
      by: "ravi",
      rating: "TRUE",
      summary: "The Ukraine Defense Contact Group counted about 50 countries in June 2024, by the US defence secretary's own count.",
      rationale:
        "On 13 June 2024, the day Argentina joined, US Defense Secretary Lloyd Austin described the Ukraine Defense Contact Group as “50 countries from all over the world” (Interfax-Ukraine). Ukrainska Pravda reported the same day that the group brings together more than 50 countries, among them all NATO members. Carpenter's “coalition of 50 countries” matches both counts.",
      validAsOf: "2024-06-13",
    },
    after: [
      { action: "submit", by: "ravi" },
      { action: "approve", by: "editor" },
      { action: "publish", by: "editor" },
    ],
  },
  {
    quote: "the roughly 100 countries that supported the principles of the UN Charter in Switzerland",
    claimant: CARPENTER,
    claimantType: "PERSON",
    createdBy: "editor",
    assignee: "ravi",
    before: [{ action: "triage", by: "ravi" }],
    sources: [
      {
        ref: "fdfa",
        url: "https://www.eda.admin.ch/countries/ukraine/uk/home/aktualne/novini.html/content/eda/en/meta/news/2024/6/16/101439",
        title: "States at Summit on Peace in Ukraine agree on common positions and next steps",
        publisher: "Swiss Federal Department of Foreign Affairs",
        publishedAt: "2024-06-16",
        reliabilityNote: "The host government's official figures.",
      },
      {
        ref: "ki",
        url: "https://kyivindependent.com/80-countries-4-european-institutions-sign-peace-summits-joint-communique/",
        title: "80 countries, 4 European institutions sign peace summit's joint communique",
        publisher: "The Kyiv Independent",
        publishedAt: "2024-06-16",
      },
    ],
    evidence: [
      {
        source: "fdfa",
        stance: "CONTEXT",
        excerpt:
          "92 states from all regions of the world took part in the summit, 57 of which were represented by heads of state and government. ... The joint communiqué that emerged from the Bürgenstock summit was supported by the vast majority of participating states.",
      },
      {
        source: "ki",
        stance: "REFUTES",
        excerpt:
          "Eighty countries, including Ukraine, and four European institutions signed the final joint communique of the Switzerland peace summit on June 16 ... Representatives of around 100 countries and organizations gathered at the Burgenstock resort",
        note: "About 100 is the number of countries and organisations that attended, not of countries that signed.",
      },
    ],
    verdict: {
      by: "ravi",
      rating: "MISLEADING",
      summary:
        "92 states took part in the Swiss peace summit, but about 80 countries and 4 European institutions signed the communiqué backing UN Charter principles, not roughly 100 countries.",
      rationale:
        "The Swiss foreign ministry, the summit's host, reports that 92 states took part in the Summit on Peace in Ukraine at Bürgenstock on 15–16 June 2024, 57 of them represented by heads of state or government, and that the joint communiqué was supported by “the vast majority” of them. The Kyiv Independent counted 80 countries, Ukraine among them, and four European institutions that signed the communiqué on 16 June, out of representatives of around 100 countries and organisations who attended. “Roughly 100 countries that supported” the communiqué's principles therefore counts the delegations that attended, countries and organisations together, as if all had endorsed it: about 80 countries did. These are the counts published on 16 June 2024; any country that endorsed it later is not in them.",
      validAsOf: "2024-06-16",
    },
    after: [
      { action: "submit", by: "ravi" },
      { action: "approve", by: "editor" },
      { action: "publish", by: "editor" },
    ],
  },
  {
    quote:
      "Putin and North Korean dictator Kim Jong Un signed a comprehensive strategic partnership treaty, which provides for mutual assistance in case of aggression against either state.",
    claimant: ARTICLE,
    claimantType: "ORGANIZATION",
    claimDate: "2024-06-19",
    createdBy: "rita",
    assignee: "rita",
    before: [{ action: "triage", by: "rita" }],
    sources: [KCNA, HERALD],
    evidence: [
      {
        source: "kcna",
        stance: "SUPPORTS",
        excerpt: TREATY_ARTICLE_4,
        note: "Article 4 of the treaty, signed on 19 June 2024.",
      },
      {
        source: "herald",
        stance: "SUPPORTS",
        excerpt: HERALD_ARTICLE_4,
      },
    ],
    verdict: {
      by: "rita",
      rating: "TRUE",
      summary:
        "Kim and Putin signed a Treaty on Comprehensive Strategic Partnership on 19 June 2024; its Article 4 provides for military assistance if either is attacked.",
      rationale:
        "The treaty text published by North Korea's state news agency KCNA says the two leaders signed the “Treaty on Comprehensive Strategic Partnership” on 19 June; its Article 4 says that if either side is put in a state of war by an armed invasion, the other shall provide military and other assistance with all means in its possession. Yonhap, reported by The Korea Herald, describes the same article as warranting military intervention in the event of an attack on either country.",
    },
    after: [
      { action: "submit", by: "rita" },
      { action: "approve", by: "editor" },
      { action: "publish", by: "editor" },
    ],
  },
  {
    quote: "China, which, while not providing Russia with weapons, is sending a lot of dual-use products for the production of advanced weapons systems",
    claimant: CARPENTER,
    claimantType: "PERSON",
    createdBy: "ravi",
  },
  {
    quote: "these include nitrocellulose for manufacturing gunpowder, optics, and machine tools for the Russian military-industrial complex",
    claimant: CARPENTER,
    claimantType: "PERSON",
    createdBy: "ravi",
  },
  {
    quote: "He traveled to Pyongyang at the invitation of North Korean leader Kim Jong Un",
    claimant: ARTICLE,
    claimantType: "ORGANIZATION",
    createdBy: "rita",
  },
  {
    quote: "The senior director for Europe at the White House National Security Council, Michael Carpenter",
    claimant: ARTICLE,
    claimantType: "ORGANIZATION",
    createdBy: "rita",
  },
  {
    // The same claim as the treaty verdict above: linked to it, then covered by its published verdict.
    quote: "The two leaders signed a strategic partnership treaty during Putin’s visit.",
    claimant: ARTICLE,
    claimantType: "ORGANIZATION",
    createdBy: "rita",
    repeats: "Putin and North Korean dictator Kim Jong Un signed",
  },
  {
    quote: "Russia is seeking to form an alliance with pariah nations like North Korea, Iran, and Syria",
    claimant: CARPENTER,
    claimantType: "PERSON",
    createdBy: "ravi",
    before: [{ action: "dismiss", by: "ravi", note: "A characterisation of intent, not a checkable statement of fact." }],
  },
  {
    // A forecast: rated unverifiable (no source needed, the rationale says why), waiting for an editor.
    quote: "This will not help Russia in its confrontation with the entire democratic world, which continues to provide robust support to Ukraine.",
    claimant: CARPENTER,
    claimantType: "PERSON",
    createdBy: "ravi",
    assignee: "ravi",
    before: [{ action: "triage", by: "ravi" }],
    verdict: {
      by: "ravi",
      rating: "UNVERIFIABLE",
      summary: "A forecast about what Russia's partnerships will achieve: no record of what has happened can confirm or refute it.",
      rationale:
        "Carpenter predicts that Russia's partnerships “will not help” it against the countries that support Ukraine. Whether they help is a question about the future, so no source available when he spoke can settle it; “robust support” is a characterisation, not a figure. Rated unverifiable rather than dismissed so that an editor decides whether the statement is in scope.",
    },
    after: [{ action: "submit", by: "ravi" }],
  },
  {
    // Research under way: sources and evidence, no verdict yet.
    quote: "relations between the two countries were strengthening following Russia’s full-scale invasion of Ukraine",
    claimant: ARTICLE,
    claimantType: "ORGANIZATION",
    createdBy: "rita",
    assignee: "rita",
    before: [{ action: "triage", by: "rita" }],
    sources: [DW, JOINT, KCNA],
    evidence: [
      {
        source: "dw",
        stance: "SUPPORTS",
        excerpt: DW_CONTAINERS,
        note: "Military ties in 2023, after the February 2022 invasion.",
      },
      {
        source: "kcna",
        stance: "SUPPORTS",
        excerpt: TREATY_ARTICLE_4,
        note: "A mutual-assistance treaty in June 2024.",
      },
    ],
    comments: [{ by: "rita", body: "Both sources are about military ties; I am looking for one on trade or diplomacy before drafting." }],
  },
  {
    // Published, then withdrawn: a "Read also" line is another article's headline, not this article's claim.
    quote: "Russia and North Korea forge alliance, agreeing to mutual defense pact",
    claimant: ARTICLE,
    claimantType: "ORGANIZATION",
    createdBy: "rita",
    assignee: "rita",
    before: [{ action: "triage", by: "rita" }],
    sources: [HERALD],
    evidence: [
      {
        source: "herald",
        stance: "SUPPORTS",
        excerpt: HERALD_ARTICLE_4,
      },
    ],
    verdict: {
      by: "rita",
      rating: "MOSTLY_TRUE",
      summary:
        "The June 2024 treaty commits each country to military assistance if the other is attacked; “alliance” is the headline's word, not the treaty's.",
      rationale:
        "Yonhap, reported by The Korea Herald, describes Article 4 of the treaty as warranting military intervention in the event of an attack on either country, which is what a mutual defence pact is. The treaty is called a Treaty on Comprehensive Strategic Partnership; “alliance” is the headline's characterisation.",
    },
    after: [
      { action: "submit", by: "rita" },
      { action: "approve", by: "editor" },
      { action: "publish", by: "editor" },
      {
        action: "unpublish",
        by: "editor",
        note: "Withdrawn: this is the headline of a linked article, not a claim this article makes. The treaty is covered by our verdict on it.",
      },
    ],
  },
];
