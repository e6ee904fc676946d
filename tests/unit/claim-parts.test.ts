import { describe, expect, it } from "vitest";
import { ClaimReader, MATCH_THRESHOLD, claimParts, conceptTokens, dayAgainstPeriod, matchClaims, matchReaders, sameClaim } from "@/lib/tracking/claim-parts";
import { claimWords, normalizeClaimText } from "@/lib/tracking/similarity";

/** Both orders: which claim is the earlier one must not change the answer. */
const bothWays = (a: string, b: string) => [matchClaims(a, b), matchClaims(b, a)];

// The same claim in other words: synonyms, capitals for states, British spelling, number words, word order, voice.
const PARAPHRASES: [string, string][] = [
  // A time after the counted thing, and "housing units" for homes, count nothing else.
  ["Ukraine said it shot down 12 Russian drones overnight.", "Kyiv said its air defences destroyed 12 Russian drones during the night."],
  ["The city has built 9,000 social homes since 2020.", "Since 2020, 9,000 social housing units have been built by the city."],
  // "k" for thousands before a plural, and "people" for the patients the other counts.
  ["The number of patients waiting for surgery in Ulster has reached a record 415,000.", "A record 415k people are now waiting for surgery in Ulster."],
  // A place said as a name in one and as an adjective, or the company's name, in the other.
  ["Dalmore Foods will cut 900 jobs in France by the end of 2027.", "About 900 French positions are to be eliminated at Dalmore Foods before 2028."],
  // The same order of events, the clause put first or last.
  ["Ridership on the harbour ferry fell after the fare was raised.", "After the fare was raised, ridership on the harbour ferry fell."],
  // "annual inflation" is what "inflation" means in a news report.
  ["Annual inflation in Peru was 4.1% in March.", "Inflation in Peru was 4.1% in March."],
  // The same supply said as a noun and as a verb.
  ["Iran's deliveries of drones to Russia breach UN resolutions", "Iran has been delivering drones to Russia in breach of UN resolutions"],
  ["the coalition of 50 countries in the Ukraine Defense Contact Group", "Nearly 50 nations make up the Ukraine Defense Contact Group"],
  [
    "North Korea's supplies of weapons and ammunition to Russia violate international sanctions",
    "Pyongyang's arms deliveries to Moscow are in breach of international sanctions",
  ],
  ["the Ukraine Defence Contact Group's coalition of fifty nations", "the coalition of 50 countries in the Ukraine Defense Contact Group"],
  ["Putin visited North Korea for the first time in 24 years", "Putin visited North Korea for the first time in twenty-four years"],
  ["North Korea began supplying weapons and ammunition to Russia in 2023", "In 2023, North Korea began supplying ammunition and weapons to Russia"],
  ["North Korea has sent millions of artillery shells to Russia", "Pyongyang has shipped millions of artillery shells to Moscow"],
  ["China is sending dual-use products to Russia", "Beijing is shipping dual-use goods to Moscow"],
  ["Roughly 100 countries supported the principles of the UN Charter", "About 100 states backed the principles of the UN Charter"],
  ["Putin and Kim Jong Un signed a strategic partnership treaty", "A strategic partnership treaty was signed by Putin and Kim Jong Un"],
  ["Kim Jong Un and Vladimir Putin signed a mutual defence treaty in Pyongyang", "Vladimir Putin and Kim Jong Un signed a mutual defense treaty in Pyongyang"],
  // The other side of the same supply: who received it from whom.
  [
    "Pyongyang has shipped more than 5 million artillery shells to Russia since September 2023",
    "Russia has received over five million artillery rounds from North Korea since September 2023",
  ],
  [
    "North Korea sent about 11,000 troops to fight in Russia’s Kursk region last year",
    "Around 11,000 North Korean soldiers were deployed to Russia’s Kursk region last year",
  ],
  // "The first six months of the year" is its first half: close wording once both say so.
  [
    "Burglaries in Maple Falls fell 18% in the first six months of the year compared with the same period last year",
    "Maple Falls recorded an 18 percent drop in break-ins in the first half of the year from a year earlier",
  ],
];

// Few words in common, but the same figures about the same party: a match under the word threshold.
const ANCHORED: [string, string][] = [
  ["Unemployment in Poland stood at 5.0% in April, the lowest since 1990", "Poland’s jobless rate was 5 percent in April, its lowest level since 1990"],
  ["Roughly 600 million Africans still have no access to electricity", "Nearly 600 million people in Africa live without electricity"],
];

// As few words in common, but a figure or the party differs: no anchor.
const NOT_ANCHORED: [string, string][] = [
  ["The port of Minsk handled 40 ships in 2024", "40 schools were closed in Minsk in 2024"],
  ["Consumer prices in Poland rose 3.4% in May from a year earlier", "Portuguese annual inflation eased to 3.4 percent in May"],
  ["Consumer prices in Poland rose 3.4% in May from a year earlier", "Polish annual inflation eased to 3.7 percent in May"],
];

// A short claim inside a longer sentence that reports it with a frame, a time and an aside.
const SPANS: [string, string][] = [
  // "and" after the figure's phrase opens a clause here, not another kind of thing counted.
  [
    "The bakery chain recalled 40,000 loaves of rye bread.",
    "In a notice in its shops, the bakery chain said it had recalled 40,000 loaves of rye bread and informed food inspectors in three regions.",
  ],
  // The negation is in an aside of the longer sentence, not in the part that repeats the claim.
  [
    "The survey found that nurses who worked night shifts slept two hours less a day",
    "Published on Monday, the survey of 3,000 staff found that nurses who worked night shifts slept two hours less a day, although its authors said it did not show why",
  ],
  [
    "North Korea supplied weapons to Russia",
    "According to US officials, North Korea supplied weapons to Russia last year, in violation of several UN Security Council resolutions",
  ],
  [
    "Putin visited North Korea for the first time in 24 years",
    "On Wednesday Putin visited North Korea for the first time in 24 years, where he was greeted by Kim Jong Un at the airport in Pyongyang",
  ],
  [
    "the coalition of 50 countries in the Ukraine Defense Contact Group",
    "US Defense Secretary Lloyd Austin told reporters in Brussels on Thursday that the coalition of 50 countries in the Ukraine Defense Contact Group would keep supporting Kyiv",
  ],
  [
    "Roughly 100 countries supported the principles of the UN Charter",
    "At the summit in Switzerland, roughly 100 countries supported the principles of the UN Charter in a final communique",
  ],
  // The longer sentence holds a figure of its own.
  [
    "The Security Council capped North Korea’s imports of refined petroleum at 500,000 barrels a year in 2017",
    "The Security Council capped North Korea’s imports of refined petroleum at 500,000 barrels a year in 2017, a limit Washington says Russia has far exceeded by shipping more than 1 million barrels last year",
  ],
];

// One says the opposite: "not", "never", a denial, also inside a longer sentence.
const NEGATIONS: [string, string][] = [
  // Opposite directions, opposite orders, and denials said without "not".
  ["The cod stock's breeding biomass has shrunk for three consecutive years", "The cod breeding stock has grown for three consecutive years"],
  ["Fares in Lindmoor are rising again this winter", "Fares in Lindmoor are coming down again this winter"],
  // Rose against fell was told apart as one value for another; it is now read as the opposite direction.
  ["Departures from Libya rose by 14 percent in the first year", "Departures from Libya fell by 14 percent in the first year"],
  ["Harlow's January wage growth came in stronger than analysts had forecast", "Harlow's January wage growth came in below analysts' forecasts"],
  ["The quota cut agreed in Bergen went further than the scientific advice", "The quota cut agreed in Bergen fell short of the scientific advice"],
  ["The Dunmore refinery was allowed to keep operating after the June audit", "The Dunmore refinery was ordered to stop operating after the June audit"],
  ["The drop in Lyon's traffic was largely due to the new tram line", "The drop in Lyon's traffic had little to do with the new tram line"],
  ["The defence secretary said Norway would send ships to the patrol mission", "The defence secretary ruled out sending Norwegian ships to the patrol mission"],
  // A denial against "not just": the second affirms the drones ("not just" denies nothing), the first denies them.
  ["Iran is not selling drones to Russia, but it is sending engine parts", "Iran is selling drones to Russia, not just engine parts"],
  ["Parliament passed the budget before the deadline", "Parliament failed to pass the budget before the deadline"],
  ["North Korea supplied weapons to Russia", "North Korea did not supply weapons to Russia"],
  ["Pyongyang has shipped artillery shells to Moscow", "Pyongyang has never shipped artillery shells to Moscow"],
  ["China is providing Russia with weapons", "China is not providing Russia with weapons"],
  ["Russia violated the UN Charter", "Russia has not violated the UN Charter"],
  ["Beijing supplies weapons to Moscow", "Beijing denies that it supplies weapons to Moscow"],
  ["Kim Jong Un said that North Korea supplied weapons to Russia", "Kim Jong Un denied that North Korea supplied weapons to Russia"],
  [
    "North Korea supplied weapons to Russia",
    "According to US officials, North Korea did not supply weapons to Russia last year, despite repeated reports from Seoul",
  ],
  // Below against enough: the opposite without a "not".
  [
    "Vaccination coverage in parts of the Fraser Valley is below the level needed to stop measles spreading",
    "Vaccination coverage in the Fraser Valley is high enough to stop measles from spreading",
  ],
];

// "not only … but also" adds, it does not deny.
const NOT_ONLY: [string, string][] = [
  ["North Korea supplied not only shells but also missiles to Russia", "North Korea supplied shells and missiles to Russia"],
  ["Not only North Korea but also Iran supplied weapons to Russia", "North Korea and Iran supplied weapons to Russia"],
  ["North Korea is not only supplying shells to Russia but also missiles", "North Korea is supplying shells and missiles to Russia"],
  // "not just" and "not merely" say the same.
  ["Iran is selling drones to Russia, not just components", "Iran is selling drones and components to Russia"],
  ["The ministry cut the budget of every hospital, not merely the rural ones", "The ministry cut the budget of every hospital"],
];

// Who does what to whom: the same words with the parties swapped, or someone else doing it to someone else.
const SWAPPED_ROLES: [string, string][] = [
  // Cause and effect, or first and then, traded between the two clauses.
  ["Ridership on the harbour ferry fell after the fare was raised.", "The fare on the harbour ferry was raised after ridership fell."],
  [
    "Kelso District Council closed two libraries because the county cut its funding.",
    "The county cut its funding because Kelso District Council closed two libraries.",
  ],
  // A supply said as a noun: its owner is the doer, whatever verb the sentence goes on with.
  [
    "Iran's deliveries of drones and shells to Russia since 2022 breach UN resolutions",
    "Since 2022 Russia has been delivering drones and shells to Iran, in breach of UN resolutions",
  ],
  [
    "China, while not providing Russia with weapons, is sending dual-use products",
    "Russia, while not providing China with weapons, is sending dual-use products",
  ],
  ["Putin visited North Korea for the first time in 24 years", "Kim Jong Un visited Russia for the first time in 24 years"],
  ["North Korea supplied weapons to Russia", "Russia supplied weapons to North Korea"],
  ["Russia supplied North Korea with weapons", "North Korea supplied Russia with weapons"],
  ["North Korea supplied shells to Russia", "North Korea received shells from Russia"],
  ["Helena Strand joined Nordvik after a decade at Sentra Networks", "Helena Strand joined Sentra Networks after a decade at Nordvik"],
  ["A smuggling network paid bribes to the Rotterdam customs officer", "The Rotterdam customs officer paid bribes to a smuggling network"],
  ["India beat Australia in the cricket World Cup final", "Australia beat India in the cricket World Cup final"],
  ["The city of Lyon bought the stadium from the football club", "The football club bought the stadium from the city of Lyon"],
  [
    "The opposition leader's attack on the governor dominated the televised debate",
    "The governor's attack on the opposition leader dominated the televised debate",
  ],
  ["The poll puts the Social Democrats on 31% and the conservatives on 26%", "The poll puts the conservatives on 31% and the Social Democrats on 26%"],
  // The figures change hands.
  ["Rents in Lisbon have risen 38% in five years while wages have risen 14%", "Wages in Lisbon have risen 38% in five years while rents have risen 14%"],
  // The sides of a comparison trade places.
  ["Exports to Japan are twice as high as exports to Korea", "Exports to Korea are twice as high as exports to Japan"],
  ["Emissions from aviation grew faster than emissions from shipping", "Emissions from shipping grew faster than emissions from aviation"],
  ["Governor Ruiz trails challenger Pham by six points in the latest poll", "Challenger Pham trails Governor Ruiz by six points in the latest poll"],
  // A hyphenated noun is no verb: "start-up" does not hide who bought whom.
  ["The energy company bought the solar start-up for $200 million", "The solar start-up bought the energy company for $200 million"],
  // A name compromise reads as an adjective ("United") is still a party.
  ["United beat City 3-1 in the cup final", "City beat United 3-1 in the cup final"],
];

// Close wording, but a figure counts something else: blocked by the figures.
const FIGURES_COUNT_ELSE: [string, string][] = [
  // The same first word after the figure, another thing at the phrase's end.
  ["Fake vaccines were found in 9 of the 45 private pharmacy shops inspected.", "Fake vaccines were found in 9 of the 45 private clinics inspected."],
  // A level against a change, the currency written with its country's letters.
  ["The cost of the Kestrel Bridge has risen to A$2.1 billion.", "The cost of the Kestrel Bridge has risen by A$2.1 billion."],
  // The same figure in another place.
  ["The brewer employs 650 people at its brewery in Dundee.", "The brewer employs 650 people at its breweries across Scotland."],
  ["The council surveyed 300 tenants on Mill Street.", "The council surveyed 300 tenants across Sheffield."],
  // One more kind of thing in the list the figure counts.
  ["The regulator made 96 inspections of care homes last year.", "The regulator made 96 inspections of care homes and home-help agencies last year."],
  ["The vaccine cut the risk of hospital admission by 41 percent.", "The vaccine cut the risk of hospital admission, intensive care or death by 41 percent."],
  // The same figure of a narrower thing, said before "was"; and a second thing counted beside the first.
  ["Food inflation in Peru was 4.1% in March.", "Inflation in Peru was 4.1% in March."],
  ["The Baltic Shipping Council represents 64 ferry operators.", "The Baltic Shipping Council represents 64 ferry operators and nine port authorities."],
  ["100 countries supported the principles of the UN Charter", "100 countries and organisations supported the principles of the UN Charter"],
  ["Roughly 100 countries supported the principles of the UN Charter", "Roughly 100 countries and organisations supported the principles of the UN Charter"],
  [
    "the coalition of 50 countries in the Ukraine Defense Contact Group",
    "the coalition of 50 countries and organisations in the Ukraine Defense Contact Group",
  ],
  ["the coalition of 50 countries in the Ukraine Defense Contact Group", "the Ukraine Defense Contact Group has met 50 times"],
  ["Nearly 50 nations make up the Ukraine Defense Contact Group", "the Ukraine Defense Contact Group has met nearly 50 times"],
  // A share of something else, and a change measured against another base.
  ["Africa gets about 2% of global clean energy investment", "Africa gets about 2% of global energy investment"],
  ["Consumer prices in Poland rose 3.4% in May from a year earlier", "Consumer prices in Poland rose 3.4% in May from April"],
  // Another subject of the same figure, or one year against all the years since.
  ["Youth unemployment in South Africa stands at 45%", "Unemployment in South Africa stands at 45%"],
  ["Police in the region arrested 800 people in 2023", "Police in the region have arrested 800 people since 2023"],
  ["Unemployment among young people in Italy stands at 20%", "Unemployment in Italy stands at 20%"],
  ["Rents in Berlin rose 18% over the past five years", "Rents in Berlin rose 18% over the past year"],
  [
    "The UN has verified the deaths of 1,340 civilians since the ceasefire collapsed",
    "The UN has verified the deaths of 1,340 civilians since the war began in 2021",
  ],
  [
    "the coalition of 50 countries in the Ukraine Defense Contact Group",
    "US Defense Secretary Lloyd Austin said in Brussels that the coalition of 60 countries in the Ukraine Defense Contact Group would keep supporting Kyiv",
  ],
];

// The same thing counted differently: never a match (whichever check stops it).
const FIGURES_DIFFER: [string, string][] = [
  ["the coalition of 50 countries in the Ukraine Defense Contact Group", "the coalition of 60 countries in the Ukraine Defense Contact Group"],
  ["50 countries make up the Ukraine Defense Contact Group", "60 countries make up the Ukraine Defense Contact Group"],
  ["nearly 50 countries make up the Ukraine Defense Contact Group", "60 countries make up the Ukraine Defense Contact Group"],
  ["Roughly 100 countries supported the principles of the UN Charter", "Roughly 80 countries supported the principles of the UN Charter"],
  ["Putin visited North Korea for the first time in 24 years", "Putin visited North Korea for the first time in 12 years"],
];

// An approximate figure within 10% of the exact one is the same figure.
const FIGURES_APPROX: [string, string][] = [
  ["nearly 50 countries make up the Ukraine Defense Contact Group", "50 countries make up the Ukraine Defense Contact Group"],
  ["the coalition of nearly 50 countries in the Ukraine Defense Contact Group", "the coalition of 50 countries in the Ukraine Defense Contact Group"],
  ["about 100 countries supported the UN Charter principles at the summit", "100 countries supported the UN Charter principles at the summit"],
  ["More than 90 countries attended the peace summit in Switzerland", "Over 90 countries attended the Swiss peace summit"],
];

// One value put in place of another of its kind: another claim, however close the wording.
const CONTRASTED: [string, string][] = [
  ["At least 27 civilians were killed in the shelling of Dalsk", "At least 27 civilians were wounded in the shelling of Dalsk"],
  ["Van Dam was convicted of membership of a criminal organisation", "Van Dam was acquitted of membership of a criminal organisation"],
  [
    "The use of cluster munitions in populated areas is banned under international law",
    "The use of cluster munitions in populated areas is allowed under international law",
  ],
  ["Nordvik expects savings of 6 billion crowns per year from 2026", "Nordvik expects savings of 6 billion crowns in total from 2026"],
  ["Mpox cases in Congo passed 14,000 this year", "Mpox deaths in Congo passed 14,000 this year"],
  ["The city increased its budget for road repairs", "The city cut its budget for road repairs"],
  ["More migrants arrived in Italy by sea in 2023 than in 2022", "Fewer migrants arrived in Italy by sea in 2023 than in 2022"],
  ["The ceasefire in Sudan held over the weekend", "The ceasefire in Sudan collapsed over the weekend"],
  ["Australia recorded a budget surplus in the last financial year", "Australia recorded a budget deficit in the last financial year"],
  ["The eurozone economy expanded in the third quarter", "The eurozone economy shrank in the third quarter"],
  ["Tesla delivered 435,000 vehicles in the second quarter", "Tesla produced 435,000 vehicles in the second quarter"],
];

// A word changed for one outside its kind is a paraphrase.
// Words WordNet does not call synonyms, each put in place of the other in otherwise the same claim.
const ONE_WORD_CHANGED: [string, string][] = [
  ["The outbreak killed 85 cattle on farms near Arusha", "The outbreak infected 85 cattle on farms near Arusha"],
  ["Bread prices in Cairo reached a record high in March", "Bread prices in Cairo reached a record low in March"],
  ["The council voted to open the library on Sundays", "The council voted to close the library on Sundays"],
];

// The changed word is a WordNet synonym, or of the same family ("Italy", "Italian").
const SYNONYM_CHANGED: [string, string][] = [
  ["The ministry will cut the fuel subsidy by 20% in June", "The ministry will reduce the fuel subsidy by 20% in June"],
  ["Italy signed a maritime treaty with Albania in Rome", "Italy signed a maritime pact with Albania in Rome"],
  ["Doctors in Lagos went on strike over pay for three weeks", "Physicians in Lagos went on strike over pay for three weeks"],
  // A word folded onto a concept ("bought" is receiving) still has its own synonyms ("purchased").
  ["The town council bought the old mill for 2 million euros", "The old mill was purchased by the town council for 2 million euros"],
  // What a figure counts, in synonyms: votes are ballots.
  ["The mayor won 54% of the votes in Accra", "The mayor took 54% of the ballots in Accra"],
  // Several words changed, each for a synonym: they score as the same words would.
  ["The physician earned a wage of 2,000 cedis a month", "The doctor was paid a salary of 2,000 cedis a month"],
];

const SAME_KIND: [string, string][] = [
  ["Britain's last coal-fired power station closed on Monday", "The UK's final coal-fired power plant closed on Monday"],
  ["The hospital waiting list in England rose to 7.6 million people", "The number of people on England's hospital waiting list climbed to 7.6 million"],
  ["Air pollution in Delhi reached 15 times the WHO limit", "Air pollution in the Indian capital reached 15 times the WHO limit"],
  [
    "The ruling party won 54% of the seats in parliament",
    "Election officials said the ruling party won 54% of the seats in parliament, while turnout was the lowest in two decades",
  ],
  [
    "The Red Cross delegation delivered medical supplies for 500 patients to the hospital in Dalsk",
    "The hospital in Dalsk received medical supplies for 500 patients from the Red Cross delegation",
  ],
  ["More than 300 people were arrested during the protests in Nairobi", "Over 300 people were detained during the demonstrations in Nairobi"],
  ["More than 7,000 roles have been cut at Nordvik since 2023", "Over seven thousand positions have been eliminated at Nordvik since 2023"],
  ["Pieter van Dam accepted at least 1.2 million euros in cash", "Van Dam took more than €1.2m in cash"],
  ["Italy’s coastguard rescued 41,000 people at sea last year", "Last year 41,000 people were saved at sea by the Italian coastguard"],
  [
    "Police in England and Wales recorded 50,500 knife offences in the year to March",
    "In the 12 months to March, police in England and Wales recorded 50,500 knife offences",
  ],
];

// Different claims, same topic or not.
const UNRELATED: [string, string][] = [
  ["North Korea began supplying weapons to Russia in 2023", "China is sending dual-use products to Russia"],
  ["Putin and Kim Jong Un signed a strategic partnership treaty", "Putin visited North Korea for the first time in 24 years"],
  ["the coalition of 50 countries in the Ukraine Defense Contact Group", "Roughly 100 countries supported the principles of the UN Charter in Switzerland"],
  ["North Korea supplied weapons to Russia", "The weather in Geneva was sunny on Tuesday"],
];

describe("conceptTokens", () => {
  it.each([
    ["Pyongyang", ["north-korea"]],
    ["North Korea", ["north-korea"]],
    ["north korea", ["north-korea"]],
    ["Moscow", ["russia"]],
    ["the Kremlin", ["russia"]],
    ["Beijing", ["china"]],
    ["Kyiv", ["ukraine"]],
  ])("folds %s onto its state", (text, tokens) => {
    expect(conceptTokens(text)).toEqual(tokens);
  });

  it("gives a capital the same token as its state inside a claim", () => {
    expect(conceptTokens("Pyongyang sent arms to Moscow")).toEqual(conceptTokens("North Korea supplied weapons to Russia"));
    expect(conceptTokens("Pyongyang's arms deliveries to Moscow")).toEqual(["north-korea", "weapon", "supply", "russia"]);
    expect(conceptTokens("North Korea's weapons supplies to Russia")).toEqual(["north-korea", "weapon", "supply", "russia"]);
  });
});

describe("conceptTokens, kept", () => {
  it("reads a text once and shares its tokens, frozen, with every later caller", () => {
    const text = "Pyongyang sent 12 months of arms to Moscow, officials said";
    const first = conceptTokens(text);
    expect(conceptTokens(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(() => (first as string[]).push("x")).toThrow(TypeError);
    expect(conceptTokens(text)).toEqual(["north-korea", "supply", "year", "weapon", "russia", "official", "said"]);
  });

  it("reads a text's words once too, and shares them frozen", () => {
    const text = "Exports fell by €1.2bn, or 4%, in the 12 months to March";
    const first = claimWords(text);
    expect(claimWords(text)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(first).toEqual(["exports", "fell", "by", "1200000000", "euros", "or", "4", "percent", "in", "the", "12", "months", "to", "march"]);
  });
});

describe("claimParts", () => {
  it.each([
    ["North Korea did not supply weapons to Russia", true],
    ["Pyongyang has never shipped artillery shells to Moscow", true],
    ["Kim Jong Un denied that North Korea supplied weapons to Russia", true],
    ["North Korea supplied weapons to Russia", false],
    ["North Korea supplied not only shells but also missiles to Russia", false],
  ])("negated(%s) is %s", (text, negated) => {
    expect(claimParts(text).negated).toBe(negated);
  });

  it("reads each figure with what it counts and whether it is approximate", () => {
    expect(claimParts("100 countries and organisations supported the UN Charter").figures).toEqual([
      { value: 100, approx: false, counts: ["country", "organization"] },
    ]);
    expect(claimParts("nearly 50 countries").figures).toEqual([{ value: 50, approx: true, counts: ["country"] }]);
    expect(claimParts("The group has met 50 times").figures).toEqual([{ value: 50, approx: false, counts: ["time"] }]);
  });

  it("reads who does what to whom", () => {
    const parts = claimParts("North Korea supplied weapons to Russia");
    expect(parts.subjects).toEqual(["north-korea"]);
    expect(parts.objects).toEqual(["russia"]);
    expect(parts.action).toBe("supply");
    expect(parts.passive).toBe(false);
  });
});

describe("matchClaims", () => {
  it.each(PARAPHRASES)("matches the paraphrase %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.same).toBe(true);
      expect(m.blockedBy).toBeNull();
      expect(m.score).toBeGreaterThanOrEqual(MATCH_THRESHOLD);
    }
  });

  it.each(ANCHORED)("matches %j ⟷ %j by their figures and party, under the word threshold", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.score).toBeLessThan(MATCH_THRESHOLD);
      expect(m.same).toBe(true);
    }
  });

  it.each(NOT_ANCHORED)("does not match %j ⟷ %j: the anchor is missing", (a, b) => {
    for (const m of bothWays(a, b)) expect(m.same).toBe(false);
  });

  it.each(CONTRASTED)("does not match %j ⟷ %j: one value for another", (a, b) => {
    for (const m of bothWays(a, b)) expect(m).toMatchObject({ same: false, blockedBy: "wording" });
  });

  it.each(SAME_KIND)("matches %j ⟷ %j: the words changed are not values of one kind", (a, b) => {
    for (const m of bothWays(a, b)) expect(m.same).toBe(true);
  });

  it.each(ONE_WORD_CHANGED)("never matches a near copy with one word put in place of another: %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.same).toBe(false);
      expect(m.blockedBy).toBe("wording");
    }
  });

  it.each(SYNONYM_CHANGED)("matches a near copy whose changed word is a synonym or of the same family: %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) expect(m.same).toBe(true);
  });

  it("reads a broader term, another measure of one thing and a light verb as ways of saying the same", () => {
    expect(
      sameClaim("The minister signed the fisheries agreement with Norway in Oslo", "The fisheries deal with Norway was signed by the minister in Oslo"),
    ).toBe(true);
    expect(sameClaim("Smoking rates among adults dropped to 11% in 2023", "The share of adults who smoke fell to 11 per cent in 2023")).toBe(true);
    expect(
      sameClaim("Recorded crime fell by 12% in the capital between 2021 and 2023", "The capital saw a 12 per cent drop in recorded crime from 2021 to 2023"),
    ).toBe(true);
    // A denial in another clause joined by "and" is that clause's.
    expect(
      sameClaim(
        "Two journalists were killed in the region in 2023",
        "Press freedom groups said two journalists were killed in the region in 2023 and dozens more were detained without charge",
      ),
    ).toBe(true);
    expect(
      sameClaim("Two journalists were killed in the region in 2023", "Press freedom groups said two journalists were not killed in the region in 2023"),
    ).toBe(false);
  });

  it("never matches a vote for against a vote against", () => {
    for (const m of bothWays("The senator voted for the infrastructure bill", "The senator voted against the infrastructure bill"))
      expect(m).toMatchObject({ same: false, blockedBy: "negation" });
    expect(sameClaim("The senator voted for the bill", "The senator backed the bill, voting in favour of it")).toBe(true);
    // "Sided with" takes a side as "voted for" does.
    for (const m of bothWays("Three judges sided with the government", "Three judges sided against the government"))
      expect(m).toMatchObject({ same: false, blockedBy: "negation" });
    // "For the second time" is a time, not a side: the same ruling in another order.
    expect(sameClaim("The court ruled against the company for the second time", "The court ruled for the second time against the company")).toBe(true);
  });

  it("never matches the same figure for a narrower thing, and keeps paraphrases that add a word in another order", () => {
    for (const m of bothWays("The government spent $3 billion on defence last year", "The government spent $3 billion on defence procurement last year"))
      expect(m).toMatchObject({ same: false, blockedBy: "figures" });
    expect(sameClaim("Sales of electric cars grew 35% in 2023", "Electric car sales were up 35 per cent in 2023")).toBe(true);
    // A place added, or a shorter time counted over.
    expect(matchClaims("Halvorsen employs about 22,000 people", "Halvorsen employs about 22,000 people in Europe")).toMatchObject({
      same: false,
      blockedBy: "figures",
    });
    expect(matchClaims("The festival sold 85,000 tickets", "The festival sold 85,000 tickets on its first day")).toMatchObject({
      same: false,
      blockedBy: "figures",
    });
    // What is said of the thing after "is" is a predicate, not a narrower thing (the demo's repeat).
    expect(
      sameClaim(
        "the coalition of 50 countries in the Ukraine Defense Contact Group",
        "The coalition of 50 countries in the Ukraine Defense Contact Group is united",
      ),
    ).toBe(true);
    // "average rents" measure rents; they are no narrower thing.
    expect(sameClaim("Average rents in Lisbon rose 38% in five years", "Rents in Lisbon rose 38% in five years")).toBe(true);
    // A hedge on a figure compares nothing: "more than 10,000" is not the sides of a comparison.
    expect(sameClaim("Russia has sent more than 10,000 troops to the border", "More than 10,000 troops have been sent to the border by Russia")).toBe(true);
  });

  it("never matches a claim that adds a second place to the count", () => {
    const m = matchClaims("The floods killed 41 people in Mozambique", "The floods killed 41 people in Mozambique and Malawi");
    expect(m).toMatchObject({ same: false, blockedBy: "figures" });
    // The pair the shorter claim names itself is no second place.
    expect(
      sameClaim("Trade between Chile and Peru reached $5 billion in 2024", "Trade between Chile and Peru, which reached $5 billion in 2024, grew again"),
    ).toBe(true);
  });

  it.each(SPANS)("matches the short claim %j inside the longer sentence %j", (short, long) => {
    expect(conceptTokens(long).length).toBeGreaterThan(conceptTokens(short).length * 1.4);
    for (const m of bothWays(short, long)) {
      expect(m.same).toBe(true);
      expect(m.blockedBy).toBeNull();
    }
  });

  it.each(NEGATIONS)("never matches %j with its negation %j", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.same).toBe(false);
      expect(m.blockedBy).toBe("negation");
    }
  });

  it.each(NOT_ONLY)("does not take “not only” for a negation: %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.same).toBe(true);
      expect(m.blockedBy).toBeNull();
    }
  });

  it.each(SWAPPED_ROLES)("never matches swapped roles %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.same).toBe(false);
      expect(m.blockedBy).toBe("roles");
    }
  });

  it.each(FIGURES_COUNT_ELSE)("never matches a figure counting something else: %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.same).toBe(false);
      expect(m.blockedBy).toBe("figures");
    }
  });

  it.each(FIGURES_DIFFER)("never matches different figures: %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) expect(m.same).toBe(false);
  });

  it.each(FIGURES_APPROX)("matches an approximate figure with the exact one: %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.same).toBe(true);
      expect(m.blockedBy).toBeNull();
    }
  });

  it.each(UNRELATED)("does not match unrelated claims %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) {
      expect(m.same).toBe(false);
      expect(m.blockedBy).toBeNull();
      expect(m.score).toBeLessThan(MATCH_THRESHOLD);
    }
  });

  it("is deterministic", () => {
    const cases = [...PARAPHRASES, ...SPANS, ...NEGATIONS, ...SWAPPED_ROLES, ...FIGURES_COUNT_ELSE, ...UNRELATED];
    const first = cases.map(([a, b]) => matchClaims(a, b));
    const again = cases.map(([a, b]) => matchClaims(a, b));
    expect(again).toEqual(first);
  }, 30_000);

  it("sameClaim is matchClaims(…).same", () => {
    for (const [a, b] of [...PARAPHRASES, ...NEGATIONS, ...SWAPPED_ROLES, ...FIGURES_COUNT_ELSE, ...UNRELATED]) {
      expect(sameClaim(a, b)).toBe(matchClaims(a, b).same);
    }
  });
});

describe("matchClaims on words WordNet knows in another part of speech, and on figures in words", () => {
  it.each([
    ["Police seized 200 cars in the raid on Tuesday", "Police seized 200 cards in the raid on Tuesday"],
    ["Nexora laid off 300 employees in March", "Nexora laid off 300 employers in March"],
    ["One in 10,000 children has the condition", "One in 10 children has the condition"],
    ["One in five million households has no water", "One in five households has no water"],
  ])("never matches a figure counting something else or another share: %j ⟷ %j", (a, b) => {
    for (const m of bothWays(a, b)) expect(m.same).toBe(false);
  });

  it("reads a denial in its own clause of the longer sentence", () => {
    const m = matchClaims(
      "Unemployment fell to 5 percent last year.",
      "The ministry denied, on Tuesday, that unemployment fell to 5 percent last year, as the opposition had claimed.",
    );
    expect(m).toMatchObject({ same: false, blockedBy: "negation" });
  });

  it("matches half a percentage point written as a figure, and does not trip on words that name object properties", () => {
    expect(sameClaim("The bank raised rates by half a percentage point", "The bank raised rates by 0.5 percentage points")).toBe(true);
    expect(
      sameClaim("The central bank cut interest rates by a quarter of a percentage point", "Interest rates were lowered by 25 basis points by the central bank"),
    ).toBe(true);
    expect(sameClaim("The bank raised rates by half a percentage point", "The bank raised rates by 25 basis points")).toBe(false);
    // A share "of the vote on Sunday" is of the vote: the time is no part of what it counts.
    expect(
      sameClaim(
        "The Civic Forum received 9.1 per cent of the vote.",
        "Halas, whose Civic Forum received 9.1 per cent of the vote on Sunday, spent Monday morning in meetings with party officials.",
      ),
    ).toBe(true);
    expect(() => matchClaims("The constructor built 40 homes in Tema", "The constructor built 40 homes in Tema in 2024")).not.toThrow();
    expect(() => matchClaims("The toString and the constructor and the hasOwnProperty", "the constructor of the valueOf")).not.toThrow();
  });

  it("reads basis points as written: thousands separators and fractions are kept", () => {
    expect(normalizeClaimText("by 1,050 basis points")).toEqual(["10.5", "percentage", "point"]);
    expect(normalizeClaimText("by 12.5 basis points")).toEqual(["0.125", "percentage", "point"]);
    expect(sameClaim("The bank raised rates by 50 basis points", "The bank raised rates by 1,050 basis points")).toBe(false);
    expect(sameClaim("The bank raised rates by 12.5 basis points", "The bank raised rates by 13 basis points")).toBe(false);
  });

  it("reads a noun after 'is' that another noun follows as a narrower thing, and a place with a prefix as another place", () => {
    for (const m of bothWays("The leading cause of the 4,000 deaths in 2023 was cancer", "The leading cause of the 4,000 deaths in 2023 was lung cancer"))
      expect(m.same).toBe(false);
    for (const [a, b] of [
      ["The disease killed 300 people in Sudan last year", "The disease killed 300 people in South Sudan last year"],
      ["Unemployment is 5 percent in Ireland", "Unemployment is 5 percent in Northern Ireland"],
      ["Rents rose 8 percent in York in 2023", "Rents rose 8 percent in New York in 2023"],
    ])
      for (const m of bothWays(a, b)) expect(m).toMatchObject({ same: false, blockedBy: "wording" });
    expect(sameClaim("Rents in New York rose 8 percent in 2023", "Rents rose 8 percent in New York in 2023")).toBe(true);
  });

  it("reads the first three months as the first quarter, and one quarter is not another", () => {
    expect(
      sameClaim(
        "Halvorsen Systems' first-quarter net profit fell 43 per cent to 212 million euros.",
        "Net income at Halvorsen dropped 43% in the first three months of the year, to €212m.",
      ),
    ).toBe(true);
    for (const other of ["Profit fell 12 per cent in the fourth quarter.", "Profit fell 12 per cent in the last three months of the year."])
      for (const m of bothWays("Profit fell 12 per cent in the first quarter.", other)) expect(m).toMatchObject({ same: false, blockedBy: "wording" });
  });

  it("names people by what they did, and a time after a figure is not what it counts", () => {
    expect(claimParts("A record 2.3 million people visited the national museum in 2023.").figures[0].counts).toEqual(
      claimParts("The museum had 2.3 million visitors in 2023.").figures[0].counts,
    );
    for (const m of bothWays("2.3 million people visited the museum in 2023.", "2.3 million people worked at the museum in 2023.")) expect(m.same).toBe(false);
    expect(claimParts("Sales rose to 31,000 this summer.").figures[0].counts).toEqual([]);
    expect(
      sameClaim(
        "The club sold 31,000 season tickets this summer, up from 27,500 last year.",
        "Season-ticket sales at the club rose to 31,000 this summer from 27,500 a year earlier.",
      ),
    ).toBe(true);
  });

  it("never matches one item against a list of several, a bill signed against one vetoed, or names traded in one frame", () => {
    for (const m of bothWays(
      "Some 70% of primary school pupils met the expected standard in reading.",
      "Some 70% of primary school pupils met the expected standard in reading, writing and maths.",
    ))
      expect(m).toMatchObject({ same: false, blockedBy: "figures" });
    for (const m of bothWays("The governor signed the abortion bill into law.", "The governor vetoed the abortion bill.")) expect(m.same).toBe(false);
    for (const m of bothWays("Serbia handed the suspect over to the Bosnian authorities.", "Bosnia handed the suspect over to the Serbian authorities."))
      expect(m).toMatchObject({ same: false, blockedBy: "roles" });
    // The same names in another order and another frame, the doer after "by": the same claim.
    expect(sameClaim("Serbia handed the suspect over to the Bosnian authorities.", "The suspect was handed over to Bosnia by Serbia.")).toBe(true);
  });

  it("reads 'cannot' as a negation, sides held in each other as swapped, profit against revenue, and a place added as a part", () => {
    for (const m of bothWays("A study has proved that night work causes type 2 diabetes.", "The study cannot prove that night work causes type 2 diabetes."))
      expect(m).toMatchObject({ same: false, blockedBy: "negation" });
    for (const m of bothWays(
      "Night-shift workers slept 64 minutes a day less than day workers.",
      "Day workers slept 64 minutes a day less than night-shift workers.",
    ))
      expect(m).toMatchObject({ same: false, blockedBy: "roles" });
    for (const m of bothWays(
      "Vesna Chemicals reported a net profit of 210 million crowns last year.",
      "Vesna Chemicals reported revenue of 210 million crowns last year.",
    ))
      expect(m.same).toBe(false);
    for (const m of bothWays("Kestrel Motors will cut 2,300 jobs.", "Kestrel Motors will cut 2,300 jobs at its Rostova engine plant."))
      expect(m).toMatchObject({ same: false, blockedBy: "figures" });
    // A time added, or the report's own words, narrow nothing; "fewer" and "less" say the same.
    expect(sameClaim("Kestrel Motors will cut 2,300 jobs.", "Kestrel Motors will cut 2,300 jobs in 2025.")).toBe(true);
    expect(sameClaim("Kestrel Motors will cut 2,300 jobs.", "Kestrel Motors will cut 2,300 jobs, the company said on Monday.")).toBe(true);
    expect(sameClaim("The region received fewer tourists than Spain in 2023.", "The region received less tourists than Spain in 2023.")).toBe(true);
    expect(sameClaim("The region received fewer tourists than Spain in 2023.", "The region received more tourists than Spain in 2023.")).toBe(false);
  });

  it("reads a denial after the repeat, in another clause, as not the repeat's, and 'six and a half thousand' as 6,500", () => {
    expect(
      sameClaim(
        "The Social Democrats recorded their worst result in Valdmark since 1972.",
        "Henrik Österberg, whose Social Democrats recorded their worst result in Valdmark since 1972, told supporters on Monday that he would not resign.",
      ),
    ).toBe(true);
    // A denial before it still governs it.
    expect(
      sameClaim(
        "The Social Democrats recorded their worst result in Valdmark since 1972.",
        "Henrik Österberg denied, on Monday, that the Social Democrats recorded their worst result in Valdmark since 1972.",
      ),
    ).toBe(false);
    expect(normalizeClaimText("six and a half thousand nurses")).toEqual(["6500", "nurse"]);
    expect(normalizeClaimText("2 and a half million people")).toEqual(["2500000", "people"]);
  });

  it("refuses what a reviewer found the new rules merged, and keeps what they refused", () => {
    const refused: [string, string][] = [
      // A rare figure anchors nothing by its count word alone, nor across different years.
      ["Kestrel Motors reported a profit of 212 million euros", "The new bridge over the Danube cost 212 million euros"],
      ["Turnout in the 2019 election was 71.4 per cent", "Turnout reached 71.4% in Sunday's vote"],
      // Turnout is not the electorate; a figure whose count one claim never names is not the other's.
      ["2.3 million people voted in the referendum", "The referendum had 2.3 million registered voters"],
      ["The army lost 310 this week", "The army lost 310 tanks this week"],
    ];
    for (const [a, b] of refused) for (const m of bothWays(a, b)) expect(m.same).toBe(false);
    const kept: [string, string][] = [
      ["GDP grew 0.4% in the fourth quarter of 2024", "GDP grew 0.4% in the last quarter of 2024"],
      ["Officials reported 212 deaths", "Officials reported 212 deaths on state television"],
      ["The company will cut 2,300 jobs", "The company will cut 2,300 jobs, in a blow to Detroit"],
      ["The vaccine is 95% effective", "The vaccine is 95% effective, cheap, and easy to store"],
      [
        "Nordvik’s first-quarter operating profit fell 38% to 2.1 billion crowns.",
        "Operating earnings at Nordvik dropped by 38 percent in the January–March quarter, to SEK 2.1 billion.",
      ],
      [
        "The Competition and Markets Authority fined Halvorsen 64 million euros for sharing pricing information with rivals.",
        "Halvorsen was hit with a €64 million penalty by the competition watchdog for exchanging price information with competitors.",
      ],
    ];
    for (const [a, b] of kept) for (const m of bothWays(a, b)) expect(m.same).toBe(true);
    // Of two claims as long as each other, the list is found whichever comes first.
    for (const m of bothWays(
      "42% of pupils met the standard in reading, writing and maths this year",
      "42% of pupils met the standard in reading, in towns, villages and cities",
    ))
      expect(m.same).toBe(false);
    expect(normalizeClaimText("10.1 basis points")).toEqual(["0.101", "percentage", "point"]);
    expect(normalizeClaimText("SEK 2.1 billion")).toEqual(["2100000000", "crown"]);
  });

  it("writes one way what wire copy writes many ways: year on year, bpd, the CEO, degrees Celsius", () => {
    expect(sameClaim("China's exports grew 8.7% year on year in August.", "Chinese exports in August were up 8.7 percent from a year earlier.")).toBe(true);
    expect(
      sameClaim(
        "OPEC+ agreed to cut oil output by two million barrels per day.",
        "OPEC+ members reached an agreement to reduce crude production by 2 million bpd.",
      ),
    ).toBe(true);
    expect(normalizeClaimText("the chief executive officer")).toEqual(normalizeClaimText("the CEO"));
    expect(normalizeClaimText("1.48C")).toEqual(["1.48", "degree", "celsius"]);
    // "of its GDP" is "of GDP"; "55% of voters said no" counts voters.
    expect(claimParts("Poland will spend 4.7% of its GDP on defence.").figures[0].counts).toEqual(
      claimParts("Poland will spend 4.7% of GDP on defence.").figures[0].counts,
    );
    expect(claimParts("Fifty-five percent of voters said no to independence.").figures[0].counts).toEqual(["percent", "voter"]);
    // A different year-on-year figure is still another figure.
    expect(sameClaim("China's exports grew 8.7% year on year in August.", "Chinese exports in August were up 7.8 percent from a year earlier.")).toBe(false);
  });

  it("reads at most 2,000 characters of a claim, so no pasted text makes its patterns slow", () => {
    const reader = new ClaimReader(`Police seized 42 cars in ${"a’".repeat(25_000)}`);
    expect(reader.text).toHaveLength(2000);
    expect(reader.tokens.length).toBeLessThan(1000);
  });

  it("parses a far candidate whole only when its figures anchor it, and reads each part of a claim once", () => {
    // Few shared words, the same figure counting something else: no match, decided without the whole parse.
    const claim = new ClaimReader("Exports to Kestria rose to 1718 tonnes of grain in March.");
    const other = new ClaimReader("The council hired 1718 teachers for schools in Vellmark in March.");
    expect(matchReaders(claim, other).same).toBe(false);
    expect([claim.parsed, other.parsed]).toEqual([false, false]);
    // The same figure counting the same thing: the candidate is parsed, and the parse reuses what was read.
    const paraphrase = new ClaimReader("Kestria bought 1718 tonnes of grain abroad in March, customs data show.");
    matchReaders(claim, paraphrase);
    expect([claim.parsed, paraphrase.parsed]).toEqual([true, true]);
    expect(claim.full().tokens).toBe(claim.tokens);
    expect(claim.full().figures).toBe(claim.figures());
    expect(claim.full().figures).toEqual(claimParts(claim.text).figures);
  });

  it("anchors on one figure few claims hold when both claims share a word, and only then", () => {
    expect(
      sameClaim("Turnout reached 71.4 per cent, the highest since 2004.", "Some 71.4% of registered voters cast a ballot, the best turnout since 2004."),
    ).toBe(true);
    expect(
      sameClaim(
        "Turnout reached 71.4 per cent, the highest since 2004.",
        "Some 71.4% of registered voters did not cast a ballot, the best turnout since 2004.",
      ),
    ).toBe(false);
    // Two significant digits are too common a figure to anchor two claims on alone.
    expect(sameClaim("Turnout reached 71 per cent, the highest since 2004.", "Some 71% of registered voters cast a ballot, the best turnout since 2004.")).toBe(
      false,
    );
  });
});

describe("matchClaims on what a fresh set of pairs (dev11) showed", () => {
  it("writes tallies, dates, times, deadlines and units one way", () => {
    const words = (t: string) => claimWords(t).join(" ");
    expect(words("passed by 72 votes to 28")).toBe("passed by 72 to 28 votes");
    expect(words("passed 72–28")).toContain("72 to 28");
    expect(words("at 00:00 on June 5")).toBe("at midnight on 5 june");
    expect(words("on 18-19 June")).toBe(words("on June 18-19"));
    expect(words("by the end of 2027")).toBe("before 2028");
    expect(words("came into force")).toBe(words("took effect"));
    expect(words("about 4.3 million km²")).toBe(words("about 4.3 million square kilometres"));
    expect(words("the toll has passed 3,000 this year")).toContain("more than 3000 this year");
    expect(words("parliament passed 30 laws")).toBe("parliament passed 30 laws");
    expect(words("two in five voters")).toContain("40 percent of voters");
    expect(words("one in three voters")).toContain("about 33.3 percent of voters");
    expect(words("half a percent")).toBe("0.5 percent");
    expect(words("more than half the ballots")).toBe("more than 50 percent of the ballots");
    expect(words("the second half of the year")).not.toContain("percent");
    // "raised" is no "-ise" spelling of an "-ize" word: it is the verb "raise", which folds onto "rise".
    expect(normalizeClaimText("raised")).toEqual(["raised"]);
    expect(normalizeClaimText("organised")).toEqual(["organized"]);
  });

  it("matches paraphrases that write a tally, a date, a deadline, a share or a nationality another way", () => {
    expect(sameClaim("The Dravian senate passed the pension bill by 72 votes to 28.", "Dravian senators approved the pension law 72-28.")).toBe(true);
    expect(
      sameClaim(
        "The truce between Elbia and Morant came into force at 00:00 on June 5.",
        "The ceasefire between Elbia and Morant took effect at midnight on 5 June.",
      ),
    ).toBe(true);
    expect(sameClaim("Kestrel Foods will cut 800 jobs in France by the end of 2027.", "About 800 French jobs will be cut at Kestrel Foods before 2028.")).toBe(
      true,
    );
    expect(sameClaim("Chile's economy grew 2.4% in 2023.", "Chilean GDP expanded by almost 2.5 per cent in 2023, official data showed.")).toBe(true);
    expect(
      sameClaim(
        "Norland's central bank raised its key rate to 0.75%, the highest in 12 years.",
        "The central bank of Norland lifted its key rate to 0.75 percent, a level not seen in 12 years.",
      ),
    ).toBe(true);
    expect(sameClaim("Teodor Marsk won 53% of the vote in the run-off.", "Marsk secured more than half the ballots, 53 per cent, in the second round.")).toBe(
      true,
    );
    expect(
      sameClaim(
        "Norvel Energy's revenue fell 9% to 3.1 billion euros in the second quarter.",
        "Second-quarter sales at Norvel Energy dropped by 9 percent, to €3.1 billion.",
      ),
    ).toBe(true);
  });

  it("refuses another bare figure, a verdict or result turned round, and an owner put in the doer's place", () => {
    expect(sameClaim("Dengue cases in Peru reached 246,000 in 2023.", "Dengue cases in Peru reached 24,600 in 2023.")).toBe(false);
    expect(sameClaim("The tribunal found the former minister guilty of fraud.", "The tribunal acquitted the former minister of fraud.")).toBe(false);
    expect(sameClaim("Jonas Brek conceded defeat in the mayoral race.", "Jonas Brek claimed victory in the mayoral race.")).toBe(false);
    expect(sameClaim("Solvar Rail's drivers rejected the company's 6% pay offer.", "Solvar Rail rejected its drivers' 6% pay demand.")).toBe(false);
    // Profit is still not sales.
    expect(sameClaim("Norvel Energy's net profit fell 9% in the second quarter.", "Norvel Energy's sales fell 9% in the second quarter.")).toBe(false);
  });

  it("refuses a claim that says of whom, of which part or against which base its figure holds", () => {
    expect(
      sameClaim("About 45% of homes in the region still heat with oil boilers fitted before 2005.", "About 45% of homes in the region heat with oil boilers."),
    ).toBe(false);
    expect(sameClaim("Turnout in the Vessen city election was 38%.", "Turnout among voters under 25 in the Vessen city election was 38%.")).toBe(false);
    expect(
      sameClaim("Atletico Brava paid 60 million euros to sign Marco Ruel.", "Atletico Brava spent 60 million euros on new players, including Marco Ruel."),
    ).toBe(false);
    expect(
      sameClaim("Sea temperatures in 2023 were 1.2C above pre-industrial levels.", "Sea temperatures in 2023 were 1.2C above the 1981–2010 average."),
    ).toBe(false);
    expect(
      sameClaim(
        "Sea temperatures in 2023 were 1.22C above pre-industrial levels.",
        "2023 was the first year in which sea temperatures exceeded 1.2C above pre-industrial levels.",
      ),
    ).toBe(false);
    // A base said in other words is the same base; a group the other claim also names is no narrower.
    expect(
      sameClaim(
        "Night-shift nurses are 30 percent more likely to develop asthma than those who work only during the day.",
        "Nurses on night shifts face a 30% higher risk of developing asthma than day-only colleagues.",
      ),
    ).toBe(true);
  });

  it("refuses what a reviewer found the first version of these rules merged, and keeps what it refused", () => {
    const words = (t: string) => claimWords(t).join(" ");
    // Merged by the first version: a denial read as an idiom, tallies turned round or with another verb,
    // a figure's separator read as a date, a bare share against a share of something else, a plea.
    expect(sameClaim("The president has not been seen in public since 3 March.", "The president has been seen in public since 3 March.")).toBe(false);
    expect(sameClaim("The Senate backed the bill by 61 votes to 39.", "The Senate blocked the bill by 61 votes to 39.")).toBe(false);
    expect(sameClaim("Parliament approved the pension bill by 84 votes to 61.", "Parliament approved the pension bill by 61 votes to 84.")).toBe(false);
    expect(sameClaim("Lyon beat Monaco 3-1 on Saturday.", "Lyon beat Monaco 1-3 on Saturday.")).toBe(false);
    expect(sameClaim("In March 12,000 people crossed the border into Poland.", "In March 12 people crossed the border into Poland.")).toBe(false);
    expect(sameClaim("In May 15 people were killed in floods in Nordland.", "On 15 May people were killed in floods in Nordland.")).toBe(false);
    expect(sameClaim("Turnout was 54% in the election.", "Ruiz won 54% of the vote in the election.")).toBe(false);
    expect(sameClaim("Nordvik's unemployment rate rose to 6%.", "6% of Nordvik's workers are on strike.")).toBe(false);
    expect(sameClaim("Russia was supplied 6 million shells from North Korea.", "Iran was supplied 6 million shells from China.")).toBe(false);
    expect(
      sameClaim("Air pollution limits were exceeded 35 times in Krakow last year.", "Air pollution limits were met more than 35 times in Krakow last year."),
    ).toBe(false);
    expect(sameClaim("Three in four adults in Nordland smoke.", "70% of adults in Nordland smoke.")).toBe(false);
    expect(sameClaim("The mayor pleaded guilty to fraud.", "The mayor was convicted of fraud.")).toBe(false);
    // Refused by the first version: a first said with "to", a group named another way, a time after "after",
    // "one of them", forecasts said another way.
    expect(
      sameClaim("Orlesia became the first country to recognise the new government.", "Orlesia was the first country to have recognised the new government."),
    ).toBe(true);
    expect(sameClaim("Turnout among women was 64% in the Vessen election.", "Female turnout was 64% in the Vessen election.")).toBe(true);
    expect(sameClaim("Police arrested 40 people, including the opposition leader.", "Police arrested 40 people, one of them the opposition leader.")).toBe(
      true,
    );
    expect(sameClaim("Unemployment fell to 4.1%, below economists' forecasts.", "Unemployment fell to 4.1%, lower than analysts had expected.")).toBe(true);
    // Text the rewrites must leave alone.
    expect(words("The rate rose to 2.3 in 10 regions")).not.toContain("percent");
    expect(words("Police arrested four in 12 hours")).not.toContain("percent");
    expect(words("The resolution passed 141 in favour")).toContain("passed 141");
    expect(words("Sales exceeded 2023 levels")).toContain("exceeded 2023 levels");
    expect(words("The EU will announce a second round on Monday")).not.toContain("runoff");
    expect(words("In March 12,000 people crossed")).toContain("march 12000 people");
  });

  it("refuses what a second fresh set (dev12) merged: compliance against a breach, attending against staying away, another target, an excess turned round", () => {
    expect(sameClaim("The merger is in line with the 2019 competition rules.", "The merger breaches the 2019 competition rules.")).toBe(false);
    expect(sameClaim("The defence minister attended the NATO summit in Vilnius.", "The defence minister stayed away from the NATO summit in Vilnius.")).toBe(
      false,
    );
    expect(sameClaim("The new malaria vaccine was 77% effective against clinical malaria.", "The new malaria vaccine was 77% effective against death.")).toBe(
      false,
    );
    expect(
      sameClaim(
        "France's exports to China exceeded its imports from China by 12 billion euros.",
        "France's imports from China exceeded its exports to China by 12 billion euros.",
      ),
    ).toBe(false);
    // The same target in other words, and an excess of a figure, are no other claim.
    expect(sameClaim("The vaccine was 77% effective against severe illness.", "The vaccine was 77% effective against severe disease.")).toBe(true);
    expect(sameClaim("Deaths from the outbreak exceeded 3,000 in May.", "Deaths from the outbreak topped 3,000 in May.")).toBe(true);
    // What a figure counts ends before a verb after "and" and before "ahead of": a span inside a longer sentence stays one.
    expect(claimParts("Vestra employs 9,400 people in 12 countries and makes trams.").figures.map((f) => f.counts)).toEqual([["people"], ["country"]]);
    expect(claimParts("The Civic Union won 31.4% of the vote, ahead of the Greens on 21.7%.").figures[0].counts).toEqual(["percent", "vote"]);
    expect(
      sameClaim(
        "Vestra employs about 9,400 people in 12 countries.",
        "Founded in 1921 in Kasselbach, Vestra now employs about 9,400 people in 12 countries and makes trams and buses.",
      ),
    ).toBe(true);
  });
});

describe("matchClaims on what a fresh set of pairs (dev13) showed", () => {
  const bothWays = (a: string, b: string) => [sameClaim(a, b), sameClaim(b, a)];

  it("keeps apart claims of other years, and one year against a period ending in it", () => {
    expect(bothWays("The last major stoppage, in 2019, lasted 34 days.", "The last major stoppage, in 2009, lasted 34 days.")).toEqual([false, false]);
    expect(bothWays("The city's population grew by 3.1% in 2024.", "The city's population grew by 3.1% between 2020 and 2024.")).toEqual([false, false]);
    // The same period written another way, a base year beside the year, and "2,000 migrants" (no year) stay one claim.
    expect(bothWays("The city's population grew by 3.1% in 2020–24.", "The city's population grew by 3.1% from 2020 to 2024.")).toEqual([true, true]);
    expect(bothWays("Wheat exports rose by 12% in 2025 compared with 2024.", "In 2025 wheat exports were up 12 per cent on 2024.")).toEqual([true, true]);
    expect(bothWays("Some 2,000 migrants crossed the Channel in small boats in 2023.", "In 2023, 2,000 migrants crossed the Channel in small boats.")).toEqual([
      true,
      true,
    ]);
  });

  it("sees two people traded with their titles moved along", () => {
    const a = "Judge Ondřej Šimek dissented from the ruling backed by court president Karel Hrubý.";
    expect(bothWays(a, "Court president Karel Hrubý dissented from the ruling backed by judge Ondřej Šimek.")).toEqual([false, false]);
    expect(bothWays(a, "Judge Ondřej Šimek dissented from the ruling that court president Karel Hrubý backed.")).toEqual([true, true]);
  });

  it("reads 'without objection' as no denial, and still sees a refusal", () => {
    expect(bothWays("The president signed the law without objection.", "The president refused to sign the law, citing objections.")).toEqual([false, false]);
    expect(bothWays("The president signed the law without objection.", "The president signed the law without any objection.")).toEqual([true, true]);
    expect(bothWays("The parliament passed the law without a vote.", "The parliament passed the law after a vote.")).toEqual([false, false]);
  });

  it("reads shares written in words: a change by a fraction, 'nine in ten', and a share of the whole of something", () => {
    expect(claimParts("Traffic dropped by more than three-quarters during the strike.").figures).toEqual([{ value: 75, approx: true, counts: ["percent"] }]);
    expect(claimParts("Deforestation dropped by nearly a third.").figures).toEqual([{ value: 33.3, approx: true, counts: ["percent"] }]);
    const share = claimParts("Nine in ten of the cherries went to China.").figures[0];
    expect([share.value, share.counts.slice(0, 2)]).toEqual([90, ["percent", "cherry"]]);
    // A figure of hours is no share.
    expect(claimParts("Eight in 12 hours were lost.").figures.map((f) => f.value)).toEqual([8, 12]);
    expect(
      bothWays("Chile sent 90% of its cherry exports to China last season.", "Chile sent nine in ten of its cherry exports to China last season."),
    ).toEqual([true, true]);
    expect(bothWays("The lake has shrunk by 40% since the 1990s.", "Since the 1990s, the lake has lost two-fifths of its size.")).toEqual([true, true]);
    expect(bothWays("The lake has shrunk by 40% since the 1990s.", "Since the 1990s, the lake has lost two-fifths of its fish.")).toEqual([false, false]);
  });

  it("counts votes on both sides of a tally, however it is written", () => {
    const votes = [
      { value: 9, approx: false, counts: ["vote"] },
      { value: 6, approx: false, counts: ["vote"] },
    ];
    expect(claimParts("The court ruled by nine votes to six that the law breached the right to privacy.").figures).toEqual(votes);
    expect(claimParts("In a 9-6 decision, the judges found that the law violated privacy rights.").figures).toEqual(votes);
    // Without a vote, "9-6" is no tally of votes.
    expect(claimParts("The shop is open 9-6 on weekdays.").figures.every((f) => f.counts[0] !== "vote")).toBe(true);
  });
});

describe("matchClaims on an action against its opposite (a reviewer's near-misses)", () => {
  it.each([
    ["The airline added 500 flights to its summer schedule.", "The airline scrapped 500 flights from its summer schedule."],
    ["The Federal Reserve cut interest rates on Wednesday.", "The Federal Reserve left interest rates unchanged on Wednesday."],
    ["The Bank of England kept rates on hold in June.", "The Bank of England raised rates in June."],
    ["The central bank held rates steady in March.", "The central bank lifted rates in March."],
    ["The pension fund lost $3 billion last year.", "The pension fund made $3 billion last year."],
    ["The union accepted the pay offer.", "The union turned down the pay offer."],
  ])("keeps %j apart from %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([false, false]);
  });

  it.each([
    ["The government rejected the committee's recommendations.", "The government turned down the committee's recommendations."],
    ["The Bank of England kept rates on hold in June.", "The Bank of England left rates unchanged in June."],
    ["The Federal Reserve cut interest rates on Wednesday.", "The Federal Reserve lowered interest rates on Wednesday."],
    ["The pension fund made $3 billion last year.", "The pension fund earned $3 billion last year."],
    ["Police made 40 arrests after the match.", "Police made 40 arrests following the match."],
  ])("still matches %j with %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([true, true]);
  });
});

describe("matchClaims on a second reviewer's reading of the dev13 rules", () => {
  it.each([
    ["Enrolment fell by 8% in the 2020/21 school year.", "Enrolment fell by 8% in the 2020-21 school year."],
    ["Emissions fell 12% between 2019 and 2024.", "Emissions fell 12% in the five years to 2024."],
    ["Sales rose 5% in 2024.", "Sales rose 5% from 2023 to 2024."],
    ["The bill passed without objection.", "The bill passed with no objection."],
    ["Senator Maria Lopez is tied with governor Dan Hale in the latest poll.", "Governor Dan Hale is tied with senator Maria Lopez in the latest poll."],
    ["A court ruling cut his sentence from 12 to 8 years.", "A court ruling cut his sentence from 12 to eight years."],
    ["He won seven in 10 races this season.", "He won seven of his 10 races this season."],
    ["The government reduced value-added tax on energy to 5%.", "The government cut VAT on energy to 5%."],
    ["Germany will hold elections in February after the coalition collapsed.", "Germany will vote in February after the coalition fell apart."],
    ["The board turned down the takeover offer.", "The board declined the takeover offer."],
    ["The rouble lost 40% of its value this year.", "The rouble fell 40% this year."],
    ["Roughly 600 million Africans still have no access to electricity.", "Nearly 600 million people in Africa live without electricity."],
  ])("still matches %j with %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([true, true]);
  });

  it.each([
    ["The law was signed without objection.", "The law was signed despite objections."],
    ["The bill passed without objection.", "The bill passed over objections."],
    ["The motion was adopted without debate.", "The motion was adopted after a lengthy debate."],
    ["The ship docked in Piraeus without incident.", "The ship docked in Piraeus after an incident."],
    ["The lake has lost 40% of its volume since 2000.", "The lake has shrunk by 40% since 2000."],
    ["The president signed the law without objection.", "The president refused to sign the law, citing objections."],
  ])("keeps %j apart from %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([false, false]);
  });
});

describe("matchClaims on the near-misses the second reviewer left", () => {
  it.each([
    ["The economy grew 2% in 2024.", "The economy grew 2% from 2020 through 2024."],
    ["The economy grew 2% in 2024.", "The economy grew 2% in 2024 and 2025."],
    ["The bill was defeated by 300 votes to 250.", "The bill was passed by 300 votes to 250."],
    ["The airline added 500 flights to its schedule.", "The airline suspended 500 flights from its schedule."],
    ["The airline added 40 routes this summer.", "The airline withdrew 40 routes this summer."],
    ["The central bank paused at 4%.", "The central bank raised rates to 4%."],
  ])("keeps %j apart from %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([false, false]);
  });

  it("still matches two years said either way, and a bill passed in other words", () => {
    expect([sameClaim("Growth was 2% in 2024 and 2025.", "Growth was 2% in both 2024 and 2025.")]).toEqual([true]);
    expect(sameClaim("The bill was passed by 300 votes to 250.", "The bill was approved by 300 votes to 250.")).toBe(true);
  });
});

describe("matchClaims on dev14's errors", () => {
  it.each([
    ["Revenue rose 12% to 14.6 billion crowns", "Sales climbed to NOK 14.6bn, an increase of 12 percent."],
    ["Half of the district's schools lack a full-time nurse", "50% of schools in the district do not have a nurse on staff full time."],
    ["The factory closure was caused by a shortage of natural gas", "A lack of natural gas forced the factory to shut."],
    ["214 people died in traffic in 2023", "214 people were killed in traffic in 2023"],
    ["GDP grew 2.1% in the second quarter, up from 1.4% in the first", "GDP grew 2.1% in the second quarter, after 1.4% in the first"],
    ["Inflation eased to 3.2% in March, down from 3.6% in February", "Inflation eased to 3.2% in March from 3.6% in February"],
    ["Ukraine's army is lacking ammunition", "Ukraine's army is running short of ammunition"],
  ])("matches %j with %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([true, true]);
  });

  it.each([
    ["Nordlys Air's revenue beat analysts' expectations.", "Nordlys Air's revenue fell short of analysts' expectations."],
    ["Nordlys Air's revenue exceeded analysts' expectations.", "Nordlys Air's revenue missed analysts' expectations."],
    ["Half of the district's schools lack a full-time nurse", "Half of the district's schools have a full-time nurse"],
    // A change hung on the clause is still that clause's subject's: costs, not revenue, rose 12%.
    ["Revenue rose 12% to 14.6 billion crowns", "Revenue rose to 14.6 billion crowns while costs rose 12%."],
    ["214 people died of drug overdoses in the county last year", "214 people were treated for drug overdoses in the county last year"],
    // A reviewer's near-misses: jobs are not the workers hired, a value and its baseline traded, a change hung
    // on a clause with a subject of its own ("…, rising 12% in Bergen"), what is lacked against what is had.
    ["Nordvik will cut 1,200 jobs", "Nordvik will hire 1,200 employees"],
    ["Exports to China rose to 8%, up from 5% a year earlier", "Exports to China rose to 5%, up from 8% a year earlier"],
    ["Unemployment stood at 4.1% in March, down from 4.3% in February", "Unemployment stood at 4.3% in March, down from 4.1% in February"],
    ["House prices rose 5% in Oslo, rising 12% in Bergen", "House prices rose 12% in Oslo, rising 5% in Bergen"],
    ["Thousands of homes lack heating", "Thousands of homes have heating"],
    ["GreenRoute’s missed collections were caused by a lack of drivers.", "GreenRoute’s missed collections were not caused by a driver shortage."],
    ["Sales topped 2 million units in 2023", "Sales fell short of 2 million units in 2023"],
  ])("keeps %j apart from %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([false, false]);
  });
});

describe("matchClaims on dev16's near-misses", () => {
  it.each([
    // A level against a change of that size; another thing counted; a day against a period.
    ["The hospital waiting list in Ireland has grown to 640,000 people.", "The hospital waiting list in Ireland has grown by 640,000 people."],
    ["Cape Town recorded 3,100 murders last year.", "Cape Town recorded 3,100 attempted murders last year."],
    ["Kallisto Motors shares fell 9% on Monday.", "Kallisto Motors shares fell 9% in the past month."],
    // A second reviewer's: a vote share is no turnout, "at 40% of capacity" is no fall of 40%, households are no
    // homes, a language is no country, and the countries' parts traded once their adjectives are names.
    ["Ruiz won 54% of the votes cast in the runoff.", "Turnout in the runoff was 54%."],
    ["Spain's reservoirs are at 40% of capacity.", "Spain's reservoirs are down 40%."],
    ["The number of households in England grew by 200,000 last year.", "The number of homes in England grew by 200,000 last year."],
    ["French troops are stationed in Britain.", "British troops are stationed in France."],
    ["Spanish tourists made 12 million trips to France in 2023.", "French tourists made 12 million trips to Spain in 2023."],
    // A figure counted in other people is still judged ("civilians" are not "people" killed).
    ["The health ministry said 1,240 people had been killed.", "The health ministry said 1,240 civilians had been killed."],
    ["Some 58.4 per cent of voters backed the plan in Sunday's poll.", "Turnout in Sunday's poll was 58.4 per cent."],
  ])("keeps %j apart from %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([false, false]);
  });

  it.each([
    // A country's adjective is its name; the economy is its GDP.
    [
      "A quarter of adults in Wales are now classed as obese, according to the health board.",
      "According to the health board, 25% of Welsh adults are now classified as obese.",
    ],
    ["Greece's economy grew 2.3 percent in 2024.", "Greek GDP expanded by 2.3% in 2024."],
    // Turnout is the share of voters who cast a ballot; "40% of capacity" is "40 per cent full"; a tally's
    // votes go without saying ("312-198"); households are homes.
    ["Turnout in Sunday's regional election was 58.4%.", "Some 58.4 per cent of voters cast ballots in Sunday's regional poll."],
    ["Nearly half of Spain's reservoirs are below 40% of capacity.", "Almost 50% of Spanish reservoirs are less than 40 per cent full."],
    ["The pensions bill was passed by 312 votes to 198 in the lower house.", "Lawmakers in the lower house approved the pensions bill 312-198."],
    ["The ministry said 1.2m households were without electricity on Tuesday.", "On Tuesday, 1.2 million homes were without power, the ministry said."],
    // A year after "to" or "by" is when; the day something was said is not when it happened; a changer both say.
    ["Spending rose 20% in the decade to 2023.", "Spending had risen 20% by 2023."],
    ["Twelve banks failed in the US in 2023.", "There were 12 failed banks in the US in 2023."],
    ["Doctors reported 900 suspected cholera cases in the city.", "Doctors reported 900 cases of suspected cholera in the city."],
    ["German carmakers sold 2 million cars in China.", "Carmakers from Germany sold 2 million cars in China."],
    // "rose 5% to 14.6bn" and "rose by 5% to 14.6bn" say the same.
    ["Revenue rose 5% to 14.6 billion crowns.", "Revenue rose by 5% to 14.6 billion crowns."],
  ])("matches %j with %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([true, true]);
  });
});

describe("matchClaims on dev17's near-misses", () => {
  it.each([
    // "stands at" is no hedge: two rates a half point apart.
    ["Corvia's policy rate stands at 6.75%.", "Corvia's policy rate stands at 6.25%."],
    // A rate against a total, or against a rate over another period.
    [
      "Fruit and timber exporters have lost an estimated $41 million since the strike began.",
      "Fruit and timber exporters are losing an estimated $41 million a day since the strike began.",
    ],
    ["The strike costs exporters $41 million a day.", "The strike costs exporters $41 million a week."],
    // Two years added up against one of them.
    [
      "The committee raised rates by a cumulative 5.25 percentage points between 2023 and 2024.",
      "The committee raised rates by a cumulative 5.25 percentage points in 2024.",
    ],
    // Most against few, said in words or as a small share.
    ["Lightning caused only a small share of this season's fires in Alta Sierra.", "Lightning caused most of this season's fires in Alta Sierra."],
    [
      "Fewer than one in ten municipalities inspected a single plot for brush clearance last year.",
      "Most municipalities inspected plots for brush clearance last year.",
    ],
    ["The majority of voters backed the plan.", "A minority of voters backed the plan."],
    // A company's name opening the sentence is no verb: the two sides traded.
    ["The dockworkers' union rejected Harbour Terminals Group's offer.", "Harbour Terminals Group rejected the dockworkers' union's offer."],
  ])("keeps %j apart from %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([false, false]);
  });

  it.each([
    // A figure rounded to fewer places; a rate said either way; "a year earlier" is when, not a rate.
    ["Corvia's policy rate stands at 6.75%.", "Corvia's policy rate stands at 6.8%."],
    ["Saudi Arabia pumps 9 million barrels a day.", "Saudi Arabia pumps 9 million bpd."],
    ["Inflation in Argentina slowed to 2.7% a month in October.", "Argentina's monthly inflation rate eased to 2.7 per cent in October."],
    ["Fentanyl was involved in 71% of the deaths, compared with 79% a year earlier.", "Fentanyl was involved in 71% of deaths, against 79% a year before."],
    // "Most" in words against "most" of something; prices changing over one year said as a range.
    ["Most voters backed the plan.", "Most of the voters backed the plan."],
    ["Prices rose 5% between 2023 and 2024.", "Prices rose 5% in 2024."],
  ])("matches %j with %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([true, true]);
  });
});

describe("matchClaims on a reviewer's reading of the dev17 rules", () => {
  it.each([
    // Rounding is half up: a quarter point is no 0.2 point.
    ["The central bank trimmed its key rate by 0.25 points on Thursday.", "The central bank lowered its key rate by 0.2 points on Thursday."],
    ["The economy grew 2.45% last year.", "The economy grew 2.4% last year."],
  ])("keeps %j apart from %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([false, false]);
  });

  it.each([
    // A rate the other claim says in any form or place; "in a year", "a week into" are no rates.
    ["The strike is costing $41 million a day.", "Every day of the strike costs $41 million."],
    ["The strike is costing $41 million a day.", "The strike costs $41 million a day on average."],
    ["The scheme will cost $3 billion a year.", "The scheme will cost $3 billion a year from 2026."],
    ["Savings accounts pay 5% a year.", "Savings accounts pay 5% per annum."],
    ["Food prices have jumped 40% in a year.", "Food prices have jumped 40% over the past twelve months."],
    ["More than 2,000 dockworkers, a week into their strike, rejected the offer.", "More than 2,000 dockworkers rejected the pay offer."],
    // "combined" output is no sum of years; "the most productive region" says no "most"; "the past few years" no "few".
    ["The bloc's combined output grew 1.5% between 2023 and 2024.", "The bloc's output grew 1.5% in 2024."],
    [
      "Wheat output in the country's most productive region has fallen 30% in recent years.",
      "Wheat output in the country's breadbasket has fallen 30% over the past few years.",
    ],
    // A participle opening the sentence is no name; an estimate "put at" a figure is approximate.
    ["Including Kestria, 14 countries have banned the pesticide.", "Fourteen countries, among them Kestria, have banned the pesticide."],
    ["Rising Kestrian inflation pushed rates to 6.75%.", "Kestrian inflation pushed rates to 6.75%."],
    ["The IMF put Kestria's debt at 120% of GDP.", "The IMF said Kestria's debt was 118% of GDP."],
  ])("matches %j with %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([true, true]);
  });
});

describe("matchClaims on dev17's paraphrases", () => {
  it.each([
    // A passive whose subject a participle or "worth" describes: the clause's verb comes after the auxiliary.
    [
      "The central bank sold about $2.8 billion of foreign reserves in September and October.",
      "Foreign reserves worth roughly 2.8 billion dollars were sold by the central bank over September and October.",
    ],
    [
      "Nordane Line will divert cargo bound for Marrowick through the port of Eastvale.",
      "Cargo bound for Marrowick will be rerouted via Eastvale by Nordane Line.",
    ],
    // A denial in a clause put in front of the repeat is not the repeat's.
    [
      "Harbour Terminals Group offered a 6.5% pay increase over two years.",
      "After a marathon session that ended without agreement late on Monday, Harbour Terminals Group said its offer of a 6.5% pay rise over two years remained on the table.",
    ],
    // A verb after "and" is no second thing counted.
    [
      "The fire service recorded 1,847 fires this season.",
      "In a season in which the fire service recorded 1,847 fires and lost two volunteers, crews were stretched across the entire region for weeks at a time.",
    ],
  ])("matches %j with %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([true, true]);
  });

  it.each([
    // A second reviewer's: a participle's clause with a relative pronoun keeps the main verb; "If" keeps its denial;
    // "paid staff" are no staff and volunteers.
    ["Landlords sued 300 tenants who had been evicted in 2023.", "300 tenants sued landlords who had been evicted in 2023."],
    ["Banks lent households 40 billion euros that will be repaid over 20 years.", "Households lent banks 40 billion euros that will be repaid over 20 years."],
    ["If no deal is reached, 3,000 jobs will be lost.", "3,000 jobs will be lost."],
    ["The charity has 4,000 paid staff.", "The charity has 4,000 staff and volunteers."],
  ])("keeps %j apart from %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([false, false]);
  });

  it.each([
    // A relative clause is no reduced participle; "for years" and "weeks into" are times, not a trade.
    ["North Korea sent 3 million shells that were used by Russia in Ukraine.", "North Korea supplied Russia with 3 million shells for use in Ukraine."],
    ["The country has been at war for years, and 2 million people have fled.", "Years into the war, 2 million people have fled the country."],
    ["Workers have been on strike for weeks and lost 2 million euros in wages.", "Weeks into the strike, workers have lost 2 million euros in wages."],
  ])("matches %j with %j", (a, b) => {
    expect([sameClaim(a, b), sameClaim(b, a)]).toEqual([true, true]);
  });

  it("keeps two things traded one for the other apart from the same trade the other way", () => {
    expect(sameClaim("Corvia's central bank sold dollars to buy crowns.", "Corvia's central bank sold crowns to buy dollars.")).toBe(false);
    expect(sameClaim("The fund swapped shares for bonds in March.", "The fund swapped bonds for shares in March.")).toBe(false);
    expect(sameClaim("Corvia's central bank sold dollars to buy crowns.", "The central bank of Corvia sold dollars and bought crowns.")).toBe(true);
  });

  it("still keeps a participle's noun apart from the doer, and a denial the repeat makes", () => {
    expect(sameClaim("Troops stationed in Latvia attacked Russian drones.", "Russian drones attacked troops stationed in Latvia.")).toBe(false);
    expect(sameClaim("The union accepted the offer.", "After talks on Monday, the union said it did not accept the offer.")).toBe(false);
  });
});

describe("dayAgainstPeriod", () => {
  it("reads a day as when it happened, not the day it was said", () => {
    expect(dayAgainstPeriod("Shares fell 9% on Monday.", "Shares fell 9% in the past month.")).toBe(true);
    expect(dayAgainstPeriod("Shares fell 9% in the past month, the company said on Monday.", "Shares fell 9% in the past month.")).toBe(false);
    expect(dayAgainstPeriod("Shares fell 9%, the company said on Monday.", "Shares fell 9% in the past month.")).toBe(false);
    expect(dayAgainstPeriod("Today's figures show shares fell 9%.", "Shares fell 9% in the past month.")).toBe(false);
  });
});

describe("parts exchanged, acts undone, alternatives added", () => {
  it.each([
    // Two parts of the same words exchanged: who did it to whom, from where to where, which rose and which fell.
    ["The airline bought a 20 percent stake in the caterer.", "The caterer bought a 20 percent stake in the airline."],
    [
      "The treasurer moved 3 million euros from the club to two private accounts.",
      "The treasurer moved 3 million euros from two private accounts to the club.",
    ],
    ["Exports to Brazil have fallen while imports have risen.", "Imports to Brazil have fallen while exports have risen."],
    ["Farmers under 35 earned 12% more than those over 60.", "Farmers over 60 earned 12% more than those under 35."],
    // A country against its people's name: "Marovian" is Marovia's.
    ["Marovia agreed to lift its 8% duty on Seltanian wine.", "Seltania agreed to lift its 8% duty on Marovian wine."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => [m.same, m.blockedBy])).toEqual([
      [false, "roles"],
      [false, "roles"],
    ]);
  });

  it.each([
    // The passive names the doer last, coordinated names may come in either order, and "from … to" is no exchange by itself.
    ["The airline bought a 20 percent stake in the caterer.", "A 20 percent stake in the caterer was bought by the airline."],
    ["The court rejected 300 appeals from asylum seekers this year.", "Some 300 appeals from asylum seekers were turned down by the court this year."],
    ["Mayor Ana Ruiz is tied with councillor Tom Reyes in the latest poll.", "Councillor Tom Reyes is tied with mayor Ana Ruiz in the latest poll."],
    ["The court ruled against the insurer for the third time.", "The court ruled for the third time against the insurer."],
  ])("still matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it.each([
    ["The trade deficit was widening.", "The trade deficit was narrowing."],
    ["The backup generator had been switched off before the outage.", "The backup generator had been switched on before the outage."],
    ["The retail sector added 40,000 jobs last year.", "The retail sector lost 40,000 jobs last year."],
    ["Work on the bridge has been suspended.", "Work on the bridge has continued despite the flooding."],
    ["The refinery was allowed to keep operating after the audit.", "The refinery was ordered to stop operating after the audit."],
    ["Dock workers voted to strike over pensions.", "Dock workers voted against strike action over pensions."],
    // Two denials in two clauses deny twice; they make no even count that affirms.
    ["Bus fares will rise to 2 euros in March under a law passed in May.", "Bus fares will not rise to 2 euros in March, as the law failed to pass in May."],
  ])("reads %j and %j as opposites", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });

  it.each([
    // What a reviewer found the first version of these rules blocked: a phrase put in front, passives with
    // irregular participles, a score between two sides, particles and acts that say nothing of direction,
    // "voted to reject", "fell short of", spelling and synonyms of an outcome.
    ["At the summit, Macron pledged €2 billion for Ukraine.", "Macron pledged €2 billion for Ukraine at the summit."],
    ["During the heatwave, 1,200 people died in Spain.", "In Spain, 1,200 people died during the heatwave."],
    ["Next summer the airline will add 12 routes from Dublin.", "The airline will add 12 routes from Dublin next summer."],
    ["Airbus won the contract for 40 jets.", "The contract for 40 jets was won by Airbus."],
    ["The Red Cross runs the hospital in Goma, with 300 beds.", "The hospital in Goma, with 300 beds, is run by the Red Cross."],
    ["Parliament passed the budget by 312 votes to 198.", "The budget was passed by parliament by 312 votes to 198."],
    ["Chelsea drew 2-2 with Arsenal on Sunday.", "Arsenal drew 2-2 with Chelsea on Sunday."],
    ["Russia cut off gas supplies to Poland on Wednesday.", "Gas supplies to Poland were cut on Wednesday by Russia."],
    ["All 50,000 tickets sold out in two hours.", "All 50,000 tickets were sold in two hours."],
    ["The ECB kept interest rates at 4% on Thursday.", "The ECB held interest rates at 4% on Thursday, halting its run of hikes."],
    ["Ryanair resumed flights to Tel Aviv on Monday.", "Ryanair restarted flights to Tel Aviv on Monday, which were halted in October."],
    ["China approved 50 new coal-fired power plants in 2023.", "China added 50 new coal power plants in 2023."],
    ["The Senate voted to reject the nominee by 52 votes to 48.", "The Senate voted against the nominee by 52 votes to 48."],
    ["Revenue fell short of analysts' forecasts of $5 billion.", "Revenue missed analysts' forecasts of $5 billion."],
    ["Some 1,200 flights were delayed or cancelled on Friday.", "Some 1,200 flights were delayed or canceled on Friday."],
    ["Some 40 people were killed or injured in the blast.", "Some 40 people were dead or injured in the blast."],
  ])("still matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it("still matches a repeat that keeps the same act or adds no denial", () => {
    expect(sameClaim("The retail sector added 40,000 jobs last year.", "The retail sector created 40,000 jobs last year.")).toBe(true);
    expect(sameClaim("The refinery was allowed to keep operating after the audit.", "After the audit, the refinery was allowed to keep operating.")).toBe(true);
    expect(sameClaim("Bus fares will rise to 2 euros in March, the mayor said.", "Bus fares will rise to 2 euros in March.")).toBe(true);
  });

  it.each([
    ["Six workers were killed in the blast at the Tarn plant.", "Six workers were killed or injured in the blast at the Tarn plant."],
    ["87 pedestrians were killed or seriously injured in Leeds last year.", "87 pedestrians were killed in Leeds last year."],
    // A qualifier put before or after what is counted: a gerund, or two words side by side.
    ["The club's revenue rose 12% to 310 million euros.", "The club's merchandising revenue rose 12% to 310 million euros."],
    ["The college turned away 2,100 applicants with perfect scores this year.", "The college turned away 2,100 applicants this year."],
  ])("keeps %j apart from %j: they count different things", (a, b) => {
    expect(bothWays(a, b).map((m) => [m.same, m.blockedBy])).toEqual([
      [false, "figures"],
      [false, "figures"],
    ]);
  });
});

describe("what a figure counts ends with its clause", () => {
  it.each([
    // A comma, a dash or a new verb after "and" ends what the figure counts.
    ["The Green List won 18.2 percent of the vote.", "With every ballot counted, the Green List won 18.2 percent of the vote, its best result in a decade."],
    [
      "The airline carried 4.1 million passengers last year.",
      "Speaking in Dublin, its chief executive said the airline carried 4.1 million passengers and said it would add routes to Lisbon.",
    ],
    [
      "The insurer paid out 210 million euros in flood claims over two years.",
      "Its chief executive said the insurer paid out 210 million euros in flood claims over two years and would now raise premiums.",
    ],
  ])("finds %j inside %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it("reads a rough figure that the claim states exactly too as one figure", () => {
    expect(sameClaim("Ana Ruiz won 54% of the vote in the run-off.", "Ruiz secured more than half the ballots, 54 per cent, in the second round.")).toBe(true);
    expect(sameClaim("Ana Ruiz won 54% of the vote in the run-off.", "Ruiz secured more than half the ballots, 59 per cent, in the second round.")).toBe(false);
  });

  it("still tells 100 countries from 100 countries and organisations", () => {
    expect(sameClaim("100 countries attended the summit.", "100 countries and organisations attended the summit.")).toBe(false);
    expect(sameClaim("The Green List won 18.2 percent of the vote.", "The Green List won 18.2 percent of the seats, its best result in a decade.")).toBe(false);
  });
});

describe("a passive without 'by' against the active", () => {
  it("is the same claim: its subject is what was done to", () => {
    expect(
      bothWays("The Rowing Federation suspended its treasurer, Ida Voss.", "Ida Voss has been suspended as treasurer of the Rowing Federation.").map(
        (m) => m.same,
      ),
    ).toEqual([true, true]);
    expect(sameClaim("The Rowing Federation suspended Ida Voss.", "Ida Voss was suspended by the Rowing Federation.")).toBe(true);
  });

  it("still keeps a swap apart", () => {
    expect(matchClaims("The Rowing Federation suspended Ida Voss.", "Ida Voss suspended the Rowing Federation.")).toMatchObject({
      same: false,
      blockedBy: "roles",
    });
    expect(sameClaim("The Rowing Federation suspended Ida Voss.", "The Rowing Federation was suspended by Ida Voss.")).toBe(false);
  });
});

describe("the greatest said as 'none greater'", () => {
  it.each([
    [
      "This is the largest salmonella outbreak recorded in Portugal since 2005.",
      "Health officials in Portugal have not recorded a bigger salmonella outbreak since 2005.",
    ],
    ["The Tarn blaze was the biggest forest fire in the region in 40 years.", "No larger forest fire has hit the region in 40 years than the Tarn blaze."],
  ])("matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it.each([
    // A denied comparison is not a superlative, nor is a superlative that is itself denied.
    ["This was the highest turnout in Rovena since 1990.", "Turnout in Rovena was not higher than in 1990."],
    ["The storm was the strongest to hit Galicia in 30 years.", "The storm was not the strongest to hit Galicia in 30 years."],
    ["The storm was the strongest to hit Galicia in 30 years.", "No storm weaker than this one has hit Galicia in 30 years."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });
});

describe("near-misses a fresh set (dev22) merged", () => {
  it.each([
    // A figure for each one against a figure for all of them.
    [
      "Norvale processes about 18,000 tonnes of used car tyres a year at three plants.",
      "Each of Norvale's three plants processes about 18,000 tonnes of used car tyres a year.",
    ],
    // Three times the average is above it.
    ["Rainfall in Osterby was more than three times the 30-year average in March.", "Rainfall in Osterby was below the 30-year average in March."],
    // A loss against a profit.
    ["Harlow Rail made a net loss of 9 million pounds last year.", "Harlow Rail was profitable last year."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });

  it("reads 'had nothing to do with' as a denial of the cause", () => {
    expect(matchClaims("The Tarn depot fire was caused by a faulty charger.", "The Tarn depot fire had nothing to do with a faulty charger.")).toMatchObject({
      same: false,
      blockedBy: "negation",
    });
  });

  it.each([
    ["Norvale recycles about 18,000 tonnes of plastic each year.", "Norvale recycles some 18,000 tonnes of plastic a year."],
    ["Rainfall in Osterby was three times the 30-year average in March.", "In March, Osterby had three times its 30-year average rainfall."],
    ["Harlow Rail made a net loss of 9 million pounds last year.", "Harlow Rail lost 9 million pounds last year."],
  ])("still matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });
});

describe("what a share is of", () => {
  it("reads 'half of all new flats' as 'half of new flats', and still tells another kind of flat", () => {
    expect(
      bothWays("Half of all new flats in Tarn were bought by landlords last year.", "Landlords bought 50% of new flats in Tarn last year.").map((m) => m.same),
    ).toEqual([true, true]);
    expect(sameClaim("Half of all new flats in Tarn were bought by landlords last year.", "Landlords bought 50% of new social flats in Tarn last year.")).toBe(
      false,
    );
  });
});

describe("a death toll", () => {
  it("counts the people killed", () => {
    expect(
      bothWays("Floods have killed at least 42 people in Tarn province.", "The death toll from the floods in Tarn province has reached at least 42.").map(
        (m) => m.same,
      ),
    ).toEqual([true, true]);
    expect(
      sameClaim("Floods have injured at least 42 people in Tarn province.", "The death toll from the floods in Tarn province has reached at least 42."),
    ).toBe(false);
  });
});

describe("what a reviewer's pairs showed of this session's rules", () => {
  it.each([
    // "none greater" only when it restates a superlative over the same span; every other denial still counts.
    ["Lindqvist is no longer the longest-serving minister in the cabinet.", "Lindqvist is the longest-serving minister in the cabinet."],
    ["No more than a third of voters back the tunnel.", "Most voters back the tunnel."],
    ["Nordvik does not have a higher unemployment rate than Ostria.", "Nordvik has the highest unemployment rate in the region."],
    ["Sentra has not paid a bigger dividend since 2010 and did not cut jobs.", "Sentra paid its biggest dividend since 2010 and cut jobs."],
    ["No larger ship can enter Karsby harbour.", "The largest ship ever to enter Karsby harbour arrived on Monday."],
    ["The ministry never gave a later date for the vote.", "The ministry gave the latest date for the vote."],
    // A passive that names who got it is the active turned round.
    ["Control of the port was handed to Ostria.", "Ostria handed over control of the port."],
    ["The mayor's powers were handed to the Karsby council.", "The Karsby council handed over the mayor's powers."],
    // The same party first, done to in one and doing it in the other.
    ["Marco Bellandi was suspended as president of the Padel Union.", "Marco Bellandi suspended the president of the Padel Union."],
    ["Kalmo Bank was sold to Sentra for 2 billion euros.", "Kalmo Bank sold Sentra for 2 billion euros."],
    ["Velmar was paid 300 million euros.", "Velmar paid 300 million euros."],
    ["Ostria was invaded in 2021.", "Ostria invaded Velmar in 2021."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });

  it.each([
    // A figure for each, said as "each", "every", "per" or "all" on both sides, is one claim.
    ["The 40 families will receive 2,000 euros each.", "The 40 families will receive 2,000 euros per family."],
    ["Each of the 12 victims was under 30.", "All 12 victims were under 30."],
    ["The ferry makes 6 crossings each weekday.", "The ferry makes 6 crossings every weekday."],
    // A loss or a profit said in passing is no result of the business.
    ["The closure of the Karsby plant means the loss of 450 jobs.", "The closure of the profitable Karsby plant will cost 450 jobs."],
    [
      "The non-profit Karsby Housing Trust built 400 homes last year.",
      "The Karsby Housing Trust, which has run at a loss since 2019, built 400 homes last year.",
    ],
    // An active and its passive with the doer's own thing as the subject.
    ["Kestria raised interest rates in March.", "Kestria's interest rates were raised in March."],
  ])("still matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });
});

describe("matchClaims on what the sets of 5 December showed: figures that change hands, whose a share is", () => {
  it.each([
    // Figures read with another word beside them have not changed hands: a swap is an exchange both ways.
    [
      "Kestria paid 2.4bn crowns in flood aid to some 80,000 households last year.",
      "Last year about 80,000 households received flood aid totalling 2.4 billion crowns from the Kestrian government.",
    ],
    [
      "Velmar Bank's quarterly revenue was €3.2bn, up 6% from a year earlier.",
      "Velmar Bank posted quarterly revenue of 3.2 billion euros, a 6% year-on-year increase.",
    ],
    ["The temperature reached 44.2°C in Karsby on 27 July.", "Karsby recorded 44.2 degrees Celsius on 27 July."],
    // One event said from either side with a pair of verbs: the nouns change places, the claim does not.
    ["Karsby airport handled 6.2 million passengers in 2025.", "In 2025, 6.2 million passengers passed through Karsby airport."],
    ["The outbreak in Karsby has infected more than 900 children.", "More than 900 children have caught measles in the Karsby outbreak."],
    // Between two countries too: the pair of verbs puts them in the other order.
    ["Ireland lent Britain 7 billion pounds in 2010.", "Britain borrowed 7 billion pounds from Ireland in 2010."],
    // A claim inside a longer sentence whose words do not all run on as they are: the sentence's other figures
    // are its own, and only the claim's must be found there.
    [
      "Karsby hotels have cut water use per guest night by 15% since 2022.",
      "The hotel federation said its members in Karsby had cut water use per guest night by 15% since 2022 and that tourism makes up two-thirds of the regional economy.",
    ],
    // Whose the share is, written as a possessive on one side and as a place on the other.
    ["Renewables supplied 42% of Germany's electricity last year.", "Renewables supplied 42% of the electricity in Germany last year."],
    ["Men made up 36% of those screened.", "Men made up 36% of the people screened."],
  ])("matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it.each([
    // From a reviewer's read of the first version of these rules (5 Dec): figures handed round three parties,
    // a long sentence that gives the claim's figure to another subject, an owner only one claim names, both
    // verbs of a pair in one claim, "to X from Y", and units that differ.
    ["The Social Democrats polled 31%, the Greens 22% and the Liberals 15%.", "The Social Democrats polled 22%, the Greens 15% and the Liberals 31%."],
    ["Unemployment rose 5% in March.", "Unemployment rose in March, the statistics office said, while consumer prices rose 5% over the same month."],
    ["Rents in Berlin rose 9% in 2023.", "Rents in Berlin rose 4% in 2023, far less than in Munich, where rents rose 9%, the institute said."],
    ["The company cut 1,200 jobs in Germany.", "The company cut jobs in Germany and said its rival had cut 1,200 jobs in France."],
    ["The party won 36% of the women's vote in the election.", "The party won 36% of the vote in the election."],
    ["The firm's biggest client accounts for 25% of the firm's sales.", "The firm's biggest client accounts for 25% of the client's sales."],
    ["The state borrowed 500 million euros from the bank, which lent it at 4%.", "The bank borrowed 500 million euros from the state, which lent it at 4%."],
    ["The company shifted production from China to Vietnam.", "The company shifted production to China from Vietnam."],
    ["Sea levels along the coast rose 10cm over the decade.", "Sea levels along the coast rose 10m over the decade."],
    ["Wind farms generated 41.2 GW at the peak on Tuesday.", "Wind farms generated 41.2 GWh at the peak on Tuesday."],
    // A pair of verbs for one event from either side, with the nouns in the same order: the event went the other way.
    ["Karsby Bank lent Nordvik Holdings 5 million euros in March.", "Karsby Bank borrowed 5 million euros from Nordvik Holdings in March."],
    ["Ireland lent Britain 7 billion pounds in 2010.", "Ireland borrowed 7 billion pounds from Britain in 2010."],
    // What went from one place to the other went the other way.
    ["Rates rose from 5% to 8% last year.", "Rates rose from 8% to 5% last year."],
    ["The league moved 40 players from Karsby FC to Nordvik United.", "The league moved 40 players from Nordvik United to Karsby FC."],
    // An owner left out on both sides leaves what the share is of: electricity is not energy.
    ["Renewables supplied 42% of Germany's electricity last year.", "Renewables supplied 42% of Germany's energy last year."],
    // A share whose only readable word is its owner is not a share of nothing named.
    [
      "Low- and middle-income countries host 71 percent of the world’s refugees.",
      "Low- and middle-income countries host 71 percent of the world’s displaced people.",
    ],
    ["Women hold 30% of seats in the national parliament.", "Women hold 30% of ministerial posts in the national government."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });
});

describe("matchClaims: what a share is of, and a rough figure", () => {
  it.each([
    // What a share is of ends at a preposition, a time, a clause or a verb: "within four hours", "next year",
    // "of what they lost", "farms receive", "created".
    [
      "The target is to treat half of all emergency patients within four hours.",
      "Under the target, 50 percent of emergency patients should be treated within 4 hours.",
    ],
    ["Almost half of the new jobs are in the public sector.", "Nearly 50% of the newly created jobs are in the state sector."],
  ])("matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it.each([
    // "will close 40 branches" is no "close to 40": two exact figures that differ.
    ["Velmar Bank will close 40 branches next year.", "Velmar Bank will close 43 branches next year."],
    // A share of what a clause names is still a share of something: these two differ in the clause.
    ["Members recovered 60% of what they lost through the scheme.", "Members recovered 60% of what they invested through the scheme."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });
});

describe("matchClaims: a plan or a possibility against what happened", () => {
  it.each([
    ["The ferry line hopes to carry 3 million passengers this year.", "The ferry line carried some 3 million passengers this year."],
    ["The union wants to raise the minimum wage to 14 euros an hour.", "The minimum wage was raised to 14 euros an hour."],
    ["Officials said the death toll could reach 300.", "Officials said the death toll reached 300."],
    ["Karsby Telecom expects revenue of 2 billion euros this year.", "Karsby Telecom's revenue reached 2 billion euros this year."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });

  it.each([
    // Both speak of what is to come, however each says it.
    ["The government will hire 6,000 new teachers by 2029.", "Ministers plan to recruit 6,000 additional teachers by 2029."],
    // A sentence that holds the claim may say more, a plan among it.
    [
      "Karsby Telecom added 5 million subscribers in the third quarter.",
      "Karsby Telecom added 5 million subscribers in the third quarter, and it hopes to add as many again by the spring.",
    ],
  ])("matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });
});

describe("matchClaims: periods named from now", () => {
  it("keeps one kind of period apart from another of that kind ('this year' against 'last year')", () => {
    const a = "The treasury forecast a deficit of 4% of output this year.";
    const b = "The budget deficit came in at 4% of output last year.";
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
    expect(sameClaim("Karsby Air carried 3 million passengers in the past year.", "Karsby Air carried 3 million passengers last year.")).toBe(true);
  });
});

describe("matchClaims: what there is against what is added to it", () => {
  it("keeps 'has 500 beds' apart from 'needs another 500 beds', and 'rose by 150' with 'an extra 150'", () => {
    expect(bothWays("Karsby General Hospital has 500 beds.", "Karsby General Hospital needs another 500 beds, its director said.").map((m) => m.same)).toEqual([
      false,
      false,
    ]);
    expect(sameClaim("Nurse training places in Karsby rose by 150 in 2023.", "An extra 150 nurse training places were created in Karsby in 2023.")).toBe(
      sameClaim("Nurse training places in Karsby rose by 150 in 2023.", "Nurse training places in Karsby rose by 150 in 2023, the ministry said."),
    );
  });
});

describe("matchClaims: goods going out against goods coming in, with no party named", () => {
  it("keeps exports apart from imports when neither claim names who sends or receives", () => {
    const [a, b] = ["Exports rose 5% to 30 billion dollars in May.", "Imports rose 5% to 30 billion dollars in May."];
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });
});

describe("matchClaims: near-misses of a fresh set (dev27)", () => {
  it.each([
    // Ahead of a schedule and behind it; a record set and one missed.
    ["Tunnelling on the Lindholm line is ahead of schedule.", "Tunnelling on the Lindholm line has fallen behind schedule."],
    [
      "The Port of Haldersund handled the highest cargo total in its history last year.",
      "Last year's cargo volume at the Port of Haldersund fell short of its all-time record.",
    ],
    // One change of two counts.
    ["Rail Nord ran 12 percent more trains last year than in 2019.", "Rail Nord carried 12 percent more passengers last year than in 2019."],
    // Who did it and who did not, traded.
    ["The fare increase was set by the transport ministry, not by Rail Nord.", "Rail Nord itself decided this year's fare rise, not the transport ministry."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });

  it.each([
    // "did not rule out" denies nothing; "short-term" is no record missed; what "18% more" counts said once only.
    ["The minister did not rule out sending troops to the mission.", "The minister did not rule out sending troops to the peacekeeping mission."],
    [
      "Japan's central bank raised its policy rate to 0.5%, the highest in 17 years.",
      "The Bank of Japan lifted short-term rates to half a percent, a level not seen in 17 years.",
    ],
    [
      "Rice exports from Vietnam rose 18% in the first nine months of the year",
      "Vietnam shipped 18 per cent more rice abroad in January–September than a year earlier.",
    ],
    // What a reviewer wrote against the first version of these rules: "ahead" and "behind" of no schedule, a record
    // missed in two ways, a forecast that is no record, "not only", one thing counted in two words, and "ruled out"
    // said in other words (so "ruled out" is no denial here: it was one in that version).
    ["The company pulled ahead of its rivals in electric vehicle sales last year.", "The company left its rivals behind in electric vehicle sales last year."],
    ["Car sales in Norway narrowly missed the record set in 2019.", "Car sales in Norway fell short of the record set in 2019."],
    ["Exports to China, its largest market, fell short of the 2019 peak.", "Exports to China, the biggest market, remained below the 2019 peak."],
    ["Inflation is hitting rents and food, not only energy.", "Inflation is hitting energy and rents, not only food."],
    ["The airline flew 25 percent more passengers in August.", "The airline flew 25 percent more travellers in August."],
    ["The port handled 5 percent more containers in the first half.", "The port handled 5 percent more cargo containers in the first half."],
    [
      "The central bank governor ruled out a cut in interest rates this year.",
      "The central bank governor dismissed the prospect of a cut in interest rates this year.",
    ],
    // The same denial on both sides.
    ["The fare increase was set by the ministry, not by Rail Nord.", "The ministry set the fare increase, not Rail Nord."],
  ])("matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });
});

describe("matchClaims: a denial in a contraction", () => {
  it.each([
    ["The government will impose a lockdown over Christmas.", "The government won't impose a lockdown over Christmas."],
    ["The company has paid the fine.", "The company hasn’t paid the fine."],
    ["Turkey can block Sweden's membership.", "Turkey can't block Sweden's membership."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.blockedBy)).toEqual(["negation", "negation"]);
  });

  it("matches 'has not' with 'hasn't'", () => {
    expect(bothWays("The company has not paid the fine.", "The company hasn't paid the fine.").map((m) => m.same)).toEqual([true, true]);
  });
});

// 7 December, twenty-first session: the kinds of dev29's false merges, each written anew (not dev29's wording).
describe("matchClaims: opposites, swaps and other measures of the kinds dev29 showed", () => {
  it.each([
    // A court's decision and its undoing (the first pair was kept apart as one word put for another before).
    ["The appeals court upheld the ban on street vendors in Lagos", "The appeals court overturned the ban on street vendors in Lagos"],
    ["The appeal court upheld the ban on night flights at Orly.", "The appeal court quashed the ban on night flights at Orly."],
    ["Judges upheld the €2 million penalty imposed on the ferry operator.", "Judges set aside the €2 million penalty imposed on the ferry operator."],
    // Last against first in a ranking.
    [
      "Norbury came last among the region's ten largest hospitals for waiting times.",
      "Norbury topped the region's ranking of its ten largest hospitals for waiting times.",
    ],
    // One side gives, the other asks.
    ["The city offered bus drivers a 6 percent raise.", "The bus drivers' union demanded a 6 percent raise from the city."],
    // A figure bounded from either side.
    ["Most building permits are now issued within 30 days.", "Most building permits still take longer than 30 days to be issued."],
    ["Fewer than 40 percent of the new homes are affordable.", "At least 40 percent of the new homes are affordable."],
  ])("keeps %j apart from %j (negation)", (a, b) => {
    expect(bothWays(a, b).map((m) => m.blockedBy)).toEqual(["negation", "negation"]);
  });

  it.each([
    // Cause and effect traded, one side said as "was caused by", the other as "because of".
    [
      "The health minister said the fall in hospital admissions was caused by the new vaccination campaign.",
      "The health minister said the new vaccination campaign was launched because of the fall in hospital admissions.",
    ],
    [
      "Economists said the rise in house prices was driven by the cut in mortgage rates.",
      "Economists said the cut in mortgage rates was made because of the rise in house prices.",
    ],
    // A figure's thousands separator is no aside: the cause and effect are still read (merged before).
    [
      "Economists said the 4,000 lay-offs at the port were caused by the new tariffs.",
      "Economists said the new tariffs were imposed because of the 4,000 lay-offs at the port.",
    ],
    // Who pays whom.
    [
      "The ruling cut the legal costs Dunmore Council must pay the Harbour Trust to £800,000.",
      "The Harbour Trust must pay Dunmore Council £800,000 in legal costs.",
    ],
    // The owner's people against the owner: "X's own engineers warned the company" / "X warned its engineers".
    ["Dunmore Water's own engineers warned the company about leaks in the main.", "Dunmore Water warned its engineers about leaks in the main."],
  ])("keeps %j apart from %j (roles)", (a, b) => {
    expect(bothWays(a, b).map((m) => m.blockedBy)).toEqual(["roles", "roles"]);
  });

  it.each([
    // Two measures of one result.
    ["Brightwell posted a pre-tax profit of £48 million in 2025.", "Brightwell's net profit was £48 million in 2025."],
    ["The retailer's gross margin was 31 percent last year.", "The retailer's operating margin was 31 percent last year."],
    // A count against a span of time.
    ["The regulator sent the utility four warnings about its water pipes.", "The regulator sent the utility warnings about its water pipes for four years."],
  ])("keeps %j apart from %j (figures)", (a, b) => {
    expect(bothWays(a, b).map((m) => m.blockedBy)).toEqual(["figures", "figures"]);
  });

  it.each([
    // The same act said twice, each side holding what one of these rules reads: none of them may part the two.
    ["The appeal court upheld the ban on night flights at Orly.", "The ban on night flights at Orly was upheld by the appeal court."],
    ["The city offered bus drivers a 6 percent raise.", "Bus drivers were offered a 6 percent raise by the city."],
    ["Fewer than 40 percent of the new homes are affordable.", "Less than 40 percent of the new homes are affordable."],
    ["The club sold 31,000 season tickets this summer.", "Season-ticket sales at the club reached 31,000 this summer."],
    ["Brightwell posted a net profit of £48 million in 2025.", "Brightwell's net profit was £48 million in 2025."],
    ["The ban was imposed for three years.", "The ban was imposed for 3 years."],
    // What a reviewer found the first version of these rules kept apart: a cause in an aside, "was last …", a
    // participle in the object, two measures of which both name one, one measure under two names, an age, a loose bound.
    ["The outage, caused by a storm, left 10,000 homes without power.", "10,000 homes were without power because of the outage."],
    ["The flooding, triggered by heavy rain, forced 3,000 people from their homes.", "3,000 people were forced from their homes because of the flooding."],
    ["Rivera topped the polls in Ohio for the first time.", "Rivera led the polls in Ohio for the first time since she was last elected."],
    [
      "The tribunal upheld the regulator's decision on the broadcaster's licence.",
      "The tribunal backed the regulator's decision revoking the broadcaster's licence.",
    ],
    ["Operating profit fell 5 percent to €212 million while net profit rose.", "Operating profit fell 5 percent to €212 million."],
    ["Brightwell made a pre-tax profit of £48 million in 2025.", "Brightwell's before-tax profit was £48 million in 2025."],
    ["Police charged a 15-year-old boy over the stabbing.", "Police charged a boy aged 15 over the stabbing."],
    ["The storm caused as much as $2 billion in damage.", "The storm caused more than $2 billion in damage."],
  ])("still matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });
});

describe("matchClaims: who took from whom, and which side of a sale (dev31 read)", () => {
  it.each([
    // What one party took from another, the other way round (the first pair was merged, the second parted only by
    // its wording, before).
    [
      "Calder Royal has recruited 27 midwives from neighbouring hospitals in the Tay region.",
      "Neighbouring Tay hospitals have poached 27 midwives from Calder Royal.",
    ],
    [
      "The contract allows the county to withhold up to 15 million dollars from the builder",
      "Under the contract, the builder can withhold up to $15m from the county.",
    ],
    [
      "The settlement lets the university claw back 3 million euros from the builder.",
      "Under the settlement, the builder may claw back €3m from the university.",
    ],
    // The same party buying in one claim and selling in the other (merged before).
    ["Harlow United paid 55 million euros for Ivo Marek in 2023.", "Harlow United pocketed 55 million euros when they sold Ivo Marek in 2023."],
  ])("keeps %j apart from %j (roles)", (a, b) => {
    expect(bothWays(a, b).map((m) => m.blockedBy)).toEqual(["roles", "roles"]);
  });

  it.each([
    // One source under two names, a source not a party, and a sale told from either side.
    ["Calder Royal has hired 40 nurses from private agencies this year.", "This year Calder Royal hired 40 nurses from private agencies."],
    ["Exports of wheat from Ukraine rose 12 percent in May.", "Wheat exports from Ukraine rose 12% in May."],
    ["Unemployment fell to 4.1 percent from 4.4 percent in March.", "In March unemployment fell from 4.4 percent to 4.1 percent."],
    [
      "Ardent Power sold the Kelso wind farm to Brannock Energy for £310 million.",
      "The Kelso wind farm was sold by Ardent Power to Brannock Energy for £310 million.",
    ],
  ])("still matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it.each([
    // From the review: a fronted time, a sale someone else made, a place left rather than a party robbed, a "from"
    // that runs on to a verb.
    ["In 2023, Harlow United paid €55m for Ivo Marek.", "In 2023, Northfield sold Ivo Marek to Harlow United for €55m."],
    ["Apple sold 230 million iPhones in 2023.", "Apple said customers bought 230 million iPhones in 2023."],
    ["Taylor Swift's three Wembley shows sold out within minutes.", "Taylor Swift fans bought every ticket for her three Wembley shows within minutes."],
    ["Ukrainian forces recaptured Kherson from Russian troops in November.", "Russian troops withdrew from Kherson in November."],
    ["Figures show prices rose 2% in May from April.", "Prices rose 2% between April and May, figures from the statistics office show."],
    ["Leclerc took pole position from Verstappen in Monaco.", "Verstappen was knocked from pole position by Leclerc in Monaco."],
  ])("does not read %j against %j as a swap", (a, b) => {
    expect(bothWays(a, b).map((m) => m.blockedBy)).not.toContain("roles");
  });

  it("does not read a sale told from the buyer's and the seller's side as a swap", () => {
    // Other checks still part these two (their wording: a known gap in recall), but not as a swap of roles.
    const told = bothWays(
      "Brannock Energy bought the Kelso wind farm from Ardent Power for £310 million.",
      "Ardent Power sold the Kelso wind farm to Brannock Energy for £310 million.",
    );
    expect(told.map((m) => m.blockedBy)).not.toContain("roles");
  });
});

describe("matchClaims: a multiple of the other side, paying against being paid, owner against owned (dev30 read)", () => {
  it.each([
    // The sides of "… times the …" traded (merged before).
    [
      "The new bridge cost 90 million euros, about three times the original estimate from the ministry.",
      "The ministry's original estimate was about three times the 90 million euros the new bridge cost.",
    ],
    // One party paying in one claim and paid in the other (merged, or parted only by its wording, before).
    [
      "Brenner received 240,000 euros in fees routed through a firm registered in his wife's name.",
      "Brenner paid 240,000 euros to his wife through a firm registered in Brenner's own name.",
    ],
    ["Talvik Airways borrowed 400 million euros from state banks last year.", "Talvik Airways lent 400 million euros to state banks last year."],
    // Owner and owned traded (merged before).
    ["Norrland Foods is owned by the pension fund Kestrel Partners.", "Kestrel Partners is a subsidiary of Norrland Foods."],
  ])("keeps %j apart from %j (roles)", (a, b) => {
    expect(bothWays(a, b).map((m) => m.blockedBy)).toEqual(["roles", "roles"]);
  });

  it.each([
    ["Norrland Foods is owned by the pension fund Kestrel Partners.", "Kestrel Partners owns Norrland Foods."],
    ["Norrland Foods is owned by the pension fund Kestrel Partners.", "Norrland Foods is a subsidiary of Kestrel Partners."],
  ])("still matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it("does not read being paid said two ways as a swap", () => {
    const told = bothWays(
      "Brenner received 240,000 euros through a charity run by his sister.",
      "Brenner was paid 240,000 euros through a charity run by his sister.",
    );
    expect(told.map((m) => m.blockedBy)).not.toContain("roles");
  });
});

describe("matchClaims: runs of years, fractions of a point and hours with minutes written two ways (dev32 read)", () => {
  it.each([
    ["Exports to Japan fell for the third year running, to 4.1 billion euros.", "Exports to Japan dropped for a third straight year, to 4.1 billion euros."],
    ["Ferry passengers rose for the fifth month in a row, to 212,000.", "Ferry passengers rose for a fifth consecutive month, to 212,000."],
    // A word after "running" that names nothing it runs ("in March") keeps the run.
    ["Coal imports fell for the fourth year running in 2024.", "Coal imports fell for the fourth consecutive year in 2024."],
    ["The central bank raised its main rate by a quarter-point on Thursday.", "The central bank raised its main rate by 25 basis points on Thursday."],
    ["Three members of the board voted for a half-point cut.", "Three members of the board voted for a cut of half a percentage point."],
    ["The ambulance reached the village 2 hours and 15 minutes after the first call.", "The ambulance reached the village 135 minutes after the first call."],
  ])("matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });

  it.each([
    // Merged before: "quarter" and "half" were no figures.
    ["Two of the nine governors backed a quarter-point cut in June.", "Two of the nine governors voted for a half-point cut in June."],
    [
      "The ambulance reached the village 2 hours and 15 minutes after the first call.",
      "The ambulance reached the village 2 hours and 45 minutes after the first call.",
    ],
    ["Exports to Japan fell for the third year running.", "Exports to Japan fell for the fourth straight year."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });
});

describe("matchClaims: a clause saying which wildfire is not the claim's verb nor its subject (dev32 read)", () => {
  it.each([
    // A clause saying which landslide or explosion comes before the claim's own verb (merged before).
    [
      "The landslide that buried the Vetra road in April was set off by a water main.",
      "The landslide that buried the Vetra road in April broke a water main near Hollin, the survey found.",
    ],
    [
      "The explosion that destroyed the Sorn depot in May was caused by a gas cylinder.",
      "The explosion that destroyed the Sorn depot in May threw a gas cylinder across the yard, the report found.",
    ],
  ])("keeps %j apart from %j (roles)", (a, b) => {
    expect(bothWays(a, b).map((m) => m.blockedBy)).toEqual(["roles", "roles"]);
  });

  it.each([
    ["The outage at Tarvik Hospital on Monday was caused by a generator.", "A generator caused the outage at Tarvik Hospital on Monday."],
    [
      "The landslide that buried the Vetra road in April was set off by a water main.",
      "A water main set off the landslide that buried the Vetra road in April.",
    ],
    // Review: the clause's nouns ("the ranges", "the coast") are no part of the subject.
    ["The wildfire that swept through the ranges killed 12 people.", "The wildfire killed 12 people."],
    ["The storm that hit the coast left 40,000 homes without power.", "The storm left 40,000 homes without power."],
  ])("still matches %j with %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([true, true]);
  });
});

describe("matchClaims: what a review of the twenty-third session's rules found", () => {
  it.each([
    ["She spent 10 years running the agency.", "She spent 10 consecutive years at the agency."],
    ["Carlsen finished half a point ahead of Caruana.", "Carlsen finished 0.5 percentage points ahead of Caruana."],
  ])("keeps %j apart from %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });
});

describe("matchClaims: a figure's subject after a reporting frame (twenty-fourth session)", () => {
  it("finds a claim inside a sentence that opens with a frame", () => {
    const long =
      "In a paper published on Thursday, researchers reported that the vaccine was 91% effective against severe disease in adults over 65, though protection waned after six months.";
    expect(bothWays("The vaccine was 91% effective against severe disease.", long).map((m) => m.same)).toEqual([true, true]);
  });

  it.each([
    ["Inflation in Chile was 3.8%.", "The central bank said that core inflation in Chile was 3.8%."],
    ["Inflation in Chile was 3.8%.", "According to the central bank, core inflation in Chile was 3.8%."],
    // Review: only a reporting frame is dropped, never what narrows the subject.
    ["Unemployment was 7%.", "Among women, unemployment was 7%."],
    ["Inflation was 2.9%.", "Excluding energy, inflation was 2.9%."],
    ["Inflation was 3.1%.", "Inflation that excludes food and energy was 3.1%."],
    ["Inflation, the bank said, was 3.8%.", "Core inflation, the bank said, was 3.8%."],
  ])("still keeps %j apart from the narrower %j", (a, b) => {
    expect(bothWays(a, b).map((m) => m.same)).toEqual([false, false]);
  });
});
