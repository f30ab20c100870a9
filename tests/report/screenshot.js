// Screenshot of a newsgraph HTML report, with one node's card open:
//
//   node screenshot.js CHROMIUM REPORT.html OUT.png [NODE_ID]
//
// Used by screenshot.sh for the README picture.
"use strict";
const path = require("path");
const url = require("url");
const puppeteer = require("puppeteer-core");

const [chromium, report, out, nodeId] = process.argv.slice(2);
(async () => {
  const args = ["--headless=new", "--disable-gpu", "--hide-scrollbars", "--proxy-server=127.0.0.1:9"];
  if (process.getuid && process.getuid() === 0) args.push("--no-sandbox");
  const browser = await puppeteer.launch({ executablePath: chromium, headless: true, args });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1400, height: 860, deviceScaleFactor: 1 });
    await page.goto(url.pathToFileURL(path.resolve(report)).href, { waitUntil: "load" });
    if (nodeId) {
      await page.click(`.node[data-id="${nodeId}"]`);
      await page.waitForSelector("#ng-card:not([hidden])");
    }
    await page.screenshot({ path: out, type: "png" });
  } finally {
    await browser.close();
  }
})().catch((e) => { console.error(e); process.exit(1); });
