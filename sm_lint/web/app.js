// sm-lint web page: checks the draft as the user types and marks the findings in the text.
"use strict";

(function () {
  const LIMITS = { x: 280, mastodon: 500, linkedin: 3000, instagram: 2200, facebook: 63206, xing: 3000 };
  const DEBOUNCE_MS = 300;

  const TEXTS = {
    en: {
      skip: "Skip to the draft",
      tagline: "Check a post against the social media guideline before it goes out.",
      title: "Check a post",
      optionsTitle: "Post settings",
      account: "Account",
      personal: "Personal account",
      official: "Official company account",
      platform: "Platform",
      language: "Language of the post",
      auto: "Detect",
      draft: "Your draft",
      placeholder: "Write or paste your post here…",
      help: "Checked as you type. Drafts are neither stored nor logged.",
      findings: "Findings",
      footer: "sm-lint runs on your own machine; drafts are neither stored nor logged.",
      company: "Profile: {company}",
      empty: "Start typing to check your post.",
      checking: "Checking…",
      clean: "No findings. The post follows the guideline as far as sm-lint can tell.",
      found: "{n} findings: {detail}",
      foundOne: "1 finding: {detail}",
      failed: "The check failed: {message}",
      offline: "The sm-lint server cannot be reached. Is 'sm-lint serve' still running?",
      error: "error", warning: "warning", info: "note",
      errors: "errors", warnings: "warnings", infos: "notes",
      fix: "How to fix",
      guideline: "Guideline",
      show: "Show in text",
      apply: "Insert “{label}”",
      applied: "Inserted “{label}”.",
      count: "{n} / {limit} characters on {platform}",
      over: "{over} characters too many for {platform}",
      categories: {
        confidential: "Confidential information", competitor: "Competitors", disclaimer: "Private opinion",
        copyright: "Copyright", security: "Security and spam", netiquette: "Netiquette",
        privacy: "Privacy", legal: "Legal",
      },
    },
    de: {
      skip: "Zum Entwurf springen",
      tagline: "Prüfe einen Beitrag gegen die Social-Media-Leitlinie, bevor er rausgeht.",
      title: "Beitrag prüfen",
      optionsTitle: "Angaben zum Beitrag",
      account: "Konto",
      personal: "Privates Konto",
      official: "Offizielles Firmenkonto",
      platform: "Plattform",
      language: "Sprache des Beitrags",
      auto: "Erkennen",
      draft: "Dein Entwurf",
      placeholder: "Schreib oder füge deinen Beitrag hier ein …",
      help: "Wird beim Tippen geprüft. Entwürfe werden weder gespeichert noch protokolliert.",
      findings: "Befunde",
      footer: "sm-lint läuft auf deinem eigenen Rechner; Entwürfe werden weder gespeichert noch protokolliert.",
      company: "Profil: {company}",
      empty: "Fang an zu tippen, um deinen Beitrag zu prüfen.",
      checking: "Wird geprüft …",
      clean: "Keine Befunde. Der Beitrag folgt der Leitlinie, soweit sm-lint das beurteilen kann.",
      found: "{n} Befunde: {detail}",
      foundOne: "1 Befund: {detail}",
      failed: "Die Prüfung ist fehlgeschlagen: {message}",
      offline: "Der sm-lint-Server ist nicht erreichbar. Läuft 'sm-lint serve' noch?",
      error: "Fehler", warning: "Warnung", info: "Hinweis",
      errors: "Fehler", warnings: "Warnungen", infos: "Hinweise",
      fix: "So behebst du es",
      guideline: "Leitlinie",
      show: "Im Text zeigen",
      apply: "„{label}“ einfügen",
      applied: "„{label}“ eingefügt.",
      count: "{n} / {limit} Zeichen auf {platform}",
      over: "{over} Zeichen zu viel für {platform}",
      categories: {
        confidential: "Vertrauliches", competitor: "Wettbewerber", disclaimer: "Private Meinung",
        copyright: "Urheberrecht", security: "Sicherheit und Spam", netiquette: "Nettikette",
        privacy: "Datenschutz", legal: "Recht",
      },
    },
  };

  const params = new URLSearchParams(location.search);
  const uiLang = (params.get("ui") || navigator.language || "en").toLowerCase().startsWith("de") ? "de" : "en";
  const T = TEXTS[uiLang];
  const t = (key, values) => (T[key] || key).replace(/\{(\w+)\}/g, (m, k) => (values && k in values ? values[k] : m));

  const $ = (id) => document.getElementById(id);
  const draft = $("draft"), mirror = $("mirror"), list = $("findings"), status = $("status"), count = $("count");
  const account = $("account"), platform = $("platform"), lang = $("lang");

  let timer = null;
  let sequence = 0;
  let controller = null;
  let findings = [];
  let checkedText = "";    // the text the current findings belong to

  // ------------------------------------------------------------------ interface language
  function translate() {
    document.documentElement.lang = uiLang;
    document.title = uiLang === "de" ? "sm-lint – Beitrag prüfen" : "sm-lint – check a post";
    for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t(el.dataset.i18n);
    for (const el of document.querySelectorAll("[data-i18n-placeholder]")) el.placeholder = t(el.dataset.i18nPlaceholder);
  }

  // ------------------------------------------------------------------ offsets
  // The API counts Unicode code points; the text area counts UTF-16 units.
  function unitOffsets(text) {
    const map = [0];
    let unit = 0;
    for (const ch of text) { unit += ch.length; map.push(unit); }
    return map;
  }
  const toUnit = (map, cp) => map[Math.max(0, Math.min(cp, map.length - 1))];
  const codePoints = (text) => { let n = 0; for (const _ of text) n++; return n; };

  // ------------------------------------------------------------------ rendering
  const RANK = { info: 0, warning: 1, error: 2 };

  function renderMirror(text) {
    const map = unitOffsets(text);
    const spans = findings.map((f, i) => ({ i, sev: f.severity, s: toUnit(map, f.start), e: toUnit(map, f.end) }))
      .filter((x) => x.e > x.s);
    const cuts = new Set([0, text.length]);
    for (const x of spans) { cuts.add(x.s); cuts.add(x.e); }
    const points = [...cuts].sort((a, b) => a - b);
    const frag = document.createDocumentFragment();
    for (let k = 0; k < points.length - 1; k++) {
      const a = points[k], b = points[k + 1];
      const piece = text.slice(a, b);
      const covering = spans.filter((x) => x.s <= a && x.e >= b);
      if (!covering.length) { frag.appendChild(document.createTextNode(piece)); continue; }
      const top = covering.reduce((m, x) => (RANK[x.sev] > RANK[m.sev] ? x : m));
      const mark = document.createElement("mark");
      mark.className = "hl hl-" + top.sev;
      mark.dataset.ids = covering.map((x) => x.i).join(" ");
      mark.textContent = piece;
      frag.appendChild(mark);
    }
    frag.appendChild(document.createTextNode("\n\u200b"));   // keeps the last line's height
    mirror.replaceChildren(frag);
  }

  function fitHeight() {
    draft.style.height = "auto";
    draft.style.height = Math.max(draft.scrollHeight, 180) + "px";
  }

  function renderCount() {
    const name = platform.options[platform.selectedIndex].text;
    const limit = LIMITS[platform.value];
    const n = codePoints(draft.value);
    count.textContent = n > limit ? t("over", { over: n - limit, platform: name }) + ` (${n} / ${limit})`
      : t("count", { n, limit, platform: name });
    count.classList.toggle("over", n > limit);
  }

  function summary() {
    if (!draft.value.trim()) return t("empty");
    if (!findings.length) return t("clean");
    const by = { error: 0, warning: 0, info: 0 };
    for (const f of findings) by[f.severity] = (by[f.severity] || 0) + 1;
    const detail = ["error", "warning", "info"].filter((s) => by[s])
      .map((s) => `${by[s]} ${by[s] === 1 ? t(s) : t(s + "s")}`).join(", ");
    return findings.length === 1 ? t("foundOne", { detail }) : t("found", { n: findings.length, detail });
  }

  function el(tag, cls, text) {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function renderList() {
    const items = findings.map((f, i) => {
      const li = el("li", "finding sev-" + f.severity);
      li.dataset.index = i;
      li.dataset.rule = f.rule;
      const head = el("div", "finding-head");
      head.append(el("span", "badge badge-" + f.severity, t(f.severity)),
        el("span", "category", (T.categories[f.category] || f.category)),
        el("code", "rule", f.rule));
      const msg = el("p", "message", f.message);
      li.append(head, msg);
      if (f.excerpt) {
        const q = el("p", "excerpt");
        q.append(el("span", "quote", f.excerpt));
        li.append(q);
      }
      const dl = el("dl", "details");
      if (f.suggestion) dl.append(el("dt", "", t("fix")), el("dd", "", f.suggestion));
      if (f.guideline) dl.append(el("dt", "", t("guideline")), el("dd", "", f.guideline));
      li.append(dl);
      const actions = el("div", "actions");
      const show = el("button", "btn btn-ghost", t("show"));
      show.type = "button";
      show.addEventListener("click", () => select(f));
      show.addEventListener("focus", () => activate(i, true));
      show.addEventListener("blur", () => activate(i, false));
      actions.append(show);
      if (f.fix) {
        const fix = el("button", "btn btn-fix", t("apply", { label: f.fix.label || f.fix.insert.trim() }));
        fix.type = "button";
        fix.addEventListener("click", () => applyFix(f.fix));
        actions.append(fix);
      }
      li.append(actions);
      li.addEventListener("mouseenter", () => activate(i, true));
      li.addEventListener("mouseleave", () => activate(i, false));
      return li;
    });
    list.replaceChildren(...items);
  }

  function activate(i, on) {
    for (const mark of mirror.querySelectorAll("mark")) {
      if (mark.dataset.ids.split(" ").includes(String(i))) mark.classList.toggle("active", on);
    }
  }

  function render() {
    renderMirror(draft.value);
    renderList();
    status.textContent = summary();
    status.classList.remove("busy", "failed");
  }

  // ------------------------------------------------------------------ actions
  function select(f) {
    const map = unitOffsets(draft.value);
    draft.focus();
    draft.setSelectionRange(toUnit(map, f.start), toUnit(map, f.end));
  }

  function applyFix(fix) {
    const text = draft.value;
    const at = toUnit(unitOffsets(text), fix.at);
    draft.focus();
    draft.setSelectionRange(at, at);
    let done = false;
    try { done = document.execCommand("insertText", false, fix.insert); } catch (e) { done = false; }
    if (!done || draft.value === text) draft.setRangeText(fix.insert, at, at, "end");
    fitHeight();
    renderCount();
    check(t("applied", { label: fix.label || fix.insert.trim() }));
  }

  function schedule() {
    clearTimeout(timer);
    fitHeight();
    renderCount();
    // Until the new result arrives, keep the marks that lie in the unchanged start of the text.
    const text = draft.value;
    let same = 0;
    while (same < text.length && same < checkedText.length && text[same] === checkedText[same]) same++;
    const map = unitOffsets(checkedText);
    findings = findings.filter((f) => toUnit(map, f.end) <= same);
    checkedText = text.slice(0, same);
    renderMirror(text);
    timer = setTimeout(check, DEBOUNCE_MS);
  }

  async function check(note) {
    clearTimeout(timer);
    const text = draft.value;
    const mine = ++sequence;
    if (controller) controller.abort();
    if (!text.trim()) {
      findings = [];
      checkedText = text;
      render();
      return;
    }
    controller = new AbortController();
    status.textContent = t("checking");
    status.classList.add("busy");
    const body = { text, account: account.value, platform: platform.value, lang: lang.value };
    try {
      const response = await fetch("/v1/check", {
        method: "POST", headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body), signal: controller.signal,
      });
      const data = await response.json().catch(() => ({}));
      if (mine !== sequence) return;
      if (!response.ok) throw new Error(data.error || response.statusText);
      findings = data.findings || [];
      checkedText = text;
      render();
      if (typeof note === "string") status.textContent = note + " " + status.textContent;
    } catch (err) {
      if (err.name === "AbortError" || mine !== sequence) return;
      status.textContent = err instanceof TypeError ? t("offline") : t("failed", { message: err.message });
      status.classList.remove("busy");
      status.classList.add("failed");
    }
  }

  async function loadProfile() {
    try {
      const data = await (await fetch("/healthz")).json();
      if (data.company) $("company").textContent = t("company", { company: data.company });
    } catch (e) { /* the status line reports a dead server on the first check */ }
  }

  // ------------------------------------------------------------------ wiring
  translate();
  draft.addEventListener("input", schedule);
  for (const select_ of [account, platform, lang]) {
    select_.addEventListener("change", () => { renderCount(); check(); });
  }
  $("options").addEventListener("submit", (e) => { e.preventDefault(); check(); });
  draft.addEventListener("keydown", (e) => {
    if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) { e.preventDefault(); check(); }
  });
  window.addEventListener("resize", fitHeight);
  fitHeight();
  renderCount();
  render();
  loadProfile();
  if (draft.value.trim()) check();
})();
