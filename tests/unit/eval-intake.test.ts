import { describe, expect, it } from "vitest";
import {
  SPAN_MATCH,
  align,
  deskName,
  listAsCandidates,
  mergeClaimants,
  overlap,
  pairAgreement,
  ratio,
  scoreArticle,
  scorePairs,
  type Candidate,
  type GoldArticle,
  type GoldClaimant,
  type Pair,
} from "@/eval/intake/score";

describe("overlap", () => {
  it.each([
    ["the same span", { start: 0, end: 10 }, { start: 0, end: 10 }, 1],
    ["disjoint spans", { start: 0, end: 5 }, { start: 8, end: 12 }, 0],
    ["adjacent spans", { start: 0, end: 5 }, { start: 5, end: 10 }, 0],
    ["a span inside another", { start: 0, end: 10 }, { start: 2, end: 7 }, 0.5],
    ["partly overlapping spans", { start: 0, end: 10 }, { start: 5, end: 15 }, 1 / 3],
    ["two empty spans at one point", { start: 3, end: 3 }, { start: 3, end: 3 }, 0],
  ])("of %s", (_, a, b, expected) => {
    expect(overlap(a, b)).toBeCloseTo(expected);
    expect(overlap(b, a)).toBeCloseTo(expected);
  });
});

describe("align", () => {
  it("pairs nothing when either side is empty", () => {
    expect(align([], [{ start: 0, end: 5 }]).size).toBe(0);
    expect(align([{ start: 0, end: 5 }], []).size).toBe(0);
  });

  it("gives each candidate to one gold span only", () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 0, end: 12 },
    ];
    // The candidate covers both gold spans well enough; the better overlap (gold 0) takes it.
    expect(align(gold, [{ start: 0, end: 10 }])).toEqual(new Map([[0, 0]]));
  });

  it("gives each gold span one candidate only", () => {
    const candidates = [
      { start: 0, end: 9 },
      { start: 0, end: 10 },
    ];
    expect(align([{ start: 0, end: 10 }], candidates)).toEqual(new Map([[0, 1]]));
  });

  it("pairs the best overlaps first, not in list order", () => {
    const gold = [
      { start: 0, end: 10 },
      { start: 2, end: 12 },
    ];
    const candidates = [
      { start: 2, end: 12 },
      { start: 0, end: 10 },
    ];
    // Taking gold in order with the first candidate over the threshold would pair 0→0 and 1→1 (overlap 2/3 each).
    expect(align(gold, candidates)).toEqual(
      new Map([
        [0, 1],
        [1, 0],
      ]),
    );
  });

  it.each([
    [{ start: 0, end: 5 }, 0.5, true],
    [{ start: 0, end: 4 }, 0.4, false],
    [{ start: 20, end: 30 }, 0, false],
  ])("pairs a candidate %j (overlap %s) only at SPAN_MATCH or above: %s", (candidate, o, paired) => {
    const gold = { start: 0, end: 10 };
    expect(overlap(gold, candidate)).toBeCloseTo(o);
    expect(o >= SPAN_MATCH).toBe(paired);
    expect(align([gold], [candidate]).has(0)).toBe(paired);
  });
});

describe("deskName", () => {
  const claimants: GoldClaimant[] = [
    { name: "Kim Jong Un", aliases: ["Kim", "Kim Jong-un"] },
    { name: "Michael Carpenter", aliases: ["Carpenter"] },
    { name: "Example Wire" },
    { name: "Health Care Inspectorate", aliases: ["the national health regulator", "inspectorate"] },
    { name: "National Assembly health committee" },
  ];

  it.each([
    ["Kim Jong Un", "Kim Jong Un"],
    ["Kim", "Kim Jong Un"],
    ["Kim Jong-un", "Kim Jong Un"],
    ["KIM JONG UN", "Kim Jong Un"],
    ["  kim   jong  un ", "Kim Jong Un"],
    ["kim jong-UN", "Kim Jong Un"],
    ["carpenter", "Michael Carpenter"],
    ["example wire", "Example Wire"],
    ["Vladimir Putin", "Vladimir Putin"],
    ["Kim Yo Jong", "Kim Yo Jong"],
    // With or without "the", as the desk resolves it.
    ["national health regulator", "Health Care Inspectorate"],
    ["the inspectorate", "Health Care Inspectorate"],
    ["the regulator", "the regulator"],
    // Without a possessive inside the name.
    ["the National Assembly’s health committee", "National Assembly health committee"],
    ["Smith's", "Smith's"],
  ])("resolves %j to %j", (name, expected) => {
    expect(deskName(name, claimants)).toBe(expected);
  });

  it("keeps a missing name missing", () => {
    expect(deskName(null, claimants)).toBeNull();
    expect(deskName("", claimants)).toBeNull();
  });

  it("returns the name as given when the desk holds no claimants", () => {
    expect(deskName("Carpenter", [])).toBe("Carpenter");
  });
});

describe("scoreArticle", () => {
  const text = [
    "Putin ends visit to Pyongyang",
    "Putin visited North Korea for the first time in 24 years, Example Wire reports.",
    "Kim said North Korea supplied 5 million shells to Russia.",
    "Seoul says Pyongyang has sent 11,000 troops.",
    "Ministers will discuss sanctions next week.",
    "The talks were a great success, officials said.",
  ].join("\n");

  const VISIT = "Putin visited North Korea for the first time in 24 years";
  const SHELLS = "North Korea supplied 5 million shells to Russia";
  const TROOPS = "Pyongyang has sent 11,000 troops";
  const AGENDA = "Ministers will discuss sanctions next week";
  const OPINION = "The talks were a great success";

  const gold: GoldArticle = {
    file: "visit.txt",
    outlet: "Example Wire",
    claims: [
      { quote: VISIT, checkworthy: true, type: "quantity", claimant: "Example Wire" },
      { quote: SHELLS, checkworthy: true, type: "quantity", claimant: "Kim Jong Un" },
      { quote: TROOPS, checkworthy: true, type: "quantity", claimant: "South Korea" },
      { quote: AGENDA, checkworthy: false, type: "prediction", claimant: "Example Wire" },
    ],
  };
  const claimants: GoldClaimant[] = [{ name: "Kim Jong Un", aliases: ["Kim"] }, { name: "Example Wire" }];

  const at = (quote: string) => {
    const start = text.indexOf(quote);
    if (start < 0) throw new Error(`not in the test article: ${quote}`);
    return { start, end: start + quote.length };
  };

  const candidates: Candidate[] = [
    // Right span, type and claimant (written differently from the desk's name).
    { ...at(VISIT), type: "quantity", claimant: "  example   WIRE ", suggested: true },
    // Longer than the gold quote but over half of it; wrong type, claimant by alias.
    { ...at(`Kim said ${SHELLS}`), type: "attribution", claimant: "kim", suggested: true },
    // Found but not suggested: a miss; its type is right, its claimant wrong.
    { ...at(TROOPS), type: "quantity", claimant: "Seoul", suggested: false },
    // Suggested although the checker would not list it: a false alarm.
    { ...at(AGENDA), type: "prediction", claimant: null, suggested: true },
    // Suggested, no gold claim at all: a false alarm.
    { ...at(OPINION), type: "opinion", claimant: null, suggested: true },
  ];

  it("counts precision, recall, types and claimants", () => {
    const counts = scoreArticle(text, gold, candidates, claimants);
    expect(counts).toEqual({
      suggested: 4,
      suggestedRight: 2,
      checkworthy: 3,
      found: 2,
      typed: 4,
      typedRight: 3,
      attributed: 3,
      attributedRight: 2,
      misses: [TROOPS],
      falseAlarms: [AGENDA, OPINION],
      wrongTypes: [`quantity ≠ attribution: ${SHELLS}`],
      wrongClaimants: [`South Korea ≠ Seoul: ${TROOPS}`],
    });
    expect(ratio(counts.suggestedRight, counts.suggested)).toBe(0.5);
    expect(ratio(counts.found, counts.checkworthy)).toBeCloseTo(2 / 3);
  });

  it("counts a gold claim without any candidate as missed, and neither types nor attributes it", () => {
    const counts = scoreArticle(text, gold, [], claimants);
    expect(counts).toMatchObject({ suggested: 0, suggestedRight: 0, checkworthy: 3, found: 0, typed: 0, typedRight: 0, attributed: 0, attributedRight: 0 });
    expect(counts.misses).toEqual([VISIT, SHELLS, TROOPS]);
    expect(counts.falseAlarms).toEqual([]);
    expect(counts.wrongTypes).toEqual([]);
    expect(counts.wrongClaimants).toEqual([]);
  });

  it("counts a candidate without a claimant as a wrong claimant", () => {
    const counts = scoreArticle(text, { ...gold, claims: [gold.claims[0]] }, [{ ...at(VISIT), type: "quantity", claimant: null, suggested: true }], claimants);
    expect(counts).toMatchObject({ suggested: 1, suggestedRight: 1, found: 1, typedRight: 1, attributed: 1, attributedRight: 0 });
    expect(counts.wrongClaimants).toEqual([`Example Wire ≠ none: ${VISIT}`]);
  });

  it("does not count a suggestion overlapping a gold claim by less than SPAN_MATCH", () => {
    const visit = at(VISIT);
    const tooShort = { start: visit.start, end: visit.start + Math.floor((visit.end - visit.start) * 0.4) };
    const counts = scoreArticle(
      text,
      { ...gold, claims: [gold.claims[0]] },
      [{ ...tooShort, type: "quantity", claimant: "Example Wire", suggested: true }],
      claimants,
    );
    expect(counts).toMatchObject({ suggested: 1, suggestedRight: 0, found: 0, misses: [VISIT], falseAlarms: [text.slice(tooShort.start, tooShort.end)] });
  });

  it("throws when a gold quote is not in the article", () => {
    const broken: GoldArticle = {
      ...gold,
      claims: [
        ...gold.claims,
        { quote: "Putin visited Pyongyang for the first time in 25 years", checkworthy: true, type: "quantity", claimant: "Example Wire" },
      ],
    };
    expect(() => scoreArticle(text, broken, candidates, claimants)).toThrow(/visit\.txt: gold quote not in the article: Putin visited Pyongyang/);
  });

  it("scores a second fact-checker's list against the first as candidates: its check-worthy claims suggested", () => {
    const second: GoldArticle = {
      file: "visit.txt",
      outlet: "Example Wire",
      claims: [
        { quote: VISIT, checkworthy: true, type: "quantity", claimant: "Example Wire" },
        // Cut longer, typed otherwise, filed under the alias.
        { quote: `Kim said ${SHELLS}`, checkworthy: true, type: "attribution", claimant: "Kim" },
        // Listed, not as check-worthy: the first's claim is missed.
        { quote: TROOPS, checkworthy: false, type: "quantity", claimant: "Seoul" },
        { quote: OPINION, checkworthy: true, type: "opinion", claimant: "officials" },
      ],
    };
    const listed = listAsCandidates(text, second);
    expect(listed.map((c) => [text.slice(c.start, c.end), c.suggested])).toEqual([
      [VISIT, true],
      [`Kim said ${SHELLS}`, true],
      [TROOPS, false],
      [OPINION, true],
    ]);
    expect(scoreArticle(text, gold, listed, claimants)).toMatchObject({
      suggested: 3,
      suggestedRight: 2,
      checkworthy: 3,
      found: 2,
      typed: 3,
      typedRight: 2,
      attributed: 3,
      attributedRight: 2,
      misses: [TROOPS],
      falseAlarms: [OPINION],
    });
  });

  it("throws when a second list's quote is not in the article", () => {
    const second: GoldArticle = { ...gold, claims: [{ quote: "Putin visited Seoul", checkworthy: true, type: "attribution", claimant: "Example Wire" }] };
    expect(() => listAsCandidates(text, second)).toThrow(/visit\.txt: quote not in the article: Putin visited Seoul/);
  });
});

describe("mergeClaimants", () => {
  const first: GoldClaimant[] = [
    { name: "Supreme Court of Norvalia", aliases: ["supreme court"] },
    { name: "Ana Ribeiro", aliases: ["Ribeiro"] },
  ];
  const second: GoldClaimant[] = [{ name: "Norvalian Supreme Court", aliases: ["Supreme Court"] }, { name: "Health Ministry" }];

  it("makes entries sharing a name or an alias one claimant, with every name either list gives it", () => {
    expect(mergeClaimants(first, second)).toEqual([
      { name: "Supreme Court of Norvalia", aliases: ["supreme court", "Norvalian Supreme Court"] },
      { name: "Ana Ribeiro", aliases: ["Ribeiro"] },
      { name: "Health Ministry", aliases: [] },
    ]);
  });

  it("lets a name mean the same whichever list comes first", () => {
    for (const lists of [
      [first, second],
      [second, first],
    ]) {
      const merged = mergeClaimants(...lists);
      expect(deskName("Supreme Court of Norvalia", merged)).toBe(deskName("Norvalian Supreme Court", merged));
      expect(deskName("Ribeiro", merged)).toBe("Ana Ribeiro");
    }
    // Concatenated lists, as before, give each list's own name: one claimant scored as two.
    expect(deskName("Supreme Court of Norvalia", [...second, ...first])).not.toBe(deskName("Norvalian Supreme Court", [...second, ...first]));
  });
});

describe("pairAgreement", () => {
  const pairs: Pair[] = [
    { a: "A", b: "A again", same: true, kind: "paraphrase" },
    { a: "B", b: "not B", same: false, kind: "negation" },
    { a: "C", b: "C, 12", same: false, kind: "figure" },
  ];

  it("counts the labels that say what the set says, and the others by the pair's kind", () => {
    expect(
      pairAgreement(pairs, [
        { pair: 0, same: true },
        { pair: 1, same: true },
        { pair: 2, same: false },
      ]),
    ).toEqual({ labelled: 3, agreed: 2, disagreedByKind: { negation: 1 } });
    expect(pairAgreement(pairs, [{ pair: 0, same: false }])).toEqual({ labelled: 1, agreed: 0, disagreedByKind: { paraphrase: 1 } });
  });

  it("throws on a label of no pair", () => {
    expect(() => pairAgreement(pairs, [{ pair: 3, same: true }])).toThrow(/no pair 3/);
  });
});

describe("scorePairs", () => {
  const pairs: Pair[] = [
    { a: "North Korea supplied weapons to Russia", b: "Pyongyang shipped arms to Moscow", same: true, kind: "paraphrase" },
    { a: "Putin visited North Korea", b: "Putin visited North Korea on Wednesday, Example Wire reports", same: true, kind: "span" },
    { a: "50 countries in the contact group", b: "nearly 50 nations in the contact group", same: true, kind: "paraphrase" },
    { a: "North Korea supplied weapons to Russia", b: "North Korea did not supply weapons to Russia", same: false, kind: "negation" },
    { a: "Russia never shipped arms", b: "Russia shipped arms", same: false, kind: "negation" },
    { a: "North Korea supplied weapons to Russia", b: "Russia supplied weapons to North Korea", same: false, kind: "roles" },
    { a: "100 countries", b: "100 countries and organisations", same: false, kind: "figures" },
    { a: "Putin visited North Korea", b: "Unemployment fell", same: false, kind: "unrelated" },
  ];
  // A stand-in matcher that says "same" for exactly these (a, b) pairs.
  const saysSame = new Set([pairs[0], pairs[2], pairs[3], pairs[4], pairs[6]].map((p) => `${p.a}|${p.b}`));
  const same = (a: string, b: string) => saysSame.has(`${a}|${b}`);

  it("counts matched and merged pairs, merges by kind, and lists the errors", () => {
    expect(scorePairs(pairs, same)).toEqual({
      same: 3,
      matched: 2,
      different: 5,
      merged: 3,
      mergedByKind: { negation: 2, figures: 1 },
      errors: [
        `missed span: ${pairs[1].a} ⟷ ${pairs[1].b}`,
        `merged negation: ${pairs[3].a} ⟷ ${pairs[3].b}`,
        `merged negation: ${pairs[4].a} ⟷ ${pairs[4].b}`,
        `merged figures: ${pairs[6].a} ⟷ ${pairs[6].b}`,
      ],
    });
  });

  it("asks the matcher with a first and b second", () => {
    const calls: [string, string][] = [];
    scorePairs(pairs.slice(0, 1), (a, b) => {
      calls.push([a, b]);
      return true;
    });
    expect(calls).toEqual([[pairs[0].a, pairs[0].b]]);
  });

  it("counts nothing for no pairs", () => {
    expect(scorePairs([], () => true)).toEqual({ same: 0, matched: 0, different: 0, merged: 0, mergedByKind: {}, errors: [] });
  });
});

describe("ratio", () => {
  it.each([
    [1, 4, 0.25],
    [3, 3, 1],
    [0, 5, 0],
    [0, 0, 1],
  ])("%i / %i is %s", (n, d, expected) => {
    expect(ratio(n, d)).toBe(expected);
  });
});
