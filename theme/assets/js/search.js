/*
 * Site search, in the browser, over the index the build writes under /search/ (see
 * src/Portal/Search/SearchIndexWriter.cs for the files and src/Portal/Search/SearchText.cs for the
 * text rules, which this file mirrors step by step).
 *
 * Progressive enhancement: the search page is a GET form at /search/?q=…; without this script (or
 * in a browser without Intl.Segmenter or DecompressionStream) #search-results keeps the page's own
 * text, which explains and links the sitemap. With it, the query is normalised and cut into words
 * as the build cut the pages, only the index chunks those words fall in are downloaded, pages are
 * ranked (BM25 scores computed by the build, added up here), and the results replace that text:
 * links in rank order, each with its section, date and an excerpt with the words found marked.
 * The number of results is announced through a live region.
 */
(function () {
  'use strict';

  var results = document.getElementById('search-results');
  var form = document.querySelector('.app-search-form');
  var status = document.querySelector('.app-search__status');
  if (!results || !form || !status || !window.fetch || !window.DecompressionStream ||
      !window.Intl || !Intl.Segmenter) {
    return;
  }

  var PAGE_SIZE = 10;
  var EXCERPT_BEFORE = 60;     // characters of context before the first word found
  var EXCERPT_LENGTH = 260;
  var WEIGHT_EXACT = 1;
  var WEIGHT_TONE_VARIANT = 0.7; // same letters, other tone marks: a likely typo
  var WEIGHT_PREFIX = 0.5;       // a longer word that starts with what was typed
  var MIN_PREFIX_LENGTH = 2;     // one letter would match half the index
  var MAX_PREFIX_CHUNKS = 3;

  var segmenter = new Intl.Segmenter('th', { granularity: 'word' });
  var base = results.getAttribute('data-search-index');
  var manifestPromise = null;
  var fileCache = {};

  // ---- Text: the same steps as SearchText.cs --------------------------------------------------

  function normalize(text) {
    var nfc = text.normalize('NFC').replace(/\u0E4D([\u0E48-\u0E4B]?)\u0E32/g, '$1\u0E33');
    var out = '';
    for (var i = 0; i < nfc.length; i++) {
      var code = nfc.charCodeAt(i);
      if (code >= 0x0E50 && code <= 0x0E59) {
        out += String.fromCharCode(48 + code - 0x0E50);
      } else {
        // One code unit to one, like char.ToLowerInvariant (String#toLowerCase may lengthen İ).
        var lower = nfc[i].toLowerCase();
        out += lower.length === 1 ? lower : nfc[i];
      }
    }
    return out;
  }

  var WORD_CHARACTER = /^[\p{L}\p{Mn}\p{Mc}\p{Nd}]$/u;

  function isThai(character) {
    var code = character.codePointAt(0);
    return code >= 0x0E00 && code <= 0x0E7F;
  }

  // Split one segment on non-word characters and where Thai meets another script.
  function splitWord(word, into) {
    var current = '';
    var currentIsThai = false;
    for (var character of word) {
      var thai = isThai(character);
      if (!WORD_CHARACTER.test(character) || (current && thai !== currentIsThai)) {
        if (current) {
          into.push(current);
        }
        current = '';
      }
      if (!current && WORD_CHARACTER.test(character)) {
        currentIsThai = thai;
      }
      if (WORD_CHARACTER.test(character)) {
        current += character;
      }
    }
    if (current) {
      into.push(current);
    }
    return into;
  }

  // A Thai abbreviation written with dots (ป.ป.ช., พ.ร.บ.) is one term without them, never cut by
  // the segmenter: the same pattern as SearchText.DottedAbbreviation.
  var DOTTED_ABBREVIATION = /(?<![\u0E00-\u0E7F])[\u0E01-\u0E2E]\.(?:[\u0E01-\u0E2E]\.)*[\u0E01-\u0E2E](?![\u0E00-\u0E7F])\.?/g;

  function addWords(text, offset, terms) {
    for (var segment of segmenter.segment(text)) {
      if (segment.isWordLike) {
        splitWord(segment.segment, []).forEach(function (term) {
          terms.push({ term: term, end: offset + segment.index + segment.segment.length });
        });
      }
    }
  }

  // The terms of a text, and for each where it ends in the normalised text (for the query's last word).
  function queryTerms(text) {
    var normalized = normalize(text);
    var terms = [];
    var start = 0;
    for (var abbreviation of normalized.matchAll(DOTTED_ABBREVIATION)) {
      addWords(normalized.slice(start, abbreviation.index), start, terms);
      start = abbreviation.index + abbreviation[0].length;
      terms.push({ term: abbreviation[0].replace(/\./g, ''), end: start });
    }
    addWords(normalized.slice(start), start, terms);
    return { normalized: normalized, terms: terms };
  }

  function sortKey(term) {
    return term.replace(/[\u0E47-\u0E4C]/g, '');
  }

  // ---- Index files ----------------------------------------------------------------------------

  function fetchJson(url, compressed) {
    if (!fileCache[url]) {
      fileCache[url] = fetch(url).then(function (response) {
        if (!response.ok) {
          throw new Error(url + ': ' + response.status);
        }
        if (!compressed) {
          return response.json();
        }
        return new Response(response.body.pipeThrough(new DecompressionStream('gzip'))).json();
      });
    }
    return fileCache[url];
  }

  function manifest() {
    manifestPromise = manifestPromise || fetchJson(base + 'manifest.json', false);
    return manifestPromise;
  }

  // The chunk whose range holds `key`: the last one whose first key is not after it.
  function chunkIndex(chunks, key) {
    var low = 0;
    var high = chunks.length - 1;
    while (low < high) {
      var middle = (low + high + 1) >> 1;
      if (chunks[middle][0] <= key) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low;
  }

  // Chunks that may hold the term, its tone variants and (when long enough) the words it starts.
  function chunksFor(chunks, key) {
    var first = chunkIndex(chunks, key);
    var files = [chunks[first][1]];
    if (key.length >= MIN_PREFIX_LENGTH) {
      for (var i = first + 1; i < chunks.length && i <= first + MAX_PREFIX_CHUNKS &&
          chunks[i][0].startsWith(key); i++) {
        files.push(chunks[i][1]);
      }
    }
    return files;
  }

  function loadTerms(index, key) {
    return Promise.all(chunksFor(index.chunks, key).map(function (file) {
      return fetchJson(base + file, true);
    })).then(function (loaded) {
      return [].concat.apply([], loaded);
    });
  }

  // ---- Ranking --------------------------------------------------------------------------------

  function weightOf(indexTerm, term, key) {
    if (indexTerm === term) {
      return WEIGHT_EXACT;
    }
    var indexKey = sortKey(indexTerm);
    if (indexKey === key) {
      return WEIGHT_TONE_VARIANT;
    }
    if (key.length >= MIN_PREFIX_LENGTH && indexKey.startsWith(key)) {
      return WEIGHT_PREFIX;
    }
    return 0;
  }

  // For one query term, or a pair (TitlePair.cs: "ข้อมูล ผู้"; a term never matches a pair, nor a pair a term):
  // document id → best weighted score, and the index terms that matched.
  function match(entries, term, matched) {
    var key = sortKey(term);
    var scores = new Map();
    entries.forEach(function (entry) {
      var weight = entry[0].includes(' ') === term.includes(' ') && weightOf(entry[0], term, key);
      if (!weight) {
        return;
      }
      matched.add(entry[0]);
      var id = 0;
      for (var i = 0; i < entry[1].length; i++) {
        id += entry[1][i];
        var score = entry[2][i] * weight;
        if (!(scores.get(id) >= score)) {
          scores.set(id, score);
        }
      }
    });
    return scores;
  }

  // The query's last word, if ICU cut it into pieces, may be a word still being typed
  // ("ขออนุญาตก่อสร" gives ขอ|อนุญาต|ก่อ|สร): its last two, three… pieces, joined, may start an
  // indexed word (ก่อสร → ก่อสร้าง). Each join found counts for the pieces it is made of.
  var MAX_JOINED_PIECES = 4;

  function trailingJoins(query) {
    var terms = query.terms;
    if (terms.length < 2) {
      return [];
    }
    var start = query.normalized.lastIndexOf(' ', terms[terms.length - 1].end - 1) + 1;
    var pieces = terms.filter(function (t) { return t.end > start; }).length;
    var joins = [];
    for (var count = 2; count <= Math.min(pieces, MAX_JOINED_PIECES); count++) {
      var first = terms.length - count;
      joins.push({
        text: terms.slice(first).map(function (t) { return t.term; }).join(''),
        first: first
      });
    }
    return joins;
  }

  function search(text, allowed) {
    var query = queryTerms(text);
    if (!query.terms.length) {
      return Promise.resolve({ ranked: [], matched: new Set() });
    }
    var matched = new Set();
    var perTerm;
    var pairs = [];
    return manifest().then(function (index) {
      var loading = query.terms.map(function (t) { return loadTerms(index, sortKey(t.term)); });
      return Promise.all(loading).then(function (loaded) {
        perTerm = query.terms.map(function (t, i) { return match(loaded[i], t.term, matched); });
        // Only a last piece that is not a word of the index looks unfinished.
        var last = query.terms[query.terms.length - 1].term;
        var finished = loaded[loaded.length - 1].some(function (entry) { return entry[0] === last; });
        var joins = finished ? [] : trailingJoins(query);
        return Promise.all(joins.map(function (join) {
          return loadTerms(index, sortKey(join.text)).then(function (entries) {
            addJoin(perTerm, match(entries, join.text, matched), join.first);
          });
        }).concat(query.terms.slice(1).map(function (t, i) {
          // Two neighbouring words of the query side by side in a title: the pair's score counts too.
          var pair = query.terms[i].term + ' ' + t.term;
          return loadTerms(index, sortKey(pair)).then(function (entries) {
            pairs[i] = match(entries, pair, matched);
          });
        })));
      });
    }).then(function () {
      return { ranked: rank(perTerm, pairs, allowed), matched: matched };
    });
  }

  function addJoin(perTerm, together, first) {
    var share = perTerm.length - first;
    together.forEach(function (score, id) {
      for (var i = first; i < perTerm.length; i++) {
        if (!(perTerm[i].get(id) >= score / share)) {
          perTerm[i].set(id, score / share);
        }
      }
    });
  }

  // Pages that contain the most query terms, best total score (title pairs' too) first; ties by page order.
  function rank(perTerm, pairs, allowed) {
    var totals = new Map();
    perTerm.concat(pairs).forEach(function (scores, n) {
      scores.forEach(function (score, id) {
        if ((allowed && !allowed.has(id)) || (n >= perTerm.length && !totals.has(id))) {
          return;
        }
        var total = totals.get(id) || { id: id, terms: 0, score: 0 };
        total.terms += n < perTerm.length ? 1 : 0;
        total.score += score;
        totals.set(id, total);
      });
    });
    var all = Array.from(totals.values());
    var most = all.reduce(function (m, t) { return Math.max(m, t.terms); }, 0);
    return all
      .filter(function (t) { return t.terms === most; })
      .sort(function (a, b) { return b.score - a.score || a.id - b.id; });
  }

  // ---- Filters (section, fiscal year, OIT item) -------------------------------------------------

  var FILTERS = [
    { name: 'section', label: 'หมวด', all: 'ทุกหมวด' },
    { name: 'fiscal_year', label: 'ปีงบประมาณ', all: 'ทุกปี' },
    { name: 'oit', label: 'ข้อ OIT', all: 'ทุกข้อ' }
  ];

  function chosenFilters(params) {
    return FILTERS.filter(function (f) { return params.get(f.name); })
      .map(function (f) { return { name: f.name, value: params.get(f.name) }; });
  }

  function allowedDocuments(index, chosen) {
    if (!chosen.length) {
      return Promise.resolve(null);
    }
    return fetchJson(base + index.filters_file, true).then(function (filters) {
      var allowed = null;
      chosen.forEach(function (choice) {
        var ids = new Set();
        var id = 0;
        ((filters[choice.name] || {})[choice.value] || []).forEach(function (delta) {
          id += delta;
          if (!allowed || allowed.has(id)) {
            ids.add(id);
          }
        });
        allowed = ids;
      });
      return allowed;
    });
  }

  // The filters fold into one line ("กรองผลการค้นหา") until opened, so on a phone the first result
  // stays on the first screen; they are open when the address already chooses one.
  function addFilterControls(index, params) {
    var fields = document.createElement('details');
    fields.className = 'app-search-form__filters';
    fields.open = chosenFilters(params).length > 0;
    var summary = document.createElement('summary');
    summary.textContent = 'กรองผลการค้นหา';
    fields.appendChild(summary);
    FILTERS.forEach(function (filter) {
      var values = index.filters[filter.name] || [];
      if (!values.length) {
        return;
      }
      var id = 'search-filter-' + filter.name;
      var group = document.createElement('div');
      group.className = 'app-search-form__filter';
      var label = document.createElement('label');
      label.className = 'app-search-form__label';
      label.htmlFor = id;
      label.textContent = filter.label;
      var select = document.createElement('select');
      select.className = 'app-search-form__select';
      select.id = id;
      select.name = filter.name;
      select.appendChild(new Option(filter.all, ''));
      values.forEach(function (value) {
        var text = (value.title || value.value) + ' (' + value.count + ')';
        select.appendChild(new Option(text, value.value, false, value.value === params.get(filter.name)));
      });
      group.appendChild(label);
      group.appendChild(select);
      fields.appendChild(group);
    });
    if (fields.childNodes.length > 1) {
      var apply = document.createElement('button');
      apply.type = 'submit';
      apply.className = 'app-search-form__button app-search-form__button--secondary';
      apply.textContent = 'กรองผลการค้นหา';
      fields.appendChild(apply);
      form.appendChild(fields);
    }
  }

  // ---- OIT codes ------------------------------------------------------------------------------------

  // A query that is an OIT code alone ("O27", "o 27", "O๒๗"): the item's pages come first, newest fiscal
  // year first (a reader typing a code means this year's item), then the other pages found.
  var OIT_CODE = /^o\s*(\d{1,3})$/;

  function oitCodeOf(text) {
    var match = normalize(text).trim().match(OIT_CODE);
    return match ? 'O' + Number(match[1]) : null;
  }

  // The filters file lists every item's pages (the manifest only the items some page claims).
  function newestYearFirst(index, code, found) {
    return fetchJson(base + index.filters_file, true).then(function (filters) {
      var years = Object.keys(filters.oit || {})
        .filter(function (value) { return value.split('/')[1] === code; })
        .sort(function (a, b) { return Number(b.split('/')[0]) - Number(a.split('/')[0]); });
      var group = new Map();
      years.forEach(function (value, order) {
        var id = 0;
        (filters.oit[value] || []).forEach(function (delta) {
          id += delta;
          if (!group.has(id)) {
            group.set(id, order);
          }
        });
      });
      var last = years.length;
      var ranked = found.ranked.map(function (result, position) {
        return { result: result, group: group.has(result.id) ? group.get(result.id) : last, position: position };
      }).sort(function (a, b) {
        return a.group - b.group || a.position - b.position;
      }).map(function (entry) { return entry.result; });
      return { ranked: ranked, matched: found.matched };
    });
  }

  // ---- Results ----------------------------------------------------------------------------------

  // Words of the excerpt to mark: those the query matched in the index, and compounds that hold
  // one of them (ปีงบประมาณ for ประมาณ; only matched words of four letters or more, or การ would
  // mark half the text).
  var MIN_CONTAINED_LENGTH = 4;

  function highlightedSegments(text, matched) {
    var contained = Array.from(matched).filter(function (term) { return term.length >= MIN_CONTAINED_LENGTH; });
    var marks = [];
    for (var segment of segmenter.segment(text)) {
      if (!segment.isWordLike) {
        continue;
      }
      var pieces = splitWord(normalize(segment.segment), []);
      var hit = pieces.some(function (piece) {
        return matched.has(piece) || contained.some(function (term) { return piece.indexOf(term) >= 0; });
      });
      if (hit) {
        marks.push({ start: segment.index, end: segment.index + segment.segment.length });
      }
    }
    return marks;
  }

  // Where the excerpt starts: the first place any matched word occurs (normalize keeps the
  // length of the fragment's text, which the build already wrote in NFC with one SARA AM).
  function firstMatch(flat, matched) {
    var normalized = normalize(flat);
    var first = -1;
    matched.forEach(function (term) {
      var at = normalized.indexOf(term);
      if (at >= 0 && (first < 0 || at < first)) {
        first = at;
      }
    });
    return first;
  }

  // Only the excerpt's own text is cut into words and marked, not the whole page.
  function excerpt(text, matched) {
    var element = document.createElement('p');
    element.className = 'app-search-results__excerpt';
    var flat = text.replace(/\s+/g, ' ').trim();
    var at = firstMatch(flat, matched);
    var start = 0;
    if (at > EXCERPT_BEFORE) {
      start = flat.indexOf(' ', at - EXCERPT_BEFORE) + 1;
      if (start <= 0 || start > at) {
        start = at;
      }
    }
    var end = Math.min(flat.length, start + EXCERPT_LENGTH);
    if (end < flat.length) {
      var space = flat.lastIndexOf(' ', end);
      end = space > start ? space : end;
    }
    var shown = flat.slice(start, end);
    var position = 0;
    if (start > 0) {
      element.appendChild(document.createTextNode('… '));
    }
    highlightedSegments(shown, matched).forEach(function (mark) {
      element.appendChild(document.createTextNode(shown.slice(position, mark.start)));
      var highlight = document.createElement('mark');
      highlight.className = 'app-search-results__match';
      highlight.textContent = shown.slice(mark.start, mark.end);
      element.appendChild(highlight);
      position = mark.end;
    });
    element.appendChild(document.createTextNode(shown.slice(position) + (end < flat.length ? ' …' : '')));
    return element;
  }

  function resultItem(fragment, matched) {
    var item = document.createElement('li');
    item.className = 'app-search-results__item';
    var heading = document.createElement('h2');
    heading.className = 'app-search-results__title';
    var link = document.createElement('a');
    link.className = 'app-search-results__link';
    link.href = fragment.url;
    link.textContent = fragment.title;
    heading.appendChild(link);
    item.appendChild(heading);

    var meta = document.createElement('p');
    meta.className = 'app-search-results__meta';
    meta.appendChild(document.createTextNode(fragment.section));
    if (fragment.date) {
      meta.appendChild(document.createTextNode(' · '));
      var time = document.createElement('time');
      time.dateTime = fragment.date;
      time.textContent = fragment.date_text;
      meta.appendChild(time);
    }
    item.appendChild(meta);
    if (fragment.listed_on) {
      item.appendChild(listedOn(fragment.listed_on));
    }
    if (fragment.text) { // a PDF indexed by its title only has no text
      item.appendChild(excerpt(fragment.text, matched));
    }
    return item;
  }

  // A PDF result names the page that lists it, where the reader finds the document's context.
  function listedOn(listing) {
    var element = document.createElement('p');
    element.className = 'app-search-results__listing';
    element.appendChild(document.createTextNode('PDF · แนบใน: '));
    var link = document.createElement('a');
    link.href = listing.url;
    link.textContent = listing.title;
    element.appendChild(link);
    return element;
  }

  function showPage(list, found, from) {
    var ids = found.ranked.slice(from, from + PAGE_SIZE).map(function (r) { return r.id; });
    return Promise.all(ids.map(function (id) {
      return fetchJson(base + 'pages/' + id + '.bin', true);
    })).then(function (fragments) {
      var firstNew = null;
      fragments.forEach(function (fragment) {
        var item = resultItem(fragment, found.matched);
        firstNew = firstNew || item.querySelector('a');
        list.appendChild(item);
      });
      return firstNew;
    });
  }

  // No dead end: the page's help block (try other words, contact, hotlines, complaints, sitemap).
  function noResults(text) {
    results.textContent = '';
    var message = document.createElement('p');
    message.className = 'app-search__message';
    message.textContent = 'ไม่พบหน้าที่มีคำว่า “' + text + '”';
    results.appendChild(message);
    if (help) {
      results.appendChild(help.cloneNode(true));
    }
  }

  function show(text, found) {
    var count = found.ranked.length;
    status.textContent = count
      ? 'พบ ' + count.toLocaleString('th-TH') + ' หน้าสำหรับ “' + text + '”'
      : 'ไม่พบผลการค้นหาสำหรับ “' + text + '” ลองใช้คำที่สั้นลงหรือคำอื่น หรือดูช่องทางติดต่อด้านล่าง';
    if (!count) {
      noResults(text);
      return Promise.resolve();
    }
    var list = document.createElement('ol');
    list.className = 'app-search-results';
    return showPage(list, found, 0).then(function () {
      results.textContent = '';
      results.appendChild(list);
      if (count > PAGE_SIZE) {
        addMoreButton(list, found);
      }
    });
  }

  function addMoreButton(list, found) {
    var button = document.createElement('button');
    button.type = 'button';
    button.className = 'app-search-results__more';
    button.textContent = 'แสดงผลเพิ่มเติม';
    button.addEventListener('click', function () {
      button.disabled = true;
      showPage(list, found, list.children.length).then(function (firstNew) {
        if (list.children.length >= found.ranked.length) {
          button.remove();
        } else {
          button.disabled = false;
        }
        if (firstNew) {
          firstNew.focus();
        }
      });
    });
    results.appendChild(button);
  }

  function failed() {
    status.textContent = 'ค้นหาไม่สำเร็จ กรุณาลองใหม่อีกครั้ง หรือดูรายการหน้าทั้งหมดในแผนผังเว็บไซต์';
  }

  // ---- Start ----------------------------------------------------------------------------------------

  // The page's own text, shown again when the query is emptied.
  var introduction = Array.from(results.childNodes).map(function (node) { return node.cloneNode(true); });
  var help = results.querySelector('.app-search__help');
  var input = form.querySelector('input[name="q"]');
  var latest = 0;

  function run(params) {
    var text = (params.get('q') || '').trim();
    var ticket = ++latest;
    input.value = text;
    FILTERS.forEach(function (filter) {
      var select = form.querySelector('select[name="' + filter.name + '"]');
      if (select) {
        select.value = params.get(filter.name) || '';
      }
    });
    results.removeAttribute('data-search-state');
    return manifest().then(function (index) {
      if (!text) {
        status.textContent = '';
        results.replaceChildren.apply(results, introduction);
        return null;
      }
      status.textContent = 'กำลังค้นหา “' + text + '”…';
      var code = oitCodeOf(text);
      return allowedDocuments(index, chosenFilters(params)).then(function (allowed) {
        return search(code || text, allowed);
      }).then(function (found) {
        return code ? newestYearFirst(index, code, found) : found;
      }).then(function (found) {
        // A newer query may have started meanwhile: only the latest one is shown.
        return ticket === latest ? show(text, found) : null;
      });
    }).then(function () {
      if (ticket === latest) {
        results.setAttribute('data-search-state', 'done');
      }
    }, function () {
      failed();
      results.setAttribute('data-search-state', 'failed');
    });
  }

  // Searching again from this page keeps the index already downloaded: the form is handled here,
  // and the address still changes, so the back button and a shared link work as with a reload.
  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var params = new URLSearchParams();
    new FormData(form).forEach(function (value, name) {
      if (String(value).trim()) {
        params.append(name, String(value).trim());
      }
    });
    window.history.pushState(null, '', window.location.pathname + '?' + params.toString());
    run(params);
  });

  window.addEventListener('popstate', function () {
    run(new URLSearchParams(window.location.search));
  });

  var initial = new URLSearchParams(window.location.search);
  manifest().then(function (index) {
    addFilterControls(index, initial);
  }, function () {
    // run() reports the failure.
  });
  run(initial);
})();
