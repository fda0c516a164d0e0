// The script of report.html (placed inline by page.html). It renders the
// conflicts of #report-data as cards, a page at a time (more as the list
// scrolls), filters and searches them, shows one article with its claims
// marked at their own offsets (#article/A/C: article A, claim C in focus),
// and keeps the verdicts marked on the page (localStorage) for export as
// JSON Lines (suchi review --import). Text reaches the page only as text
// nodes (textContent); links go only to http(s) URLs.
(function () {
  'use strict';
  var D = JSON.parse(document.getElementById('report-data').textContent);
  var T = D.t, C = D.conflicts, CL = D.claims, A = D.articles;
  var PAGE = 40, CLIP = 60, SIDE_SHOWN = 3;
  var $ = function (id) { return document.getElementById(id); };
  function fmt(id, vars) {
    return (T[id] || id).replace(/\{\{(\w+)\}\}/g, function (_, k) { return vars && k in vars ? String(vars[k]) : ''; });
  }
  function el(tag, cls, text) {
    var e = document.createElement(tag);
    if (cls) e.className = cls;
    if (text != null) e.textContent = text;
    return e;
  }
  function safeUrl(u) { return /^https?:\/\//i.test(u || '') ? u : ''; }

  // Verdicts marked on this page: conflict id -> {verdict, note, at}.
  var KEY = 'suchi-verdicts:' + location.pathname, made = {};
  try { made = JSON.parse(localStorage.getItem(KEY) || '{}') || {}; } catch (e) { made = {}; }
  function save() { try { localStorage.setItem(KEY, JSON.stringify(made)); } catch (e) {} }
  function verdictOf(k) { return made[k.id] ? made[k.id].verdict : k.v; }
  function noteOf(k) { return made[k.id] ? made[k.id].note : k.note; }

  // What the search box looks in: key, subject, metric, kind, explanation,
  // figures, quotes, titles, outlets, article ids.
  var indexed = false;
  function index() {
    if (indexed) return;
    indexed = true;
    C.forEach(function (k) {
    var parts = [k.key, k.subj, k.met, k.kind, T['kind_' + k.kind] || '', k.expl, k.id].concat(k.outl);
    k.sides.forEach(function (s) {
      parts.push(s.l);
      s.c.forEach(function (ci) { var c = CL[ci], a = A[c.a]; parts.push(c.q, a.t, a.o, a.id); });
    });
    k.s = parts.join('\u0001').toLowerCase();
    });
  }

  var q = $('q'), fk = $('f-kind'), fs = $('f-sev'), fo = $('f-outlet'), fj = $('f-subject'),
      fx = $('f-scope'), fv = $('f-verdict'), cards = $('cards'), moreBtn = $('more');
  var list = [], rendered = 0;

  function matches(k, terms) {
    if (fk.value && k.kind !== fk.value) return false;
    if (fs.value && k.sev !== fs.value) return false;
    if (fo.value && k.outl.indexOf(fo.value) < 0) return false;
    if (fj.value && k.subj !== fj.value) return false;
    if (fx.value === 'cross' && !k.x) return false;
    if (fx.value === 'same' && k.x) return false;
    var v = verdictOf(k) || '';
    if (fv.value === 'open') { if (v === 'dismissed') return false; }
    else if (fv.value === 'unreviewed') { if (v) return false; }
    else if (fv.value && v !== fv.value) return false;
    for (var i = 0; i < terms.length; i++) if (k.s.indexOf(terms[i]) < 0) return false;
    return true;
  }
  function apply() {
    var terms = q.value.toLowerCase().split(/\s+/).filter(Boolean);
    if (terms.length) index();
    list = C.filter(function (k) { return matches(k, terms); });
    cards.textContent = '';
    rendered = 0;
    more();
    var shown = $('shown');
    shown.textContent = fmt('shown_of', { n: list.length, total: C.length });
    shown.dataset.n = list.length;
    shown.dataset.total = C.length;
    $('empty').hidden = list.length > 0;
  }
  function more() {
    var end = Math.min(list.length, rendered + PAGE), frag = document.createDocumentFragment();
    for (; rendered < end; rendered++) frag.appendChild(card(list[rendered]));
    cards.appendChild(frag);
    moreBtn.hidden = rendered >= list.length;
  }

  function card(k) {
    var v = verdictOf(k) || '';
    var e = el('article', 'card sev-' + k.sev + (v ? ' v-' + v : ''));
    e.id = 'c-' + k.id;
    e.dataset.id = k.id;
    var h = el('div', 'card-head');
    h.appendChild(el('span', 'badge kind', T['kind_' + k.kind] || k.kind));
    h.appendChild(el('span', 'badge ' + k.sev, T['sev_' + k.sev] || k.sev));
    h.appendChild(el('span', 'badge ' + (k.x ? 'cross' : 'same'), T[k.x ? 'scope_cross' : 'scope_same']));
    if (v) h.appendChild(el('span', 'badge verdict', T['verdict_' + v]));
    else if (k.was) h.appendChild(el('span', 'badge was', fmt('verdict_was', { verdict: T['verdict_' + k.was] })));
    h.appendChild(el('code', 'key', k.key));
    h.appendChild(el('span', 'conf', T.confidence + ' ' + k.conf + ' · ' + fmt('articles_n', { n: k.n })));
    h.appendChild(el('span', 'cid', k.id));
    e.appendChild(h);
    e.appendChild(el('p', 'expl', k.expl));
    if (k.detail && k.detail !== k.expl) {
      var d = el('details', 'detail');
      d.appendChild(el('summary', null, T.detail_original));
      d.appendChild(el('div', null, k.detail));
      e.appendChild(d);
    }
    var sides = el('div', 'sides');
    k.sides.forEach(function (s) { sides.appendChild(side(s)); });
    e.appendChild(sides);
    if (k.chart && k.sides.length >= 2) e.appendChild(chart(k));
    e.appendChild(review(k, e));
    return e;
  }
  function side(s) {
    var b = el('div', 'side'), hd = el('div', 'side-head'), box = el('div', 'side-claims');
    hd.appendChild(el('span', 'fig', s.l));
    hd.appendChild(el('span', 'cnt', fmt('side_count', { n: s.c.length })));
    b.appendChild(hd);
    b.appendChild(box);
    function fill(all) {
      box.textContent = '';
      var n = all ? s.c.length : Math.min(SIDE_SHOWN, s.c.length);
      for (var i = 0; i < n; i++) box.appendChild(claim(s.c[i]));
    }
    fill(false);
    if (s.c.length > SIDE_SHOWN) {
      var open = false, btn = el('button', 'side-more', fmt('side_more', { n: s.c.length - SIDE_SHOWN }));
      btn.type = 'button';
      btn.addEventListener('click', function () {
        open = !open;
        fill(open);
        btn.textContent = open ? T.side_less : fmt('side_more', { n: s.c.length - SIDE_SHOWN });
      });
      b.appendChild(btn);
    }
    return b;
  }
  function claim(ci) {
    var c = CL[ci], a = A[c.a], e = el('div', 'claim'), m = el('div', 'meta');
    e.dataset.claim = c.id;
    var t = el('a', 'art', a.t || a.id);
    t.href = '#article/' + c.a + '/' + ci;
    t.title = T.open_article + ': ' + a.id;
    m.appendChild(t);
    if (a.o) m.appendChild(el('span', 'outlet', a.o));
    if (a.d) m.appendChild(el('span', 'date', a.d));
    var u = safeUrl(a.u);
    if (u) {
      var l = el('a', 'src', T.source_link + ' ↗');
      l.href = u;
      l.target = '_blank';
      l.rel = 'noopener noreferrer';
      m.appendChild(l);
    }
    if (c.hl) m.appendChild(el('span', 'flag', T.flag_headline));
    if (c.dv) m.appendChild(el('span', 'flag', T.flag_conversion));
    e.appendChild(m);
    e.appendChild(sentence(c));
    return e;
  }
  // The figure's sentence, clipped to CLIP characters each side of the
  // figure; the button shows it whole.
  function sentence(c) {
    var p = el('p', 'sent'), pre = Array.from(c.pre), post = Array.from(c.post);
    var long = pre.length > CLIP || post.length > CLIP;
    function fill(full) {
      p.textContent = '';
      var a = full || pre.length <= CLIP ? c.pre : '…' + pre.slice(pre.length - CLIP).join('');
      var b = full || post.length <= CLIP ? c.post : post.slice(0, CLIP).join('') + '…';
      p.appendChild(document.createTextNode(a));
      p.appendChild(el('mark', null, c.q));
      p.appendChild(document.createTextNode(b));
      if (long) {
        var btn = el('button', 'clip', full ? T.show_less : T.show_full);
        btn.type = 'button';
        btn.addEventListener('click', function () { fill(!full); });
        p.appendChild(btn);
      }
    }
    fill(false);
    return p;
  }
  function fmtNum(v) {
    return Number(v).toLocaleString(D.lang === 'ko' ? 'ko-KR' : 'en-US', { maximumSignificantDigits: 6 });
  }
  function chart(k) {
    var w = el('div', 'chart'), hi = 0;
    w.appendChild(el('div', 'cap', fmt('chart_caption', { unit: k.sides[0].u || '' })));
    k.sides.forEach(function (s) { hi = Math.max(hi, Math.abs(s.v)); });
    k.sides.forEach(function (s) {
      var r = el('div', 'bar-row'), t = el('span', 'bt'), f = el('span', 'bf');
      r.appendChild(el('span', 'bl', s.l));
      f.style.display = 'block';
      f.style.width = (hi > 0 ? Math.abs(s.v) / hi * 100 : 0).toFixed(1) + '%';
      t.appendChild(f);
      r.appendChild(t);
      r.appendChild(el('span', 'bv', fmtNum(s.v)));
      w.appendChild(r);
    });
    return w;
  }
  function review(k, cardEl) {
    var r = el('div', 'review'), note = el('input');
    note.type = 'text';
    note.placeholder = T.note_placeholder;
    note.setAttribute('aria-label', T.note_placeholder);
    note.value = noteOf(k) || '';
    [['confirmed', 'confirm'], ['needs_check', 'needs_check'], ['dismissed', 'dismiss']].forEach(function (p) {
      var b = el('button', 'verdict-' + p[0], T[p[1]]);
      b.type = 'button';
      b.dataset.verdict = p[0];
      if (verdictOf(k) === p[0]) b.classList.add('on');
      b.addEventListener('click', function () {
        mark(k, verdictOf(k) === p[0] ? '' : p[0], note.value);
        cardEl.replaceWith(card(k));
      });
      r.appendChild(b);
    });
    note.addEventListener('change', function () { var v = verdictOf(k); if (v) mark(k, v, note.value); });
    r.appendChild(note);
    return r;
  }
  function mark(k, verdict, note) {
    made[k.id] = { verdict: verdict, note: note || '', at: new Date().toISOString().replace(/\.\d+Z$/, 'Z') };
    save();
    counts();
  }
  function counts() {
    var n = { confirmed: 0, needs_check: 0, dismissed: 0, unreviewed: 0 };
    C.forEach(function (k) { n[verdictOf(k) || 'unreviewed']++; });
    Object.keys(n).forEach(function (v) {
      var e = document.querySelector('[data-verdict-count="' + v + '"] .n');
      if (e) e.textContent = n[v];
    });
  }
  function exportVerdicts() {
    var lines = [];
    C.forEach(function (k) {
      var m = made[k.id];
      if (m && m.verdict)
        lines.push(JSON.stringify({ conflict: k.id, verdict: m.verdict, note: m.note, claims_hash: k.hash, reviewed_at: m.at }));
    });
    if (!lines.length) { $('shown').textContent = T.export_none; return; }
    var a = document.createElement('a');
    a.href = URL.createObjectURL(new Blob([lines.join('\n') + '\n'], { type: 'application/x-ndjson' }));
    a.download = 'verdicts.jsonl';
    document.body.appendChild(a);
    a.click();
    setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
  }

  // The per-article view: the article's text with every claim marked at its
  // offsets (UTF-16, computed from the claims' byte offsets).
  // The texts and marks (#report-articles, by article index; null without a
  // text) are parsed when an article is first opened, not at load.
  var TX = null;
  function texts() {
    if (!TX) TX = JSON.parse(document.getElementById('report-articles').textContent);
    return TX;
  }
  var listScroll = 0;
  function route() {
    var m = /^#article\/(\d+)(?:\/(-?\d+))?$/.exec(location.hash), view = $('article-view');
    if (!m || !A[+m[1]]) {
      if (!view.hidden) { view.hidden = true; document.body.classList.remove('reading'); window.scrollTo(0, listScroll); }
      return;
    }
    if (view.hidden) listScroll = window.scrollY;
    document.body.classList.add('reading');
    showArticle(+m[1], m[2] != null ? +m[2] : -1);
  }
  function showArticle(ai, ci) {
    var a = A[ai], v = $('article-view'), focus = null;
    v.textContent = '';
    v.hidden = false;
    var back = el('a', 'back', T.back_to_list);
    back.href = '#';
    v.appendChild(back);
    v.appendChild(el('h2', null, a.t || T.untitled));
    var meta = el('div', 'ameta');
    meta.appendChild(el('span', null, a.id));
    if (a.o) meta.appendChild(el('span', null, a.o));
    if (a.d) meta.appendChild(el('span', null, a.d));
    var u = safeUrl(a.u);
    if (u) { var shownUrl = u; try { shownUrl = decodeURI(u); } catch (e) {} var l = el('a', 'src', shownUrl); l.href = u; l.target = '_blank'; l.rel = 'noopener noreferrer'; meta.appendChild(l); }
    v.appendChild(meta);
    var x = texts()[ai];
    if (!x) { v.appendChild(el('p', 'empty', T.article_no_text)); window.scrollTo(0, 0); return; }
    v.appendChild(el('p', 'conf', fmt('article_marks', { n: x.m.length })));
    var body = el('div', 'atext'), text = x.text, pos = 0;
    x.m.forEach(function (mk) {
      if (mk[0] < pos) return;
      body.appendChild(document.createTextNode(text.slice(pos, mk[0])));
      var me = el('mark', mk[2] >= 0 ? 'claim' : 'other', text.slice(mk[0], mk[1]));
      me.dataset.claim = mk[3];
      me.title = mk[3];
      if (mk[2] >= 0 && mk[2] === ci) { me.classList.add('focus'); focus = me; }
      body.appendChild(me);
      pos = mk[1];
    });
    body.appendChild(document.createTextNode(text.slice(pos)));
    v.appendChild(body);
    window.scrollTo(0, 0);
    if (focus) focus.scrollIntoView({ block: 'center' });
  }

  var timer = 0;
  q.addEventListener('input', function () { clearTimeout(timer); timer = setTimeout(apply, 120); });
  [fk, fs, fo, fj, fx, fv].forEach(function (s) { s.addEventListener('change', apply); });
  moreBtn.addEventListener('click', more);
  $('export').addEventListener('click', exportVerdicts);
  if ('IntersectionObserver' in window)
    new IntersectionObserver(function (es) { if (es[0].isIntersecting && !moreBtn.hidden) more(); },
                             { rootMargin: '600px' }).observe(moreBtn);
  window.addEventListener('hashchange', route);
  counts();
  apply();
  route();
  document.documentElement.dataset.ready = '1';
})();
