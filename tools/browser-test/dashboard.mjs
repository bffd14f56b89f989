// End-to-end check of the civcred dashboard in headless Chromium.
// Usage: node dashboard.mjs --url http://127.0.0.1:PORT/ --expect-persons N --screenshot out.png
// Loads the page, checks the persons table shows N persons, narrows it with a province filter,
// follows an "archived" source link to /capture/... and checks the archived page is there.
// Prints one JSON line with what it saw; exits 1 with a reason when a check fails.
import { chromium } from "playwright-core";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

function options(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) out[argv[i].replace(/^--/, "")] = argv[i + 1];
  for (const required of ["url", "expect-persons", "screenshot"]) {
    if (!out[required]) throw new Error(`missing --${required}`);
  }
  return out;
}

const CHROMIUM_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
  "--disable-background-networking", "--disable-component-update", "--disable-sync"];

async function personCount(page) {
  return page.locator("#persons-table tbody td.name").count();
}

async function run(opts) {
  const expected = Number(opts["expect-persons"]);
  const profile = mkdtempSync(join(tmpdir(), "civcred-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CIVCRED_CHROMIUM || "/usr/bin/chromium",
    headless: true,
    args: CHROMIUM_FLAGS,
    viewport: { width: 1400, height: 1000 },
  });
  const result = {};
  try {
    const page = context.pages()[0] || await context.newPage();
    const consoleErrors = [];
    page.on("pageerror", e => consoleErrors.push(String(e)));
    await page.goto(opts.url, { waitUntil: "load" });
    await page.locator("#persons-table tbody td.name").first().waitFor({ timeout: 60_000 });
    result.persons = await personCount(page);
    result.countLabel = await page.locator("#persons-count").textContent();
    if (result.persons !== expected) throw new Error(`persons table shows ${result.persons} rows, expected ${expected}`);
    if (!result.countLabel.startsWith(String(expected))) throw new Error(`count label says "${result.countLabel}"`);
    await page.locator("#chart-month svg").waitFor();
    await page.screenshot({ path: opts.screenshot, fullPage: true });

    // The first province that narrows the table; each choice reloads every panel.
    const provinces = await page.locator("#f-province option").evaluateAll(os => os.map(o => o.value).filter(v => v));
    for (const code of provinces) {
      await page.selectOption("#f-province", code);
      await page.waitForFunction(c => new URLSearchParams(location.search).get("province") === c
        && document.getElementById("loading").hidden, code);
      const shown = await page.locator("#persons-table tbody td.name").count();
      if (shown > 0 && shown < expected) {
        result.province = code;
        result.filtered = shown;
        break;
      }
    }
    if (result.filtered === undefined) throw new Error(`no province filter narrowed the ${expected} persons`);

    const link = page.locator("#persons-table a.archived").first();
    result.person = await page.locator("#persons-table tbody td.name").first().textContent();
    result.capture = await link.getAttribute("href");
    const [response] = await Promise.all([page.waitForNavigation(), link.click()]);
    result.captureStatus = response.status();
    result.captureUrl = page.url();
    result.captureText = (await page.locator("body").innerText()).trim().slice(0, 80);
    if (result.captureStatus !== 200 || !result.captureUrl.includes("/capture/")) {
      throw new Error(`archived link answered ${result.captureStatus} at ${result.captureUrl}`);
    }
    if (!result.captureText) throw new Error("the archived page is empty");
    if (consoleErrors.length) throw new Error("page errors: " + consoleErrors.join("; "));
    return result;
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

try {
  console.log(JSON.stringify(await run(options(process.argv.slice(2)))));
} catch (e) {
  console.error("dashboard browser check failed: " + e.message);
  process.exit(1);
}
