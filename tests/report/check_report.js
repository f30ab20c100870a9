// Opens a newsgraph HTML report in headless Chromium (system browser, driven
// over the DevTools protocol by puppeteer-core) with the network off, and
// checks it as a reader would see it.
//
//   node check_report.js CHROMIUM REPORT.html GRAPH.json [SCREENSHOT.png]
//
// GRAPH.json is the node-link JSON export of the same input with the same
// filters (and --top), so its nodes are the ones the picture must show.
// Exits 0 and prints a one-line JSON summary when every check passes, 1 with
// the failures otherwise, 3 with "MISSING: ..." when puppeteer-core is absent.
"use strict";
const fs = require("fs");
const path = require("path");
const url = require("url");

let puppeteer;
try {
  puppeteer = require("puppeteer-core");
} catch (e) {
  console.log("MISSING: puppeteer-core (npm ci --prefix tests/report)");
  process.exit(3);
}

const [chromium, reportPath, graphPath, shotPath] = process.argv.slice(2);
const graph = JSON.parse(fs.readFileSync(graphPath, "utf8"));
const failures = [];
function check(ok, what) { if (!ok) failures.push(what); }

// Palette of src/export/palette.rs, by entity type.
const TYPE_COLOURS = {
  person: [0xe6, 0x9f, 0x00], organisation: [0x00, 0x72, 0xb2], country: [0x00, 0x9e, 0x73],
  weapon: [0xd5, 0x5e, 0x00], location: [0xcc, 0x79, 0xa7],
};

(async () => {
  const args = [
    "--headless=new", "--disable-gpu", "--hide-scrollbars",
    // Networking off: no proxy answers and no name resolves.
    "--proxy-server=127.0.0.1:9", "--host-resolver-rules=MAP * ~NOTFOUND",
    "--disable-background-networking", "--no-first-run", "--disable-extensions",
    "--allow-file-access-from-files",
  ];
  if (process.getuid && process.getuid() === 0) args.push("--no-sandbox");
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args, timeout: 60000 });
  const summary = {};
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 900 });
    await page.setOfflineMode(true);
    const fileUrl = url.pathToFileURL(path.resolve(reportPath)).href;
    const requests = [], errors = [];
    await page.setRequestInterception(true);
    page.on("request", (req) => {
      requests.push(req.url());
      if (req.url() === fileUrl) req.continue(); else req.abort();
    });
    page.on("console", (m) => { if (m.type() === "error") errors.push("console: " + m.text()); });
    page.on("pageerror", (e) => errors.push("page error: " + e.message));
    page.on("requestfailed", (r) => { if (r.url() !== fileUrl) errors.push("request failed: " + r.url()); });

    const t0 = Date.now();
    await page.goto(fileUrl, { waitUntil: "load", timeout: 60000 });
    // Time to a laid-out page: the first paint after load.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    summary.open_ms = Date.now() - t0;

    check(requests.length === 1 && requests[0] === fileUrl, "the page requested more than itself: " + JSON.stringify(requests));

    // Nothing points outside the file.
    const outside = await page.evaluate(() => {
      const bad = [];
      document.querySelectorAll("[src],[href],[xlink\\:href]").forEach((el) => {
        for (const a of ["src", "href", "xlink:href"]) {
          const v = el.getAttribute(a);
          if (v !== null && !v.startsWith("#")) bad.push(a + "=" + v);
        }
      });
      document.querySelectorAll("link,iframe,object,embed,img,audio,video,source").forEach((el) => bad.push("<" + el.tagName + ">"));
      return bad;
    });
    check(outside.length === 0, "references outside the file: " + outside.join(", "));

    // One data-id element per shown node, the JSON export's nodes.
    const dom = await page.evaluate(() => {
      const ids = Array.from(document.querySelectorAll("[data-id]")).map((el) => [el.dataset.id, el.tagName, el.getAttribute("class")]);
      const rels = Array.from(document.querySelectorAll("[data-relation]")).map((el) => [el.dataset.source, el.dataset.target, el.dataset.relation]);
      return { ids, rels };
    });
    const want = graph.nodes.map((n) => n.id).sort();
    const got = dom.ids.map((x) => x[0]).sort();
    summary.nodes = got.length;
    check(got.length === new Set(got).size, "a data-id appears twice");
    check(JSON.stringify(got) === JSON.stringify(want),
      `data-id elements differ from the JSON export's nodes: ${got.length} vs ${want.length}; ` +
      `missing ${want.filter((x) => !got.includes(x)).slice(0, 5)}; extra ${got.filter((x) => !want.includes(x)).slice(0, 5)}`);
    check(dom.ids.every((x) => x[1] === "g" && x[2] === "node"), "a data-id element is not a node");
    const links = new Set(graph.links.filter((l) => l.kind === "relation").map((l) => [l.source, l.target, l.relation].join("|")));
    summary.relation_edges = dom.rels.length;
    check(dom.rels.every((r) => links.has(r.join("|"))), "a drawn relation edge is not in the JSON export");

    // All nodes inside the picture's viewport once fitted.
    const inside = await page.evaluate(() => {
      const box = document.getElementById("ng-svg").getBoundingClientRect();
      return Array.from(document.querySelectorAll(".node")).filter((el) => {
        const r = el.getBoundingClientRect();
        return r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1;
      }).map((el) => el.dataset.id);
    });
    check(inside.length === 0, "nodes outside the picture: " + inside.slice(0, 5));

    // Click the node with the strongest relation that has evidence; its card
    // must open with the relation's first evidence sentence and document.
    const byId = new Set(want);
    const rel = graph.links
      .filter((l) => l.kind === "relation" && l.evidence && l.evidence.length && byId.has(l.source))
      .sort((a, b) => b.weight - a.weight || (a.source < b.source ? -1 : a.source > b.source ? 1 : 0))[0];
    if (rel) {
      const node = await page.$(`.node[data-id="${rel.source.replace(/"/g, '\\"')}"]`);
      const before = await page.$eval("#ng-card", (el) => el.hidden);
      check(before, "the card is open before any click");
      await node.click();
      await page.waitForSelector("#ng-card:not([hidden])", { timeout: 5000 });
      const cardText = await page.$eval("#ng-card", (el) => el.textContent.replace(/\s+/g, " "));
      const label = graph.nodes.find((n) => n.id === rel.source).label;
      const sentence = rel.evidence[0].text.replace(/\s+/g, " ").trim().slice(0, 80);
      check(cardText.includes(label), "the card does not name " + label);
      check(cardText.includes(sentence), "the card lacks the evidence sentence: " + sentence);
      check(cardText.includes(rel.evidence[0].doc), "the card lacks the document id " + rel.evidence[0].doc);
      check(!graph.nodes.find((n) => n.id === rel.source).first_date || cardText.includes("mentions per month"),
        "the card of a dated node has no month chart");
      const lit = await page.$$eval(".node.on", (els) => els.length);
      check(lit >= 2, "clicking did not highlight the neighbours");
      summary.clicked = rel.source;
    } else {
      failures.push("no relation with evidence among the shown nodes to click");
    }

    // Search marks the node.
    const first = graph.nodes[0];
    await page.type("#ng-search", first.label);
    const marked = await page.$$eval(".node.match", (els) => els.map((el) => el.dataset.id));
    check(marked.includes(first.id), "searching " + first.label + " marks nothing");

    // Screenshot with the card open, then look at its pixels: not blank,
    // and each entity type's colour of the picture is visible.
    const png = await page.screenshot({ type: "png" });
    if (shotPath) fs.writeFileSync(shotPath, png);
    const types = [...new Set(graph.nodes.map((n) => n.type))];
    const pixels = await page.evaluate(async (b64, palette) => {
      const img = new Image();
      img.src = "data:image/png;base64," + b64;
      await img.decode();
      const c = document.createElement("canvas");
      c.width = img.width; c.height = img.height;
      const ctx = c.getContext("2d");
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const buckets = new Map();
      const hits = {};
      for (const t in palette) hits[t] = 0;
      for (let i = 0; i < d.length; i += 4) {
        const k = (d[i] >> 4) * 256 + (d[i + 1] >> 4) * 16 + (d[i + 2] >> 4);
        buckets.set(k, (buckets.get(k) || 0) + 1);
        for (const t in palette) {
          const p = palette[t];
          if (Math.abs(d[i] - p[0]) < 8 && Math.abs(d[i + 1] - p[1]) < 8 && Math.abs(d[i + 2] - p[2]) < 8) hits[t]++;
        }
      }
      const colours = [...buckets.values()].filter((n) => n >= 20).length;
      return { colours, hits };
    }, png.toString("base64"), TYPE_COLOURS);
    summary.colours = pixels.colours;
    check(pixels.colours >= 12, "the screenshot looks blank: " + pixels.colours + " colours");
    for (const t of types) check(pixels.hits[t] >= 20, "no " + t + " colour in the screenshot");

    check(errors.length === 0, "errors: " + errors.join(" | "));
  } finally {
    await browser.close();
  }
  if (failures.length) {
    console.log("FAILED:\n- " + failures.join("\n- "));
    process.exit(1);
  }
  console.log(JSON.stringify(summary));
})().catch((e) => { console.log("FAILED: " + (e && e.stack || e)); process.exit(1); });
