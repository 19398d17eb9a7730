// Pushback's built-in dashboard. Plain modules, no build step. Every piece of data reaches the page
// through textContent or an attribute set by the DOM API: never as HTML.

const KEY = "pushback.apiKey";
const SVG = "http://www.w3.org/2000/svg";
const STANCES = ["claim", "denial", "clarification", "reaffirmation", "support", "neutral"];
const main = document.getElementById("main");

/** el("td", {className: "x"}, child, "text") — children are nodes or strings (made text nodes). */
function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) {
    if (name === "dataset") Object.assign(node.dataset, value);
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node[name] = value;
  }
  for (const child of children)
    if (child != null) node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  return node;
}

function svg(tag, attributes = {}, text) {
  const node = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) node.setAttribute(name, String(value));
  if (text != null) node.textContent = text;
  return node;
}

/** Only http(s) links are made clickable: a `javascript:` URL in the data stays inert text. */
function safeUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:" ? url.href : null;
  } catch {
    return null;
  }
}

const when = (iso) => (iso ? new Date(iso).toISOString().slice(0, 16).replace("T", " ") + " UTC" : "undated");

class AuthError extends Error {}

async function api(path, init = {}) {
  const key = localStorage.getItem(KEY);
  if (!key) throw new AuthError("Enter an API key (create one with `npx pushback apikeys create <name>`).");
  const response = await fetch(path, { ...init, headers: { authorization: `Bearer ${key}`, ...(init.headers ?? {}) } });
  if (response.status === 401) throw new AuthError("The API key was refused (unknown or revoked).");
  const body = await response.json();
  if (!response.ok) throw new Error(body.message ?? `HTTP ${response.status}`);
  return body;
}

function show(...nodes) {
  main.replaceChildren(...nodes);
}

function showError(error) {
  show(el("p", { className: `message error${error instanceof AuthError ? " auth" : ""}` }, error.message));
}

function flagBadges(story) {
  const badges = [];
  if (story.hasNewDenial) badges.push(el("span", { className: "badge new_denial" }, "new denial"));
  if (story.hasNewClarification) badges.push(el("span", { className: "badge new_clarification" }, "new clarification"));
  return badges;
}

// ---- story list ----

async function renderList(params) {
  const query = new URLSearchParams();
  for (const name of ["flag", "government", "platform"]) if (params.get(name)) query.set(name, params.get(name));
  const flag = el(
    "select",
    { id: "flag-filter", onchange: () => navigate(listHash({ ...Object.fromEntries(query), flag: flag.value })) },
    ...[
      ["", "all stories"],
      ["new", "new responses"],
      ["new_denial", "new denials"],
      ["new_clarification", "new clarifications"],
    ].map(([value, label]) => el("option", { value, selected: value === (params.get("flag") ?? "") }, label)),
  );
  const government = el("input", { placeholder: "government", value: params.get("government") ?? "" });
  const platform = el("input", { placeholder: "platform", value: params.get("platform") ?? "" });
  const apply = el(
    "button",
    {
      type: "button",
      onclick: () =>
        navigate(listHash({ flag: flag.value, government: government.value.trim(), platform: platform.value.trim() })),
    },
    "Filter",
  );
  const body = el("tbody", { id: "story-rows" });
  const table = el(
    "table",
    { id: "stories" },
    el(
      "thead",
      {},
      el(
        "tr",
        {},
        ...["Story", "Governments", "Platforms", "Last seen", "Statements", "Flags"].map((h) => el("th", {}, h)),
      ),
    ),
    body,
  );
  const more = el("button", { type: "button", hidden: true }, "More");
  show(el("div", { className: "filters" }, flag, government, platform, apply), table, more);

  let cursor = null;
  const load = async () => {
    const page = await api(`/api/stories?${query}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    for (const story of page.items) {
      const link = el("a", { href: `#/story/${encodeURIComponent(story.storyId)}` }, story.title);
      body.append(
        el(
          "tr",
          { dataset: { storyId: story.storyId } },
          el("td", {}, link),
          el("td", {}, story.governments.join(", ")),
          el("td", {}, story.platforms.join(", ")),
          el("td", {}, when(story.lastSeen)),
          el("td", {}, String(story.statementCount)),
          el("td", { className: "flags" }, ...flagBadges(story)),
        ),
      );
    }
    if (body.children.length === 0) body.append(el("tr", {}, el("td", { colSpan: 6 }, "No stories match.")));
    cursor = page.next;
    more.hidden = !cursor;
  };
  more.addEventListener("click", () => load().catch(showError));
  await load();
}

function listHash(filters) {
  const query = new URLSearchParams(Object.entries(filters).filter(([, value]) => value));
  return `#/${query.size ? `?${query}` : ""}`;
}

// ---- story page ----

/** Time on x, one lane per party, a marker per statement shaped and coloured by stance. */
function timelineChart(statements) {
  const dated = statements.map((s) => ({ ...s, at: new Date(s.publishedAt ?? s.recordedAt).getTime() }));
  const parties = [...new Set(dated.map((s) => s.party))];
  const laneHeight = 46;
  const left = 190;
  const right = 30;
  const width = 900;
  const top = 20;
  const height = top + parties.length * laneHeight + 40;
  const times = dated.map((s) => s.at);
  const min = Math.min(...times);
  const max = Math.max(...times);
  const span = Math.max(max - min, 3_600_000);
  const x = (t) => left + ((t - min) / span) * (width - left - right);
  const chart = svg("svg", {
    viewBox: `0 0 ${width} ${height}`,
    role: "img",
    "aria-label": "timeline of statements by party",
    id: "timeline-chart",
  });
  parties.forEach((party, lane) => {
    const y = top + lane * laneHeight + laneHeight / 2;
    chart.append(svg("line", { x1: left, x2: width - right, y1: y, y2: y, stroke: "#d8dde5" }));
    chart.append(svg("text", { x: 8, y: y + 4, class: "lane-label" }, party));
  });
  const axisY = top + parties.length * laneHeight + 18;
  chart.append(svg("text", { x: left, y: axisY, class: "axis" }, when(new Date(min).toISOString())));
  chart.append(
    svg(
      "text",
      { x: width - right, y: axisY, class: "axis", "text-anchor": "end" },
      when(new Date(min + span).toISOString()),
    ),
  );
  for (const statement of dated) {
    const cx = x(statement.at);
    const cy = top + parties.indexOf(statement.party) * laneHeight + laneHeight / 2;
    const marker = stanceMarker(statement.stance, cx, cy);
    marker.setAttribute("class", `marker ${statement.stance}`);
    marker.dataset.statementId = statement.statementId;
    marker.append(
      svg("title", {}, `${statement.stance} — ${statement.speakerName ?? statement.party}: ${statement.quote}`),
    );
    const target = safeUrl(statement.url);
    if (target) {
      const link = svg("a", { href: target, target: "_blank", rel: "noopener noreferrer" });
      link.append(marker);
      chart.append(link);
    } else chart.append(marker);
  }
  return chart;
}

function stanceMarker(stance, cx, cy) {
  const color = `var(--${STANCES.includes(stance) ? stance : "neutral"})`;
  const r = 8;
  switch (stance) {
    case "denial":
      return svg("path", {
        d: `M${cx - r},${cy - r}L${cx + r},${cy + r}M${cx + r},${cy - r}L${cx - r},${cy + r}`,
        stroke: color,
        "stroke-width": 4,
      });
    case "clarification":
      return svg("path", { d: `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`, fill: color });
    case "reaffirmation":
      return svg("path", { d: `M${cx},${cy - r}L${cx + r},${cy + r}L${cx - r},${cy + r}Z`, fill: color });
    case "claim":
      return svg("circle", { cx, cy, r, fill: color });
    default:
      return svg("circle", { cx, cy, r: r - 2, fill: "#fff", stroke: color, "stroke-width": 3 });
  }
}

function legend() {
  return el(
    "div",
    { className: "legend" },
    ...STANCES.map((stance) => el("span", {}, el("span", { className: `badge ${stance}` }, stance))),
  );
}

function sourceLink(url, label) {
  const target = safeUrl(url);
  return target
    ? el("a", { href: target, target: "_blank", rel: "noopener noreferrer" }, label)
    : el("span", {}, label);
}

async function renderStory(id) {
  const story = await api(`/api/stories/${encodeURIComponent(id)}`);
  const ack = el(
    "button",
    {
      type: "button",
      id: "ack",
      disabled: !story.hasNewDenial && !story.hasNewClarification,
      onclick: async () => {
        ack.disabled = true;
        await api(`/api/stories/${encodeURIComponent(story.storyId)}/ack`, { method: "POST" }).catch(showError);
        ack.textContent = "Acknowledged";
      },
    },
    "Acknowledge",
  );
  const statements = el(
    "ol",
    { className: "statements", id: "statements" },
    ...story.statements.map((s) =>
      el(
        "li",
        { dataset: { statementId: s.statementId } },
        el(
          "div",
          {},
          el("span", { className: `badge ${s.stance}` }, s.stance),
          " ",
          el("strong", {}, s.party),
          " · ",
          s.speakerName ?? "unnamed",
          s.speakerRole ? `, ${s.speakerRole}` : "",
          " · ",
          el("span", { className: "meta" }, when(s.publishedAt)),
        ),
        el("blockquote", { className: "quote" }, s.quote),
        el("div", { className: "meta" }, sourceLink(s.url, s.title ?? s.url), " — ", s.outlet),
      ),
    ),
  );
  const contradictions = story.contradictions.length
    ? el(
        "ul",
        {},
        ...story.contradictions.map((c) =>
          el(
            "li",
            {},
            el("span", { className: `badge ${c.type}` }, c.type),
            " ",
            el("strong", {}, c.responseParty),
            " answered ",
            el("em", {}, c.claimParty),
            ": ",
            el("q", {}, c.responseText),
            " ",
            sourceLink(c.url, c.outlet),
            c.evidence > 1 ? ` (+${c.evidence - 1} more)` : "",
            c.acknowledged ? " · seen" : "",
          ),
        ),
      )
    : el("p", { className: "meta" }, "No denial or clarification yet.");
  show(
    el("p", {}, el("a", { href: "#/" }, "← all stories")),
    el(
      "section",
      {},
      el("h2", { id: "story-title" }, story.title),
      el(
        "p",
        { className: "meta" },
        `${story.governments.join(", ")} · ${story.platforms.join(", ")} · ${when(story.firstSeen)} → ${when(story.lastSeen)}`,
      ),
      el("div", {}, ...flagBadges(story), ack),
    ),
    el(
      "section",
      { className: "timeline" },
      el("h2", {}, "Claims and responses"),
      story.statements.length ? timelineChart(story.statements) : el("p", { className: "meta" }, "No statements yet."),
      legend(),
    ),
    el("section", {}, el("h2", {}, "Contradictions"), contradictions),
    el("section", {}, el("h2", {}, `Statements (${story.statements.length})`), statements),
    el(
      "section",
      {},
      el("h2", {}, `Sources (${story.sources.length})`),
      el(
        "ul",
        {},
        ...story.sources.map((a) =>
          el("li", {}, sourceLink(a.url, a.title ?? a.url), " — ", a.outlet, ", ", when(a.publishedAt)),
        ),
      ),
    ),
  );
}

// ---- routing and live updates ----

function navigate(hash) {
  if (location.hash === hash) route();
  else location.hash = hash;
}

async function route() {
  const hash = location.hash.slice(1) || "/";
  const [path, search] = hash.split("?");
  try {
    if (path.startsWith("/story/")) await renderStory(decodeURIComponent(path.slice("/story/".length)));
    else await renderList(new URLSearchParams(search ?? ""));
  } catch (error) {
    showError(error);
  }
}

let stream = null;
let refresh = null;

/** /api/stream over fetch (EventSource cannot send the key); a story event re-renders the view. */
async function follow() {
  stream?.abort();
  const key = localStorage.getItem(KEY);
  const dot = document.getElementById("live");
  dot.classList.remove("on");
  if (!key) return;
  stream = new AbortController();
  try {
    const response = await fetch("/api/stream", { headers: { authorization: `Bearer ${key}` }, signal: stream.signal });
    if (!response.ok || !response.body) return;
    dot.classList.add("on");
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value;
      const blocks = buffer.split("\n\n");
      buffer = blocks.pop() ?? "";
      if (blocks.some((block) => block.includes("event: story"))) {
        clearTimeout(refresh);
        refresh = setTimeout(route, 500);
      }
    }
  } catch {
    // aborted or dropped: the dot shows it
  }
  dot.classList.remove("on");
}

const keyInput = document.getElementById("key-input");
document.getElementById("key-form").addEventListener("submit", (event) => {
  event.preventDefault();
  if (keyInput.value.trim()) localStorage.setItem(KEY, keyInput.value.trim());
  keyInput.value = "";
  route();
  follow();
});
document.getElementById("key-forget").addEventListener("click", () => {
  localStorage.removeItem(KEY);
  stream?.abort();
  route();
});
window.addEventListener("hashchange", route);
route();
follow();
