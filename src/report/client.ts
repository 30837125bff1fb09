/**
 * The report's one inline script (plain ES2017, no modules). It reads the embedded JSON with `JSON.parse` and builds
 * every dynamic element with `createElement` and `textContent`, never `innerHTML`, so role texts cannot become markup.
 * It fills the two role pickers and draws their comparison, mirrors a stored pair when the roles are picked the other
 * way round, names the command that compares a pair the report holds no comparison of, switches the language without a
 * reload, filters roles by the search box (hiding the similarity matrix's
 * rows and columns of the other roles), and names each matrix cell for screen readers in the current language. Once
 * the page has been painted (two animation frames after the script ran) it sets `data-ready` on the root element,
 * with the time since navigation start in `data-ready-ms`.
 *
 * Kept as a string so the page's Content-Security-Policy can allow exactly this script by its SHA-256 hash.
 */
export const CLIENT_SCRIPT = String.raw`(function () {
  'use strict';
  var doc = document;
  var root = doc.documentElement;
  var data = JSON.parse(doc.getElementById('report-data').textContent);
  var roles = data.roles;
  var n = roles.length;
  var L = data.labels;
  var lang = data.lang;
  var index = {};
  roles.forEach(function (r, i) { index[r.id] = i; });

  function tx(v) { return typeof v === 'string' ? v : v[lang === 'zh' ? 0 : 1]; }
  function both(v) { return typeof v === 'string' ? v : v[0] + '\n' + v[1]; }
  function el(tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text !== undefined && text !== null) e.textContent = text;
    return e;
  }
  function clear(e) { while (e.firstChild) e.removeChild(e.firstChild); }
  // Scores arrive as whole percents, rounded once when the report was written (as rolematrix compare rounds them).
  function pct(x) { return x + '%'; }
  function pairIndex(i, j) { return (i * (2 * n - i - 1)) / 2 + (j - i - 1); }

  var pickA = doc.getElementById('pick-a');
  var pickB = doc.getElementById('pick-b');
  var out = doc.getElementById('compare-out');
  var search = doc.getElementById('search');
  var count = doc.getElementById('search-count');
  var toggle = doc.getElementById('lang-toggle');

  function fillPickers() {
    [pickA, pickB].forEach(function (s) {
      var v = s.value;
      clear(s);
      roles.forEach(function (r) {
        var o = el('option', null, tx(r.t));
        o.value = r.id;
        s.appendChild(o);
      });
      if (v) s.value = v;
    });
  }

  // An item's text: its first line is its name, any further lines (a duty's activities) are details; then the lines
  // saying what changed. A cell with either is marked, so one that only says "5 → —" is coloured too.
  function fillCell(td, text, kind, extra) {
    extra = extra || [];
    if (!text && extra.length === 0) return;
    if (kind) td.className += ' ' + data.classes[kind];
    if (text) {
      var lines = text.split('\n');
      td.appendChild(el('span', 'item', lines[0]));
      if (lines.length > 1) td.appendChild(el('span', 'detail', lines.slice(1).join('\n')));
    }
    extra.forEach(function (line) { td.appendChild(el('span', 'effect', line)); });
  }

  // One comparison row: the aspect (with the marks' symbols), then the first and the second role's side.
  function row(kind, dim, aspect, left, leftKind, right, rightKind, extra) {
    var tr = el('tr', kind === 'distinct' ? null : data.classes[kind]);
    tr.setAttribute('data-dim', data.dimKeys[dim]);
    tr.setAttribute('data-kind', kind);
    var th = el('th');
    th.setAttribute('scope', 'row');
    // The marks as separate badges, each in its mark's colour, a space between them and before the aspect.
    [leftKind, rightKind].forEach(function (k, i) {
      if (k && (i === 0 || k !== leftKind)) {
        th.appendChild(el('span', 'sym badge ' + data.classes[k], data.symbols[k]));
        th.appendChild(doc.createTextNode(' '));
      }
    });
    th.appendChild(doc.createTextNode(aspect));
    tr.appendChild(th);
    var a = el('td', 'side-a');
    var b = el('td', 'side-b');
    fillCell(a, left, leftKind);
    fillCell(b, right, rightKind, extra);
    tr.appendChild(a);
    tr.appendChild(b);
    return tr;
  }

  // A shell word as typed: kept as is when it is plain, else in single quotes.
  function shellWord(w) { return /^[A-Za-z0-9_.\/:=@%+-]+$/.test(w) ? w : "'" + w.replace(/'/g, "'\\''") + "'"; }

  // A pair the pair budget left out: say how many pairs the report holds and the command that compares these two.
  function omitted(A, B) {
    var note = el('div', 'note pair-omitted');
    note.appendChild(el('p', null, tx(L.pairOmitted).replace('{n}', String(data.pairsIncluded)).replace('{total}', String(data.pairsTotal))));
    note.appendChild(el('p', null, tx(L.pairCommand)));
    var cmd = ['rolematrix', 'report', A.id, B.id];
    if (data.dir) cmd.push('--dir', data.dir);
    cmd.push('--out', A.id + '-' + B.id + '.html');
    var pre = el('pre', 'command');
    pre.appendChild(el('code', null, cmd.map(shellWord).join(' ')));
    note.appendChild(pre);
    out.appendChild(note);
  }

  function renderCompare() {
    clear(out);
    if (n < 2) { out.appendChild(el('p', 'note', tx(L.needTwo))); return; }
    var i = index[pickA.value];
    var j = index[pickB.value];
    if (i === undefined || j === undefined || i === j) { out.appendChild(el('p', 'note', tx(L.sameRole))); return; }
    var swap = i > j;
    var p = data.pairs[pairIndex(Math.min(i, j), Math.max(i, j))];
    var A = roles[i];
    var B = roles[j];
    if (!p) { omitted(A, B); return; }
    var side = swap ? 1 : 0;
    out.appendChild(el('p', 'overall', tx(L.overall) + (lang === 'zh' ? '：' : ': ') + pct(p[0])));
    var table = el('table', 'compare-table');
    var thead = el('thead');
    var hr = el('tr');
    hr.appendChild(el('th', null, tx(L.dimension) + ' / ' + tx(L.aspect)));
    hr.appendChild(el('th', 'side-a', tx(A.t)));
    hr.appendChild(el('th', 'side-b', tx(B.t)));
    thead.appendChild(hr);
    table.appendChild(thead);
    var body = el('tbody');
    p[1].forEach(function (d) {
      var dim = d[0];
      var itemsA = A.it[dim] || [];
      var itemsB = B.it[dim] || [];
      var pick = function (pair) { return swap ? [pair[1], pair[0]] : [pair[0], pair[1]]; };
      var sec = el('tr', 'section');
      sec.setAttribute('data-dim', data.dimKeys[dim]);
      var sth = el('th', null, tx(data.dims[dim]) + ' · ' + tx(L.similarity) + ' ' + pct(d[1]));
      sth.setAttribute('colspan', '3');
      sth.setAttribute('scope', 'colgroup');
      sec.appendChild(sth);
      body.appendChild(sec);
      var sa = A.sc[dim];
      var sb = B.sc[dim];
      if (sa || sb) {
        var vk = d[3] ? 'changed' : 'shared';
        body.appendChild(row(vk, dim, tx(L.value), sa ? tx(sa) : '', vk, sb ? tx(sb) : '', vk, d[2].map(function (c) { return tx(c[side]); })));
      }
      d[4].forEach(function (m) {
        var k = pick(m);
        body.appendChild(row('shared', dim, tx(L.shared), tx(itemsA[k[0]]), 'shared', tx(itemsB[k[1]]), 'shared'));
      });
      d[5].forEach(function (m) {
        var k = pick(m);
        body.appendChild(row('changed', dim, tx(L.changed), tx(itemsA[k[0]]), 'changed', tx(itemsB[k[1]]), 'changed', m[2].map(function (c) { return tx(c[side]); })));
      });
      d[6].forEach(function (m) {
        var k = pick(m);
        body.appendChild(row('similar', dim, tx(L.similar) + ' ' + pct(m[2]), tx(itemsA[k[0]]), 'similar', tx(itemsB[k[1]]), 'similar'));
      });
      // What only one role holds: the two roles' lists side by side, one item of each per row.
      var onlyA = swap ? d[8] : d[7];
      var onlyB = swap ? d[7] : d[8];
      for (var r = 0; r < Math.max(onlyA.length, onlyB.length); r++) {
        var x = onlyA[r];
        var y = onlyB[r];
        body.appendChild(row('distinct', dim, tx(L.distinct), x === undefined ? '' : tx(itemsA[x]), x === undefined ? null : 'onlyA',
          y === undefined ? '' : tx(itemsB[y]), y === undefined ? null : 'onlyB'));
      }
    });
    table.appendChild(body);
    out.appendChild(table);
  }

  var hay = roles.map(function (r) {
    var parts = [both(r.t), r.al, both(r.sm)];
    data.searchDims.forEach(function (dim) { (r.it[dim] || []).forEach(function (x) { parts.push(both(x)); }); });
    return parts.join('\n').toLowerCase();
  });

  function applySearch() {
    var terms = search.value.trim().toLowerCase().split(/\s+/).filter(Boolean);
    var hits = 0;
    var match = roles.map(function (r, i) {
      var ok = terms.every(function (t) { return hay[i].indexOf(t) >= 0; });
      if (ok) hits++;
      return ok;
    });
    Array.prototype.forEach.call(doc.querySelectorAll('[data-role]'), function (e) {
      var i = index[e.getAttribute('data-role')];
      if (i === undefined) return;
      var miss = terms.length > 0 && !match[i];
      var hit = terms.length > 0 && match[i];
      e.classList.toggle('search-miss', miss);
      e.classList.toggle('search-hit', hit);
    });
    // The similarity matrix's columns: the heading and every cell of a role that does not match.
    Array.prototype.forEach.call(doc.querySelectorAll('#matrix [data-col], #matrix [data-pair-b]'), function (e) {
      var i = index[e.getAttribute('data-col') || e.getAttribute('data-pair-b')];
      if (i !== undefined) e.classList.toggle('col-miss', terms.length > 0 && !match[i]);
    });
    count.setAttribute('data-count', String(terms.length ? hits : n));
    var said = n === 1 ? L.matchCountOfOne : hits === 1 ? L.matchCountOne : L.matchCount;
    count.textContent = terms.length ? tx(said).replace('{n}', String(hits)).replace('{total}', String(n)) : '';
  }

  function setLang(l) {
    lang = l;
    root.setAttribute('data-lang', l);
    root.setAttribute('lang', l === 'zh' ? 'zh-CN' : 'en');
    doc.title = tx(L.pageTitle);
    // The button names the other language in that language; its hint stays in the page's language.
    clear(toggle);
    var name = el('span', null, tx(L.toggle));
    name.setAttribute('lang', l === 'zh' ? 'en' : 'zh-CN');
    toggle.appendChild(name);
    toggle.setAttribute('title', tx(L.toggleHint));
    Array.prototype.forEach.call(doc.querySelectorAll('#matrix td[data-pair-a] > button'), function (b) {
      var td = b.parentNode;
      var A = roles[index[td.getAttribute('data-pair-a')]];
      var B = roles[index[td.getAttribute('data-pair-b')]];
      if (A && B) b.setAttribute('aria-label', tx(L.matrixCell).replace('{a}', tx(A.t)).replace('{b}', tx(B.t)).replace('{p}', b.textContent));
    });
    search.setAttribute('placeholder', tx(L.searchPlaceholder));
    fillPickers();
    renderCompare();
    applySearch();
  }

  function pickRole(id) {
    if (index[id] === undefined || n < 2) return;
    if (pickA.value !== id) {
      pickB.value = pickA.value;
      pickA.value = id;
    }
    renderCompare();
    doc.getElementById('compare').scrollIntoView({ block: 'start' });
  }

  doc.addEventListener('click', function (ev) {
    var t = ev.target;
    var cellEl = t && t.closest ? t.closest('[data-pair-a]') : null;
    if (cellEl) {
      pickA.value = cellEl.getAttribute('data-pair-a');
      pickB.value = cellEl.getAttribute('data-pair-b');
      renderCompare();
      doc.getElementById('compare').scrollIntoView({ block: 'start' });
      return;
    }
    var node = t && t.closest ? t.closest('.pick[data-role]') : null;
    if (node) pickRole(node.getAttribute('data-role'));
  });
  doc.addEventListener('keydown', function (ev) {
    if (ev.key !== 'Enter' && ev.key !== ' ') return;
    var t = ev.target;
    if (t && t.matches && t.matches('.pick[data-role]')) { ev.preventDefault(); pickRole(t.getAttribute('data-role')); }
  });
  pickA.addEventListener('change', renderCompare);
  pickB.addEventListener('change', renderCompare);
  doc.getElementById('swap').addEventListener('click', function () {
    var v = pickA.value;
    pickA.value = pickB.value;
    pickB.value = v;
    renderCompare();
  });
  toggle.addEventListener('click', function () { setLang(lang === 'zh' ? 'en' : 'zh'); });
  search.addEventListener('input', applySearch);
  doc.getElementById('print').addEventListener('click', function () { window.print(); });

  fillPickers();
  if (n > 1) { pickA.value = roles[0].id; pickB.value = roles[1].id; }
  setLang(lang);
  // Ready once drawn: the first frame callback runs before the first paint, the second one after it.
  requestAnimationFrame(function () {
    requestAnimationFrame(function () {
      root.setAttribute('data-ready-ms', String(Math.round(performance.now())));
      root.setAttribute('data-ready', '1');
    });
  });
})();
`;
