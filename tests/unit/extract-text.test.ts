import { describe, expect, it } from "vitest";
import { DomainError } from "@/lib/errors";
import { MAX_IMPORT_BYTES, extractArticleText, normalizeArticleText, type ImportFile } from "@/lib/articles/extract-text";

const utf8 = (s: string) => new TextEncoder().encode(s);
const file = (name: string, content: string | Uint8Array, type?: string): ImportFile => ({
  name,
  type,
  bytes: typeof content === "string" ? utf8(content) : content,
});

/** The DomainError thrown by `run`, so each case can check code, message and field together. */
async function rejection(run: () => Promise<unknown>): Promise<DomainError> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    return error as DomainError;
  }
  throw new Error("expected a DomainError");
}

async function expectRejected(f: ImportFile, message: string | RegExp) {
  const error = await rejection(() => extractArticleText(f));
  expect(error.code).toBe("VALIDATION");
  expect(error.message).toMatch(message);
  expect(error.fieldErrors).toEqual({ file: [error.message] });
}

describe("extractArticleText: rejected files", () => {
  it("rejects a file over the limit, saying how big it is", async () => {
    await expectRejected(file("a.txt", new Uint8Array(MAX_IMPORT_BYTES + 1).fill(97)), "The file is just over 1 MB; the limit is 1 MB.");
    await expectRejected(file("a.txt", new Uint8Array(1_400_000).fill(97)), "The file is 1.4 MB; the limit is 1 MB.");
  });

  it("accepts a file of exactly the limit", async () => {
    expect((await extractArticleText(file("a.txt", new Uint8Array(MAX_IMPORT_BYTES).fill(97)))).text).toHaveLength(MAX_IMPORT_BYTES);
  });

  it.each([
    ["an empty file", new Uint8Array(0)],
    ["whitespace only", utf8(" \n\t\r\n  \n")],
    ["a bare BOM", new Uint8Array([0xef, 0xbb, 0xbf])],
    ["invisible characters only", utf8("\u200B\u2060 \n")],
  ])("rejects %s as empty", async (_, bytes) => {
    await expectRejected(file("a.txt", bytes), "The file is empty.");
  });

  it.each(["report.pdf", "report.docx", "report", "archive.txt.zip", ".txt"])("rejects the name %s", async (name) => {
    await expectRejected(file(name, "Some text"), "Only .txt, .md and .html files can be imported.");
  });

  it("falls back on the MIME type when the name has no extension", async () => {
    expect((await extractArticleText(file("pasted", "Hello", "text/plain; charset=utf-8"))).format).toBe("text");
  });

  it("rejects binary content with NUL bytes", async () => {
    await expectRejected(file("a.txt", new Uint8Array([72, 105, 0, 0, 1, 2, 72, 105])), /binary/);
  });

  it("rejects text that is mostly control characters", async () => {
    await expectRejected(file("a.txt", "ab\x01\x02\x03cd\x1b\x1bef".repeat(10)), /binary/);
  });

  it("rejects invalid UTF-8 such as Latin-1 text", async () => {
    await expectRejected(file("a.txt", new Uint8Array([0x63, 0x61, 0x66, 0xe9, 0x20, 0x6f, 0x6b])), /not UTF-8/);
  });

  it("rejects an HTML file with no readable text", async () => {
    await expectRejected(file("a.html", "<html><body><script>alert(1)</script></body></html>"), "The HTML file has no readable text.");
  });

  it("rejects a Markdown file that is only an image", async () => {
    await expectRejected(file("a.md", "![chart](chart.png)\n"), "The Markdown file has no readable text.");
  });
});

describe("extractArticleText: HTML", () => {
  const hostile = `<!DOCTYPE html>
<html><head><title>Budget  claims,
 checked</title><style>body { background: url(javascript:alert(1)) }</style>
<script>alert(1)</script></head>
<body onload="alert(1)">
  <nav><a href="/">Home</a></nav>
  <h1>The budget, examined</h1>
  <p>The minister said <b>unemployment</b> fell by half.</p>
  <img src="x" onerror="alert(1)" alt="onerror alert">
  <svg onload="alert(1)"><script>alert(2)</script><text>svg text</text></svg>
  <p>Read the <a href="javascript:alert(1)">click</a> here &amp; there.</p>
  <iframe src="javascript:alert(1)">iframe fallback</iframe>
  <noscript>noscript text</noscript><template><p>template</p></template>
  <form><input value="x"><button onclick="alert(1)">Send</button></form>
  <footer>footer text</footer>
  <script type="module">import("javascript:alert(1)")</script>
</body></html>`;

  it("keeps the prose and drops anything that could run or that is not text", async () => {
    const { text, format } = await extractArticleText(file("story.HTML", hostile));
    expect(format).toBe("html");
    for (const bad of ["alert", "script", "onerror", "javascript", "svg", "iframe", "noscript", "template", "Send", "footer", "Home"]) {
      expect(text).not.toContain(bad);
    }
    expect(text).toBe("The budget, examined\nThe minister said unemployment fell by half.\nRead the click here & there.");
  });

  it("reads an article page's article: no navigation, header, footer or 'Read also' box", async () => {
    const paragraph = (n: number) =>
      `<p>In paragraph ${n} the minister said unemployment fell by half between 2020 and 2023, a figure the opposition disputed.</p>`;
    const page = `<!DOCTYPE html><html><head><title>Jobs claim examined | The Gazette</title></head><body>
      <header><a href="/">The Gazette</a> <a href="/subscribe">Subscribe now</a></header>
      <nav><ul><li><a href="/politics">Politics</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <main><article>
        <h1>Jobs claim examined</h1>
        ${[1, 2, 3].map(paragraph).join("")}
        <aside class="related"><h2>Read also</h2><ul><li><a href="/b">Budget row deepens</a></li><li><a href="/c">Tax plan unveiled</a></li></ul></aside>
        ${[4, 5].map(paragraph).join("")}
      </article></main>
      <div class="sidebar"><h3>Most read</h3><ul><li><a href="/d">Storm warning</a></li></ul></div>
      <footer><p>Contact us. Terms of use.</p></footer>
    </body></html>`;
    const { text, title } = await extractArticleText(file("page.html", page));
    expect(title).toBe("Jobs claim examined | The Gazette");
    expect(text.split("\n").filter((line) => line.startsWith("In paragraph "))).toHaveLength(5);
    for (const chrome of ["The Gazette", "Subscribe", "Politics", "Sport", "Read also", "Budget row", "Tax plan", "Most read", "Storm", "Contact", "Terms"]) {
      expect(text).not.toContain(chrome);
    }
  });

  it("takes the title from <title>, on one line", async () => {
    expect((await extractArticleText(file("story.html", hostile))).title).toBe("Budget claims, checked");
  });

  it("falls back on the first <h1> for the title, and leaves it out when neither exists", async () => {
    expect((await extractArticleText(file("a.htm", "<h1>First <i>heading</i></h1><p>Body</p><h1>Second</h1>"))).title).toBe("First heading");
    expect(await extractArticleText(file("a.htm", "<p>Body only</p>"))).toEqual({ text: "Body only", format: "html" });
  });

  it("separates paragraphs, headings and list items by exactly one newline", async () => {
    const html = "\uFEFF<h2>Sub</h2><p>One</p><p>Two<br>lines</p><ul><li>a</li><li>b</li></ul><div>Three</div>";
    expect((await extractArticleText(file("a.html", html))).text).toBe("Sub\nOne\nTwo\nlines\n- a\n- b\nThree");
  });

  it("puts each table row on its own line with spaced cells", async () => {
    const html = "<table><tr><th>Year</th><th>Rate</th></tr><tr><td>2023</td><td>4.1%</td></tr></table>";
    expect((await extractArticleText(file("a.html", html))).text).toBe("Year Rate\n2023 4.1%");
  });

  it("reads deep but plausible nesting", async () => {
    const html = "<p>Top</p>" + "<div>".repeat(250) + "deep" + "</div>".repeat(250);
    expect((await extractArticleText(file("a.html", html))).text).toBe("Top\ndeep");
  });

  // Wall-clock limits are the benchmark's to measure: these cases check the outcome of input that
  // would be quadratic (or overflow the stack) in the parser if it reached it.
  it("rejects pathologically deep nesting instead of parsing it", async () => {
    const html = "<p>Top</p>" + "<div>".repeat(50_000) + "deep" + "</div>".repeat(50_000);
    await expectRejected(file("a.html", html), /nested too deeply/);
  });

  it.each([
    ["unclosed paragraphs", "<p>item".repeat(3_000)],
    ["unclosed list items", "<ul>" + "<li>item".repeat(3_000) + "</ul>"],
    ["unclosed table cells", "<table>" + "<tr><td>item".repeat(3_000) + "</table>"],
    ["void and self-closing SVG tags", "<p>item</p><br><img src=x>".repeat(3_000) + `<svg>${"<rect/>".repeat(3_000)}</svg>`],
  ])("does not mistake %s for deep nesting", async (_, html) => {
    expect((await extractArticleText(file("a.html", html))).text.split("\n")).toHaveLength(3_000);
  });

  it.each([
    ["unclosed scripts", "<script>".repeat(100_000)],
    ["unclosed comments", "<!--".repeat(100_000)],
    ["tags inside scripts", `<script>${"<div>".repeat(50_000)}</script>`],
  ])("reads past %s", async (_, tail) => {
    expect((await extractArticleText(file("a.html", "<p>Body</p>" + tail))).text).toBe("Body");
  });

  it("is not fooled by self-closing syntax on ordinary tags, which HTML ignores", async () => {
    await expectRejected(file("a.html", "<p>x</p>" + "<div/>".repeat(2_000)), /nested too deeply/);
  });
});

describe("extractArticleText: Markdown", () => {
  it("keeps the prose and removes the markup", async () => {
    const md = [
      "# The *budget*, examined #",
      "",
      "The minister said **unemployment** fell by _half_, see [the data](https://example.org/a_(b)).",
      "![chart](chart.png)",
      "",
      "## Details",
      "* first point",
      "- second point with `code`",
      "  + nested",
      "> quoted ~~words~~",
      "",
      "```js",
      "const x = 1;",
      "```",
      "---",
      "snake_case stays, 2 * 3 stays, and \\*escaped\\* stars stay.",
      // A link reference definition cannot interrupt a paragraph (CommonMark), hence the blank line.
      "",
      "[ref]: https://example.org",
    ].join("\n");
    const result = await extractArticleText(file("notes.md", md));
    expect(result).toEqual({
      format: "markdown",
      title: "The budget, examined",
      text: [
        "The budget, examined",
        "The minister said unemployment fell by half, see the data.",
        "Details",
        "- first point",
        "- second point with code",
        "- nested",
        "quoted words",
        "const x = 1;",
        "snake_case stays, 2 * 3 stays, and *escaped* stars stay.",
      ].join("\n"),
    });
  });

  it("keeps table cells, numbered items and the words of inline HTML", async () => {
    const md = "Title\n=====\n\n| Year | Rate |\n| --- | --- |\n| 2023 | 4.1% |\n\n3. third\n4. fourth\n\nSo <b>bold</b> a claim.";
    expect(await extractArticleText(file("a.md", md))).toEqual({
      format: "markdown",
      title: "Title",
      text: "Title\nYear Rate\n2023 4.1%\n3. third\n4. fourth\nSo bold a claim.",
    });
  });

  it("rejects blocks nested too deeply to parse, and reads a few levels", async () => {
    await expectRejected(file("a.md", ">".repeat(10_000) + " x"), /nested too deeply/);
    await expectRejected(file("a.md", Array.from({ length: 100 }, (_, i) => `${"  ".repeat(i)}- item`).join("\n")), /nested too deeply/);
    expect((await extractArticleText(file("a.md", "> > - a\n>   - b"))).text).toBe("- a\n- b");
    expect((await extractArticleText(file("a.md", `${" ".repeat(40)}A centred line`))).text).toBe("A centred line");
  });
});

describe("extractArticleText: plain text", () => {
  it("normalises a CRLF .txt file and strips its BOM", async () => {
    const bytes = utf8("\uFEFFFirst line\r\n\r\n\r\nSecond  line\r\nThird\r\n");
    expect(await extractArticleText(file("a.txt", bytes))).toEqual({ text: "First line\nSecond line\nThird", format: "text" });
  });

  it("decodes UTF-16 text with a BOM", async () => {
    const body = "Café au lait";
    const bytes = new Uint8Array(2 + body.length * 2);
    bytes.set([0xff, 0xfe]);
    for (let i = 0; i < body.length; i++) bytes[2 + 2 * i] = body.charCodeAt(i);
    expect((await extractArticleText(file("a.txt", bytes))).text).toBe(body);
  });
});

describe("normalizeArticleText", () => {
  it("unifies line endings and collapses blank lines to a single newline", async () => {
    expect(normalizeArticleText("a\r\nb\rc\n\n\n\nd\n \n\te")).toBe("a\nb\nc\nd\ne");
  });

  it("collapses tabs and runs of spaces, including non-breaking ones, and trims lines", async () => {
    expect(normalizeArticleText("  a\t\tb   c\u00A0\u00A0d  \n   e  ")).toBe("a b c d\ne");
  });

  it("removes zero-width and control characters but keeps newlines", async () => {
    expect(normalizeArticleText("in\u200Bvis\u00ADible\u2060 \uFEFFtext\x07\x1b\nnext\u202Eline")).toBe("invisible text\nnextline");
  });

  it("keeps joiners that shape scripts and emoji", async () => {
    const family = "\u{1F468}\u200D\u{1F469}\u200D\u{1F467}";
    const persian = "\u0645\u06CC\u200C\u062E\u0648\u0627\u0647\u0645";
    expect(normalizeArticleText(`${family} ${persian} \u200D`)).toBe(`${family} ${persian}`);
  });

  it("is idempotent", async () => {
    const once = normalizeArticleText(" a \r\n\r\n b\t c \u200B");
    expect(normalizeArticleText(once)).toBe(once);
  });
});
