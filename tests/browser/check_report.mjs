// Drives headless Chromium (the system's, through puppeteer-core) through
// OUT/report.html as a reviewer would, and fails on the first thing that
// does not work:
//   - the page is ready (cards rendered) in under 2 s;
//   - it declares its language, holds only its own two <script> elements,
//     and states the right numbers: conflicts shown (conflicts.jsonl minus
//     the dismissed), articles taking part, and the verdict counts;
//   - typing into the search box drops the number of cards shown;
//   - a side's "and N more" button shows more claims;
//   - a claim's title link opens the per-article view, whose focused
//     highlight is exactly the claim's quote (marked from its offsets);
//   - a verdict is marked on the first card and exported: the downloaded
//     verdicts.jsonl names that conflict.
// With --expect-dismissed ID it checks instead that conflict ID is hidden by
// default and counted as dismissed (after `suchi review --import`).
//
// usage: node check_report.mjs OUT_DIR [--shots DIR] [--verdict dismissed]
//                                      [--expect-dismissed ID]
// Prints one JSON object of what it measured; the export lands in
// OUT_DIR/verdicts.jsonl.
import fs from 'node:fs';
import path from 'node:path';
import puppeteer from 'puppeteer-core';

const args = process.argv.slice(2);
const out = path.resolve(args[0] || '');
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const shots = opt('--shots', '');
const verdict = opt('--verdict', 'dismissed');
const expectDismissed = opt('--expect-dismissed', '');
const fail = (msg) => { console.error(`check_report: FAIL: ${msg}`); process.exit(1); };

const html = path.join(out, 'report.html');
if (!fs.existsSync(html)) fail(`${html}: missing`);
const conflicts = fs.readFileSync(path.join(out, 'conflicts.jsonl'), 'utf8').split('\n').filter(Boolean).map(JSON.parse);
if (conflicts.length === 0) fail('conflicts.jsonl has no conflicts: nothing to check');

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM || '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--hide-scrollbars'],
});
const measured = { conflicts_jsonl: conflicts.length, html_bytes: fs.statSync(html).size };
try {
  const page = await browser.newPage();
  await page.setViewport({ width: 1280, height: 900 });
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Article text that ran as script (an unescaped alert) fails the check.
  page.on('dialog', async (d) => { errors.push(`a dialog opened: ${d.message()}`); await d.dismiss(); });
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('blob:') && !r.url().startsWith('data:')) errors.push(`network request: ${r.url()}`); });
  // The better of two loads: the first also starts the browser's renderer,
  // and a machine busy for a moment should not decide the figure.
  measured.ready_ms = Infinity;
  for (let i = 0; i < 2; ++i) {
    const t0 = Date.now();
    await page.goto('file://' + html, { waitUntil: 'load' });
    await page.waitForFunction(() => document.documentElement.dataset.ready === '1', { timeout: 10000 });
    measured.ready_ms = Math.min(measured.ready_ms, Date.now() - t0);
  }
  if (errors.length) fail(`page errors: ${errors.join('; ')}`);
  if (errors.length) fail(errors.join('; '));
  if (measured.ready_ms >= 2000) fail(`the page took ${measured.ready_ms} ms to be ready (limit 2000)`);

  const facts = await page.evaluate(() => {
    const stat = (k) => Number(document.querySelector(`[data-stat="${k}"] .n`).textContent);
    const vcount = (k) => Number(document.querySelector(`[data-verdict-count="${k}"] .n`).textContent);
    const data = JSON.parse(document.getElementById('report-data').textContent);
    return {
      lang: document.documentElement.lang,
      scripts: document.querySelectorAll('script').length,
      cards: document.querySelectorAll('.card').length,
      shown: Number(document.getElementById('shown').dataset.n),
      total: Number(document.getElementById('shown').dataset.total),
      stat_conflicts: stat('conflicts'), stat_articles: stat('articles'),
      dismissed: vcount('dismissed'), confirmed: vcount('confirmed'), unreviewed: vcount('unreviewed'),
      elements: document.getElementsByTagName('*').length,
      height: document.documentElement.scrollHeight,
      data_dismissed: data.conflicts.filter((k) => k.v === 'dismissed').map((k) => k.id),
    };
  });
  Object.assign(measured, facts);
  if (!facts.lang) fail('the page declares no lang');
  if (facts.scripts !== 3) fail(`${facts.scripts} <script> elements, expected the report's own three`);
  if (facts.total !== conflicts.length) fail(`the page holds ${facts.total} conflicts, conflicts.jsonl ${conflicts.length}`);
  const dismissed = new Set(facts.data_dismissed);
  const open = conflicts.filter((k) => !dismissed.has(k.id));
  if (facts.shown !== open.length) fail(`${facts.shown} conflicts shown, expected ${open.length} (all but the dismissed)`);
  if (facts.stat_conflicts !== open.length) fail(`the header counts ${facts.stat_conflicts} conflicts, expected ${open.length}`);
  // Articles taking part, from claims.jsonl when the run wrote one (else
  // from the claim ids, article#start; else the page's own claim table).
  const articleOf = new Map();
  const claimsFile = path.join(out, 'claims.jsonl');
  if (fs.existsSync(claimsFile))
    for (const l of fs.readFileSync(claimsFile, 'utf8').split('\n')) if (l) { const c = JSON.parse(l); articleOf.set(c.id, c.article); }
  const pageArticle = await page.evaluate(() => {
    const d = JSON.parse(document.getElementById('report-data').textContent);
    return Object.fromEntries(d.claims.map((c) => [c.id, d.articles[c.a].id]));
  });
  const arts = new Set();
  for (const k of open)
    for (const id of k.claims)
      arts.add(articleOf.get(id) ?? (id.includes('#') ? id.slice(0, id.lastIndexOf('#')) : pageArticle[id]));
  if (facts.stat_articles !== arts.size) fail(`the header counts ${facts.stat_articles} articles taking part, expected ${arts.size}`);
  if (facts.dismissed !== dismissed.size) fail(`the header counts ${facts.dismissed} dismissed, the data ${dismissed.size}`);
  if (facts.cards === 0 || facts.cards > 60) fail(`${facts.cards} cards rendered at first (expected 1..60: a page at a time)`);
  if (shots) {
    fs.mkdirSync(shots, { recursive: true });
    await page.screenshot({ path: path.join(shots, 'top.png') });
    const first = await page.$('.card');
    await first.screenshot({ path: path.join(shots, 'card.png') });
  }

  if (expectDismissed) {
    if (!dismissed.has(expectDismissed)) fail(`conflict ${expectDismissed} is not dismissed in the page data`);
    if (await page.$(`[id="c-${expectDismissed}"]`)) fail(`dismissed conflict ${expectDismissed} is shown by default`);
    measured.hidden = expectDismissed;
    console.log(JSON.stringify(measured));
    process.exit(0);
  }

  // Search: a word of the first card's key that not every conflict has.
  const term = await page.evaluate(() => {
    const d = JSON.parse(document.getElementById('report-data').textContent);
    const words = [];
    for (const k of d.conflicts.slice(0, 20)) words.push(k.subj, k.met);
    for (const w of words) {
      const n = d.conflicts.filter((k) => (k.key + ' ' + k.expl).toLowerCase().includes(w.toLowerCase())).length;
      if (w && n < d.conflicts.length) return w;
    }
    return '';
  });
  if (!term) fail('no search term found that some conflicts lack');
  const t1 = Date.now();
  await page.type('#q', term);
  await page.waitForFunction((before) => Number(document.getElementById('shown').dataset.n) < before,
                             { timeout: 5000 }, facts.shown).catch(() => fail(`searching '${term}' did not drop the card count`));
  measured.search = { term, ms: Date.now() - t1, shown: await page.$eval('#shown', (e) => Number(e.dataset.n)) };
  await page.$eval('#q', (e) => { e.value = ''; e.dispatchEvent(new Event('input')); });
  await page.waitForFunction((n) => Number(document.getElementById('shown').dataset.n) === n, {}, facts.shown);

  // Expand a side (loading more cards until one has "and N more").
  let more = await page.$('.side-more');
  for (let i = 0; !more && i < 40 && !(await page.$eval('#more', (b) => b.hidden)); i++) {
    await page.click('#more');
    more = await page.$('.side-more');
  }
  if (more) {
    const before = await more.evaluate((b) => b.closest('.side').querySelectorAll('.claim').length);
    await more.click();
    const after = await more.evaluate((b) => b.closest('.side').querySelectorAll('.claim').length);
    if (!(after > before)) fail(`expanding a side showed ${after} claims, ${before} before`);
    measured.expanded = { before, after };
  } else {
    measured.expanded = 'no side with more than 3 claims';
  }
  await page.evaluate(() => window.scrollTo(0, 0));

  // Follow the first claim's link to its article.
  const link = await page.$('.card .claim a.art');
  const want = await link.evaluate((a) => {
    const d = JSON.parse(document.getElementById('report-data').textContent);
    const ci = Number(a.getAttribute('href').split('/')[2]);
    const texts = JSON.parse(document.getElementById('report-articles').textContent);
    return { id: d.claims[ci].id, quote: d.claims[ci].q, hasText: texts[d.claims[ci].a] != null };
  });
  await link.click();
  await page.waitForSelector('#article-view:not([hidden])', { timeout: 5000 });
  if (want.hasText) {
    const got = await page.$eval('#article-view mark.focus', (m) => ({ text: m.textContent, id: m.dataset.claim }))
      .catch(() => fail('the article view has no focused highlight'));
    if (got.text !== want.quote || got.id !== want.id)
      fail(`the highlight reads '${got.text}' (${got.id}), the claim's quote is '${want.quote}' (${want.id})`);
    measured.article = { claim: want.id, quote: want.quote, marks: await page.$$eval('#article-view mark', (m) => m.length) };
    if (shots) await page.screenshot({ path: path.join(shots, 'article.png') });
  } else {
    measured.article = 'no article text (no store)';
  }
  await page.goBack();
  await page.waitForSelector('#article-view[hidden]', { timeout: 5000 });

  // Mark a verdict on the first card and export it.
  const first = await page.$eval('.card', (c) => c.dataset.id);
  await page.type('.card .review input', 'checked in the browser test');
  await page.click(`.card .verdict-${verdict}`);
  const cdp = await page.createCDPSession();
  await cdp.send('Browser.setDownloadBehavior', { behavior: 'allow', downloadPath: out });
  const file = path.join(out, 'verdicts.jsonl');
  fs.rmSync(file, { force: true });
  await page.click('#export');
  for (let i = 0; i < 50 && !fs.existsSync(file); i++) await new Promise((r) => setTimeout(r, 100));
  if (!fs.existsSync(file)) fail('the export downloaded no verdicts.jsonl');
  const lines = fs.readFileSync(file, 'utf8').split('\n').filter(Boolean).map(JSON.parse);
  const line = lines.find((l) => l.conflict === first);
  if (!line || line.verdict !== verdict) fail(`the export does not hold ${verdict} for ${first}: ${JSON.stringify(lines)}`);
  const counted = await page.$eval(`[data-verdict-count="${verdict}"] .n`, (e) => Number(e.textContent));
  if (counted !== facts[verdict] + 1) fail(`the ${verdict} count reads ${counted} after marking one`);
  measured.exported = line;
  if (errors.length) fail(errors.join('; '));
} finally {
  await browser.close();
}
console.log(JSON.stringify(measured));
