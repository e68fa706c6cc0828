// Writes bench/results.json and the readable bench/RESULTS.md (formatted with the repository's
// prettier settings, so `prettier --check bench` stays clean).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const BROWSER_NAMES = { chromium: 'Chromium', firefox: 'Firefox' };

function fmt(value, unit = '') {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  if (typeof value !== 'number') return String(value);
  const abs = Math.abs(value);
  const digits = abs === 0 ? 0 : abs >= 100 ? 0 : abs >= 10 ? 1 : abs >= 1 ? 2 : abs >= 0.01 ? 3 : 4;
  return `${value.toFixed(digits)}${unit}`;
}
const spread = (s, unit = ' ms') => (s ? `${fmt(s.median, unit)} [${fmt(s.q1)}–${fmt(s.q3)}]` : '—');
const ratioText = (r) => (r ? `**${fmt(r.value)}**` : '—');
const pairText = (r) =>
  r?.pairs ? `${fmt(r.pairs.q1)}–${fmt(r.pairs.q3)} (${fmt(r.pairs.min)}–${fmt(r.pairs.max)})` : '—';

function ratioVerdict(r, goal, limit) {
  if (!r || !Number.isFinite(r.value)) return '—';
  if (r.value <= goal) return r.pairs && r.pairs.max > limit ? `met (a run above ${limit})` : 'met';
  if (r.value <= limit) return `above ${goal}, within ${limit}`;
  return `**MISSED** (> ${limit})`;
}

/** The absolute per-event target, with the baseline's own standing on this machine. */
const absolute = (lib, base) =>
  lib < 0.1
    ? 'met'
    : `**MISSED**${base >= 0.1 ? ` (the baseline's ${fmt(base, ' ms')} is above 0.1 too)` : ''}`;

/** The same element from the npm build (dist/, not minified) against the same baseline. */
const npmRows = (b, row) =>
  b.npmBuild?.withLayout
    ? [
        row(
          'the same element from the npm build (dist/, not minified): + layout',
          spread(b.npmBuild.withLayout.lib),
          spread(b.npmBuild.withLayout.base),
          ratioText(b.npmBuild.withLayout.ratio),
          pairText(b.npmBuild.withLayout.ratio),
          'info',
          '—',
        ),
        row(
          'the same element from the npm build: no layout',
          spread(b.npmBuild.withoutLayout.lib),
          spread(b.npmBuild.withoutLayout.base),
          ratioText(b.npmBuild.withoutLayout.ratio),
          pairText(b.npmBuild.withoutLayout.ratio),
          'info',
          '—',
        ),
      ]
    : [];

/** Rows of the summary table for one case in one browser. */
function rows(key, b, name) {
  const browser = BROWSER_NAMES[name] ?? name;
  const row = (metric, lib, base, r, pairs, target, verdict) => [
    metric,
    browser,
    lib,
    base,
    r,
    pairs,
    target,
    verdict,
  ];
  if (!b) return [];
  if (b.skipped || b.error) {
    return [row('—', '—', '—', '—', '—', '—', b.skipped ? `skipped: ${b.skipped}` : `error: ${b.error}`)];
  }
  switch (key) {
    case 'articleRender':
      return [
        row(
          `set body → rendered + layout (${b.input.words} words, ${b.input.images} img, ${b.input.links} links)`,
          spread(b.withLayout.lib),
          spread(b.withLayout.base),
          ratioText(b.withLayout.ratio),
          pairText(b.withLayout.ratio),
          '≤ 1.0, never > 1.2',
          ratioVerdict(b.withLayout.ratio, 1, 1.2),
        ),
        row(
          'set body → rendered, no layout (script + DOM)',
          spread(b.withoutLayout.lib),
          spread(b.withoutLayout.base),
          ratioText(b.withoutLayout.ratio),
          pairText(b.withoutLayout.ratio),
          '≤ 1.0, never > 1.2',
          ratioVerdict(b.withoutLayout.ratio, 1, 1.2),
        ),
        ...npmRows(b, row),
      ];
    case 'articleUpdate':
      return [
        row(
          '100 body changes, each rendered + layout',
          spread(b.withLayout.lib),
          spread(b.withLayout.base),
          ratioText(b.withLayout.ratio),
          pairText(b.withLayout.ratio),
          '≤ 1.0, never > 1.2',
          ratioVerdict(b.withLayout.ratio, 1, 1.2),
        ),
        row(
          '100 body changes, no layout (script + DOM)',
          spread(b.withoutLayout.lib),
          spread(b.withoutLayout.base),
          ratioText(b.withoutLayout.ratio),
          pairText(b.withoutLayout.ratio),
          '≤ 1.0, never > 1.2',
          ratioVerdict(b.withoutLayout.ratio, 1, 1.2),
        ),
        ...npmRows(b, row),
      ];
    case 'relatedList':
      return [
        row(
          `200-item RSS → ${b.input.shownByElement} items rendered + layout (image, source, date)`,
          spread(b.full.lib),
          spread(b.full.base),
          ratioText(b.full.ratio),
          pairText(b.full.ratio),
          '≤ 1.2',
          ratioVerdict(b.full.ratio, 1.2, 1.2),
        ),
        row(
          'same, no layout (fetch + parse + render)',
          spread(b.fullWithoutLayout.lib),
          spread(b.fullWithoutLayout.base),
          ratioText(b.fullWithoutLayout.ratio),
          pairText(b.fullWithoutLayout.ratio),
          '≤ 1.2',
          ratioVerdict(b.fullWithoutLayout.ratio, 1.2, 1.2),
        ),
        row(
          `links only (hide-images hide-dates hide-source), ${b.input.shownByElement} items`,
          spread(b.linksOnly.lib),
          spread(b.linksOnly.base),
          ratioText(b.linksOnly.ratio),
          pairText(b.linksOnly.ratio),
          '≤ 1.2',
          ratioVerdict(b.linksOnly.ratio, 1.2, 1.2),
        ),
        row(
          `element (${b.input.shownByElement} items) vs baseline rendering all 200`,
          spread(b.against200.lib),
          spread(b.against200.base),
          ratioText(b.against200.ratio),
          pairText(b.against200.ratio),
          'info',
          '—',
        ),
      ];
    case 'manyElements': {
      const per = (label, key) =>
        row(
          label,
          spread(b.perElement[key]),
          '—',
          '—',
          '—',
          'info',
          `${spread(b.overStaticPerElement?.[key])} over static HTML`,
        );
      return [
        row(
          'navigation → 50 articles + 50 lists rendered + layout, vs the same as static HTML',
          spread(b.allRendered.mixed),
          spread(b.allRendered.static),
          ratioText(b.ratioToStatic),
          pairText(b.ratioToStatic),
          'info',
          '—',
        ),
        per('per element (any): over the bundle-only page; in the verdict column, over static HTML', 'any'),
        per('per <news-article> (inline JSON-LD)', 'newsArticle'),
        per('per <related-articles> (inline JSON, 6 items)', 'relatedArticles'),
      ];
    }
    case 'scrolling': {
      const out = [];
      const p = b.inPage;
      out.push(
        row(
          `script per scroll event, in-page timing (${p.lib.scrollEvents} events)`,
          spread(p.lib.perEvent),
          spread(p.base.perEvent),
          `**${fmt(p.ratio)}** (means: ${fmt(p.meanRatio)})`,
          `max ${fmt(p.lib.perEvent.max)} / ${fmt(p.base.perEvent.max)} ms`,
          '< 0.1 ms per event',
          absolute(p.lib.perEvent.median, p.base.perEvent.median),
        ),
      );
      if (b.trace?.lib) {
        const t = b.trace;
        const lib = (x) => x.byOrigin.library ?? 0;
        const base = (x) => x.byOrigin.baseline ?? 0;
        out.push(
          row(
            `script per scroll event, trace: CPU (wall) (${t.lib.scrollEvents} events)`,
            `${fmt(t.lib.perEventCpuMs, ' ms')} (${fmt(t.lib.perEventMs, ' ms')})`,
            `${fmt(t.base.perEventCpuMs, ' ms')} (${fmt(t.base.perEventMs, ' ms')})`,
            `**${fmt(t.lib.perEventCpuMs / t.base.perEventCpuMs)}** (wall: ${fmt(t.lib.perEventMs / t.base.perEventMs)})`,
            '—',
            '< 0.1 ms per event',
            absolute(t.lib.perEventCpuMs, t.base.perEventCpuMs),
          ),
          row(
            'forced synchronous layouts (trace)',
            `${lib(t.lib.forcedLayout)} in library code (${t.lib.forcedLayout.count} in all)`,
            `${base(t.base.forcedLayout)} in baseline code (${t.base.forcedLayout.count} in all)`,
            '—',
            '—',
            '0',
            lib(t.lib.forcedLayout) === 0 ? 'met' : '**MISSED**',
          ),
          row(
            'forced style recalculations (trace)',
            `${lib(t.lib.forcedStyle)} in library code, ${fmt(t.lib.forcedStyle.ms, ' ms')} (${t.lib.forcedStyle.count} in all)`,
            `${base(t.base.forcedStyle)} in baseline code, ${fmt(t.base.forcedStyle.ms, ' ms')} (${t.base.forcedStyle.count} in all)`,
            '—',
            '—',
            '0',
            lib(t.lib.forcedStyle) === 0 ? 'met' : '**MISSED**',
          ),
        );
      } else if (b.trace?.skipped) {
        out.push(
          row(
            'script per event and forced layouts (trace)',
            '—',
            '—',
            '—',
            '—',
            '—',
            `skipped: ${b.trace.skipped}`,
          ),
        );
      }
      return out;
    }
    case 'coldStart': {
      const out = [];
      const labels = {
        markup: 'own markup + attributes',
        jsonld: 'inline JSON-LD / JSON',
        'markup-css': 'own markup, no-layout-shift rules',
        'jsonld-css': 'JSON-LD, no-layout-shift rules',
      };
      const variants = Object.keys(labels).filter((variant) => b.variants[variant]);
      for (const variant of variants) {
        const v = b.variants[variant];
        const label = labels[variant];
        out.push(
          row(
            `navigation → article rendered, CDN bundle (${label}) vs plain HTML`,
            spread(v.rendered),
            spread(b.variants.plain.rendered),
            ratioText(v.ratioToPlain),
            pairText(v.ratioToPlain),
            'info',
            '—',
          ),
        );
      }
      for (const variant of variants) {
        const v = b.variants[variant];
        const label = labels[variant];
        if (v.cls.skipped) {
          out.push(row(`CLS while loading (${label})`, '—', '—', '—', '—', '0', `skipped: ${v.cls.skipped}`));
          continue;
        }
        const c = v.cls;
        const plain = b.variants.plain.cls;
        out.push(
          row(
            `CLS while loading (${label}): total (max); by where the shifted nodes are: article / related / button / page`,
            `${fmt(c.total.median)} (max ${fmt(c.total.max)}); ${fmt(c.article.median)} / ${fmt(c.related.median)} / ${fmt(c.button.median)} / ${fmt(c.page.median)}`,
            plain.total ? fmt(plain.total.median) : '—',
            '—',
            '—',
            '0',
            c.total.max === 0 ? 'met' : '**MISSED**',
          ),
        );
      }
      for (const variant of variants) {
        const f = b.variants[variant].forced;
        if (!f) continue;
        const count = (x, origin) => x.byOrigin[origin] ?? 0;
        const ms = (x, origin) => fmt(x.msByOrigin[origin] ?? 0, ' ms');
        out.push(
          row(
            `forced synchronous layouts / style recalculations while loading (${labels[variant]}; one traced load)`,
            `${count(f.forcedLayout, 'library')} (${ms(f.forcedLayout, 'library')}) / ${count(f.forcedStyle, 'library')} (${ms(f.forcedStyle, 'library')}) in library code`,
            `${count(f.forcedLayout, 'page')} / ${count(f.forcedStyle, 'page')} in the page's own script (the bench's final offsetHeight)`,
            '—',
            '—',
            '0',
            count(f.forcedLayout, 'library') + count(f.forcedStyle, 'library') === 0 ? 'met' : '**MISSED**',
          ),
        );
      }
      return out;
    }
    case 'memory':
      return Object.entries(b.kinds).map(([kind, k]) => {
        const [r1, r2] = k.rounds;
        const base = b.kinds.baseline?.rounds;
        return row(
          `${b.cycles} create/attach/render/remove cycles: ${kind === 'baseline' ? 'plain DOM (shadow root + innerHTML)' : `<${kind}>`}`,
          `heap ${fmt(r1.heapGrowth / 1024, ' KB')}, ${fmt(r2.heapGrowth / 1024, ' KB')}; nodes ${r1.nodesGrowth}, ${r2.nodesGrowth}; window listeners ${k.before.windowListeners} → ${k.windowListenersWhileAttached ?? '—'} → ${k.after.windowListeners}`,
          kind === 'baseline'
            ? '—'
            : base
              ? `heap ${fmt(base[0].heapGrowth / 1024, ' KB')}, ${fmt(base[1].heapGrowth / 1024, ' KB')}`
              : '—',
          '—',
          '—',
          '< 100 B/cycle heap in some round, no node growth, listeners restored',
          k.windowListenersRestored &&
            Math.min(r1.heapGrowthPerCycle, r2.heapGrowthPerCycle) < 100 &&
            r2.nodesGrowth <= 0
            ? 'met'
            : '**check**',
        );
      });
    case 'idle': {
      const out = [];
      const where = {
        top: 'at the top',
        scrolled: 'scrolled to the middle: buttons shown, ring at a value',
      };
      for (const [position, p] of Object.entries(b.positions)) {
        const pending = p.probe.pendingTimers.map((t) => `${fmt(t.delayMs / 1000, ' s')} ${t.kind}`);
        // The page as meant: relative times shown, and scrolled, the three buttons shown.
        const premise =
          p.state.relativeTimes > 0 && p.state.buttonsShown === (position === 'scrolled' ? 3 : 0);
        const verdict = (calls) =>
          !premise
            ? `**check**: the page is not as meant (${JSON.stringify(p.state)})`
            : calls === 0
              ? 'met'
              : '**MISSED**';
        out.push(
          row(
            `page left open ${fmt(b.idleMs / 1000, ' s')} after loading (${where[position]}): library callbacks run (in-page probe)`,
            `${p.probe.calls} (${fmt(p.probe.ms, ' ms')})${p.probe.calls ? `: ${JSON.stringify(p.probe.ran)}` : ''}; timers pending: ${pending.length ? pending.join(', ') : 'none'}; ${p.state.relativeTimes} relative times and ${p.state.buttonsShown} buttons shown`,
            '—',
            '—',
            '—',
            '0',
            verdict(p.probe.calls),
          ),
        );
        if (p.trace.skipped) {
          out.push(
            row(
              `the same, traced (${where[position]})`,
              '—',
              '—',
              '—',
              '—',
              '0',
              `skipped: ${p.trace.skipped}`,
            ),
          );
          continue;
        }
        const events = Object.entries(p.trace.scriptEvents)
          .map(([event, n]) => `${event} ${n}`)
          .join(', ');
        out.push(
          row(
            `the same, traced without the probe (${where[position]}): outermost function calls in library code on the main thread`,
            `${p.trace.calls.library ?? 0} (${fmt(p.trace.callMs.library ?? 0, ' ms')})`,
            `all script events: ${events || 'none'} (including the bench's own timer); layouts ${p.trace.layouts}`,
            '—',
            '—',
            '0',
            verdict(p.trace.calls.library ?? 0),
          ),
        );
      }
      return out;
    }
    default:
      return [];
  }
}

const table = (header, body) =>
  [
    `| ${header.join(' | ')} |`,
    `| ${header.map(() => '---').join(' | ')} |`,
    ...body.map(
      (r) => `| ${r.map((c) => String(c).replace(/\|/g, '\\|').replace(/\n/g, ' ')).join(' | ')} |`,
    ),
  ].join('\n');

function details(results) {
  const c = results.cases;
  const parts = [];
  const each = (key, fn) => {
    if (!c[key]) return;
    for (const [name, b] of Object.entries(c[key].browsers))
      if (!b.skipped && !b.error) fn(b, BROWSER_NAMES[name] ?? name);
  };
  if (c.articleRender) {
    const lines = [];
    each('articleRender', (b, name) => {
      const x = b.breakdown;
      lines.push(
        `- ${name}, sanitizing alone (no insertion): baseline DOMPurify → string ${spread(x['base-sanitize']?.script)}, → fragment (same config, no hooks) ${spread(x['base-sanitize-fragment']?.script)}, library \`sanitizeHtml()\` (npm build: its URL, link, image and bidi rules) ${x['lib-sanitize'] ? spread(x['lib-sanitize'].script) : `— (${x.note})`}.`,
        `- ${name}, library \`sanitizeHtml()\` + inserting its nodes into a shadow root as the element does, without Lit: ${x['lib-sanitize-insert'] ? `${spread(x['lib-sanitize-insert'].script)} (with layout ${spread(x['lib-sanitize-insert'].total)})` : '—'}; the whole element: ${spread(b.withoutLayout.lib)} (with layout ${spread(b.withLayout.lib)}).`,
        `- ${name}, output checked: library ${b.checks.lib?.images} images / ${b.checks.lib?.links} links, baseline ${b.checks.base?.images} / ${b.checks.base?.links}.`,
      );
    });
    parts.push(`### 1. Article render

The sample article's paragraphs repeated to about 5,000 words, with 20 figures (the local
\`bench/assets/tiny.png\`, relative and absolute http URLs, with width and height) and 50 links
(https, relative, some \`target="_blank"\`), a few subheadings and blockquotes; a different
body each run. Library: a connected \`<news-article lang="ar">\` that has rendered once; timed
from setting \`body\` to \`await el.updateComplete\` (script + DOM), then \`el.offsetHeight\`
(with layout). Baseline: a private DOMPurify instance (\`node_modules/dompurify/dist/purify.es.mjs\`)
with the library's own \`BASE_CONFIG\`, imported from \`src/shared/sanitize-html.ts\` (returning a string,
without the library's own rules on URLs, links and images), \`innerHTML\` into a shadow root that adopts
\`customElements.get('news-article').elementStyles\`, inside the same \`article\` / \`.body\`
wrappers, then \`offsetHeight\`. Runs alternate library and baseline; \`gc()\` and a frame
before each run (not timed).

${lines.join('\n')}`);
  }
  if (c.articleUpdate) {
    parts.push(`### 2. Article update

One connected \`<news-article>\`; 100 different bodies of the sample article's size (paragraphs
rotated, a numbered paragraph, 2 figures, 5 links) set one after the other, each followed by
\`await updateComplete\` and \`offsetHeight\`. Baseline: the same 100 bodies through DOMPurify +
\`innerHTML\` into one shadow root. "No layout" sums the set-to-updated times only.`);
  }
  if (c.relatedList) {
    const lines = [];
    each('relatedList', (b, name) =>
      lines.push(
        `- ${name}: \`max="200"\` shows **${b.input.shownByElement}** items (the element caps \`max\` at 100); the baseline renders the same number, and in the last row all ${b.input.shownByBaseline200 ?? 200}.`,
      ),
    );
    parts.push(`### 3. Related list

A generated 200-item RSS 2.0 feed (title, link, guid, pubDate, dc:creator, HTML description in
CDATA, media:thumbnail) served at \`/bench/gen/related-200.rss\` (\`no-store\`). Library: a connected
\`<related-articles max="200">\`, timed from setting \`src\` to its \`load\` event and
\`updateComplete\`, then \`offsetHeight\`. Baseline: \`fetch\` of the same URL, \`DOMParser\`
(application/xml), the first N items read by hand, and a hand-written Lit template (lit from
node_modules) with the same fields (thumbnail, title, source, date formatted by one cached
\`Intl.DateTimeFormat\`) rendered into a shadow root that adopts the element's stylesheets.
"Links only": the element with \`hide-images hide-dates hide-source\` vs a template of title links.

${lines.join('\n')}`);
  }
  if (c.manyElements) {
    const lines = [];
    each('manyElements', (b, name) =>
      lines.push(
        `- ${name}: navigation → rendered: 50+50 ${spread(b.allRendered.mixed)}, 50 articles ${spread(b.allRendered.articles)}, 50 lists ${spread(b.allRendered.lists)}, bundle only ${spread(b.allRendered.empty)}; static HTML: all ${spread(b.allRendered.static)}, articles ${spread(b.allRendered.staticArticles)}, lists ${spread(b.allRendered.staticLists)}.`,
      ),
    );
    parts.push(`### 4. A page with 100 elements

A generated page with 50 \`<news-article>\` (inline schema.org JSON-LD of the sample article) and
50 \`<related-articles>\` (inline JSON, 6 items each), loading \`dist/cdn/news-elements.js\`. A
module script after the elements waits for every element's \`updateComplete\`, forces layout and
records \`performance.now()\` (time since navigation start). The baseline is the same content as
static HTML. "Per element" subtracts a page that loads the bundle with no element, run by run,
and divides by the number of elements (variants with only articles or only lists); "over static
HTML" subtracts the static page with the same content instead (the cost of the components over
the same markup served as HTML, including loading the bundle).

${lines.join('\n')}`);
  }
  if (c.scrolling) {
    const lines = [];
    each('scrolling', (b, name) => {
      if (b.trace?.lib) {
        const t = b.trace;
        lines.push(
          `- ${name} trace: ${t.lib.scrollEvents} scroll events in ${fmt(t.lib.durationMs / 1000, ' s')}; library script ${fmt(t.lib.scriptMs.library ?? 0, ' ms')} wall, ${fmt(t.lib.scriptCpuMs.library ?? 0, ' ms')} CPU; forced layouts by origin ${JSON.stringify(t.lib.forcedLayout.byOrigin)} (${fmt(t.lib.forcedLayout.ms, ' ms')}), forced style recalculations ${JSON.stringify(t.lib.forcedStyle.byOrigin)} (${fmt(t.lib.forcedStyle.ms, ' ms')}). Baseline: script ${fmt(t.base.scriptMs.baseline ?? 0, ' ms')} wall, forced layouts ${JSON.stringify(t.base.forcedLayout.byOrigin)}, forced style ${JSON.stringify(t.base.forcedStyle.byOrigin)} (${fmt(t.base.forcedStyle.ms, ' ms')}).`,
        );
      }
      if (b.stacks) {
        lines.push(
          `- ${name} stacks (a second trace, ${b.stacks.scrollEvents} events, with JS stacks): forced layouts ${JSON.stringify(b.stacks.forcedLayout.byOrigin)}, forced style recalculations ${JSON.stringify(b.stacks.forcedStyle.byOrigin)}.`,
        );
        for (const example of [
          ...b.stacks.forcedLayout.examples.slice(0, 1),
          ...b.stacks.forcedStyle.examples.slice(0, 1),
        ]) {
          lines.push(`  - stack of a forced recalculation (minified bundle; top first): \`${example}\``);
        }
      }
      const p = b.inPage;
      lines.push(
        `- ${name} in-page: library ${p.lib.scrollEvents} events (its scroll listeners ran ${p.lib.listenerCalls ?? '?'} times, its observer callbacks ${p.lib.observerCalls ?? '?'} times), per event ${spread(p.lib.perEvent)} (mean ${fmt(p.lib.perEvent.mean, ' ms')}, max ${fmt(p.lib.perEvent.max, ' ms')}); baseline ${spread(p.base.perEvent)} (mean ${fmt(p.base.perEvent.mean, ' ms')}).`,
      );
    });
    parts.push(`### 5. Scrolling

A long Arabic article page (\`/bench/gen/scroll-lib.html\`) with three \`<scroll-top-button>\`
(default; \`threshold="400" position="start" show-label\`; \`progress\`), scrolled
${results.meta.counts.scrollEvents} times, one \`scrollTo\` per frame along a triangle wave over 6,000 px
(crossing both thresholds), after ${results.meta.counts.scrollWarmup} warm-up steps. Baseline: the same page with
three plain buttons and a hand-written passive scroll listener + one animation frame, reads then
writes (\`bench/pages/scroll-baseline.js\`). The library's thresholds on the window are
IntersectionObservers (no script while scrolling) and its ring is a CSS scroll-driven animation
where the engine has them (Chromium); Firefox ESR has no scroll-driven animations, so there the
\`progress\` button's ring moves in 1% steps told by another IntersectionObserver (script once
per step, never per scroll event).

**Trace (Chromium).** \`page.tracing\` with \`devtools.timeline\` and \`blink.user_timing\`; only the
renderer main thread between two performance marks is read. Script time is the CPU (thread) time (and the wall
time, which also counts waiting for a core) of the outermost \`FunctionCall\` events whose function is in \`dist/cdn/\` (the library) or
in the baseline script, divided by the number of \`EventDispatch\` scroll events; tracing itself
slows every traced call, so these times are higher than the in-page ones. A **forced layout** is
a \`Layout\` event inside a script event (FunctionCall, EventDispatch, FireAnimationFrame,
TimerFire, RunMicrotasks), i.e. a script read layout (scrollY, offsetHeight,
getBoundingClientRect...) while it was dirty and the engine had to lay out synchronously;
layouts in the frame's own rendering step are not forced. A **forced style recalculation** is the
same for \`UpdateLayoutTree\`. Each is attributed to the code of the innermost FunctionCall
around it. A second, short trace adds \`disabled-by-default-devtools.timeline.stack\`, under which
Chromium records the JavaScript stack of each forced Layout / UpdateLayoutTree
(\`beginData.stackTrace\`): it names the function that forced it.

**In-page (both browsers).** With \`?wrap\`, \`bench/pages/scroll-driver.js\` wraps
\`addEventListener\` (scroll, resize), \`requestAnimationFrame\` and the Intersection and Resize
observers before the page's code loads and times every call; the driver itself uses the original
functions. Per event = the time in the page's listeners, frame callbacks and observer callbacks in
that frame.

${lines.join('\n')}`);
  }
  if (c.coldStart) {
    const lines = [];
    each('coldStart', (b, name) => {
      for (const [variant, v] of Object.entries(b.variants)) {
        const shifts = v.cls?.exampleShifts?.length
          ? `; shifts in one load: ${v.cls.exampleShifts
              .map(
                (s) =>
                  `${fmt(s.value)} at ${fmt(s.time, ' ms')} (${s.sources.map((x) => `${x.node} in ${x.owner}, top+height ${x.from} → ${x.to}`).join(', ')})`,
              )
              .join('; ')}`
          : '';
        lines.push(
          `- ${name} ${variant}: rendered ${spread(v.rendered)}, first contentful paint ${spread(v.fcp)}${v.cls?.total ? `, CLS ${spread(v.cls.total, '')}` : ''}${shifts}.`,
        );
      }
    });
    parts.push(`### 6. Cold start and layout shift

The sample article on an Arabic page with a site header and footer, a \`<related-articles>\`
(6 links) and a \`<scroll-top-button>\`, loaded in a fresh browser context each time (empty
cache; every response is \`no-store\`). \`markup\`: the publisher quick start (attributes + the
article's own HTML inside the tag, fallback links, fallback \`#top\` link); \`jsonld\`: inline
JSON-LD / JSON; \`-css\`: the same two with README's no-layout-shift rules
(src/no-layout-shift.css) in \`<head>\`; \`plain\`: the same article as static HTML, no script. "Rendered" is
\`performance.now()\` once every element's \`updateComplete\` resolved and layout was forced.
CLS: a buffered \`PerformanceObserver\` for \`layout-shift\` from the first byte until two frames
and 300 ms after rendering; each shift is attributed to where the nodes that moved (its
\`sources\`) are: inside one of the three tags (through shadow roots) or the page's own nodes
("page"). A page node that moved was moved by something else: the rects below say what moved
where. Chromium rebuilds the layout of an element's children when it gets a shadow root, so the
article's own fallback markup counts as new content, not as moved, when the element upgrades.
Forced layouts (Chromium): one more cold load per variant, traced with JavaScript stacks (not
timed); a \`Layout\` or \`UpdateLayoutTree\` event with a stack was forced by a script's read, and
counts for the library when the stack's top frame is in \`dist/cdn/\`. Reading the viewport's
height on start forced a layout of the whole page mid-load (25–33 ms) until e26822e.

${lines.join('\n')}`);
  }
  if (c.memory) {
    const lines = [];
    each('memory', (b, name) => {
      for (const [kind, k] of Object.entries(b.kinds)) {
        lines.push(
          `- ${name} ${kind}: ${k.rounds.map((r, i) => `round ${i + 1}: heap ${fmt(r.heapGrowth / 1024, ' KB')} (${fmt(r.heapGrowthPerCycle, ' B')}/cycle), nodes ${r.nodesGrowth}, JS listeners ${r.jsEventListenersGrowth}, documents ${r.documentsGrowth}, ${fmt(r.msPerCycle, ' ms')}/cycle`).join('; ')}; window listeners ${k.before.windowListeners} before, ${k.windowListenersWhileAttached ?? '—'} with one attached (${JSON.stringify(k.windowListenerTypesWhileAttached ?? {})}), ${k.after.windowListeners} after.`,
        );
      }
    });
    parts.push(`### 7. Memory

Chromium only. On the harness page, per element: 100 warm-up cycles; a snapshot; two rounds of
${results.meta.counts.cycles} cycles (create, set data, attach, \`await updateComplete\`, remove; a task every 50
cycles), each followed by a snapshot. A snapshot is three \`HeapProfiler.collectGarbage\`, then
\`Performance.getMetrics\` (JSHeapUsedSize, Nodes, JSEventListeners, Documents) and
\`DOMDebugger.getEventListeners\` on \`window\`. A leak grows in both rounds; growth in the first
round only is warm-up (compiled code, caches).

${lines.join('\n')}`);
  }
  if (c.idle) {
    parts.push(`### 8. Idle

"No cost while idle": an Arabic article page a reader leaves open (\`/bench/gen/idle.html\`): the
sample article from inline JSON-LD and a related list from inline JSON, both with
\`relative-time\` and dates from a few minutes before (so relative times are shown), the three
back-to-top controls of case 5 (one with the progress ring) and a long page. Once every element
has rendered, the page stays at the top, or is scrolled to the middle (the buttons show, the
ring has a value), and is left alone for a frame and 1 s, then for the measured
${fmt(results.meta.counts.idleMs / 1000, ' s')}. **In-page (both browsers):**
\`bench/pages/idle-probe.js\`, a classic script before the bundle, wraps \`setTimeout\`,
\`setInterval\`, \`requestAnimationFrame\`, \`requestIdleCallback\`, \`addEventListener\` and the
Intersection, Resize and Mutation observers when the caller's stack is in \`dist/cdn/\`, and counts and times
their callbacks during the window; the library's timers still pending at its end are listed (a
60 s timer is the minute after which relative times are rendered again, while any is shown).
**Trace (Chromium):** the same page without the probe, traced (\`devtools.timeline\`) over the
same window: the outermost \`FunctionCall\` events on the renderer main thread whose function is
in \`dist/cdn/\`. The 3 s cap on an update's wait for an on-demand module fired once on every
such page until 3bf9939.`);
  }
  return parts.join('\n\n');
}

function missed(results) {
  const out = [];
  for (const [key, c] of Object.entries(results.cases)) {
    for (const [name, b] of Object.entries(c.browsers)) {
      for (const r of rows(key, b, name)) {
        if (/MISSED|check/.test(r[7]))
          out.push(
            `- ${c.id}. ${c.title}, ${r[1]}: ${r[0]}: ${r[2]} vs ${r[3]} (ratio ${r[4].replace(/\*/g, '')}; target ${r[6]}).`,
          );
        if (/^error/.test(r[7])) out.push(`- ${c.id}. ${c.title}, ${r[1]}: ${r[7]}`);
      }
    }
  }
  return out.length ? out.join('\n') : 'None.';
}

export function renderMarkdown(results) {
  const m = results.meta;
  const header = [
    'metric',
    'browser',
    'library median [IQR]',
    'baseline median [IQR]',
    'ratio',
    'paired ratio IQR (min–max)',
    'target',
    'verdict',
  ];
  const sections = Object.entries(results.cases).map(([key, c]) => {
    const body = Object.entries(c.browsers).flatMap(([name, b]) => rows(key, b, name));
    return `### ${c.id}. ${c.title}\n\n${table(header, body)}`;
  });
  const counts = m.counts;
  return `# news-elements benchmark results

Generated by \`${m.command}\` (bench/run.mjs; options: \`--quick\`, \`--build\`, \`--browsers=chromium,firefox\`, \`--cases=1,...,8\`) on ${m.date}${m.quick ? ' — **quick mode: fewer runs, not for comparison**' : ''}.

- Machine: ${m.machine.cpu}, ${m.machine.cores} cores, ${fmt(m.machine.memoryGB, ' GB')} memory; ${m.machine.os}; Node ${m.machine.node}.
- Browsers (headless, puppeteer-core): ${Object.entries(m.browsers)
    .map(([name, version]) => `${BROWSER_NAMES[name] ?? name} ${version}`)
    .join('; ')}.
- Load average (1 min) at start / end: ${fmt(m.loadAverage?.start)} / ${fmt(m.loadAverage?.end)} on ${m.machine.cores} cores${Math.max(m.loadAverage?.start ?? 0, m.loadAverage?.end ?? 0) > m.machine.cores / 2 ? ' — **other processes were competing for the CPU: expect noisy numbers, compare ratios within this run only**' : ''}.
- Build measured: \`dist/\` as built at ${m.build.built}, served from a copy taken at the start (a rebuild during the run does not affect it)${m.build.staleAgainstSrc ? ' (**older than src/**: run with `--build` to measure the current sources)' : ''}.
- Runs (after warm-up runs, library and baseline alternating): article render ${counts.render[1]} (+${counts.render[0]}), article update ${counts.update[1]} (+${counts.update[0]}) × 100 changes, related list ${counts.related[1]} (+${counts.related[0]}), 100-element page ${counts.many[1]} (+${counts.many[0]}) loads per variant, scrolling ${counts.scrollEvents} events (+${counts.scrollWarmup}) per page, cold start ${counts.cold[1]} (+${counts.cold[0]}) loads per variant, memory 2 × ${counts.cycles} cycles (+100) per element. Whole run: ${fmt(m.seconds, ' s')}.
- Times in ms (\`performance.now()\`, cross-origin isolated pages; Firefox with \`privacy.reduceTimerPrecision\` off). "ratio" = library median / baseline median (below 1: the library is faster); the spread is of the run-by-run ratios.

## Summary

${sections.join('\n\n')}

## Targets missed

${missed(results)}

## Method and details

${details(results)}

## Bundle size (\`npm run size\`)

${results.size}
`;
}

async function prettify(root, file, text) {
  try {
    const prettier = await import('prettier');
    const config = (await prettier.resolveConfig(join(root, file))) ?? {};
    return await prettier.format(text, { ...config, filepath: join(root, file) });
  } catch {
    return text;
  }
}

export async function writeReport(root, results) {
  await writeFile(
    join(root, 'bench/results.json'),
    await prettify(root, 'bench/results.json', `${JSON.stringify(results, null, 2)}\n`),
  );
  await writeFile(
    join(root, 'bench/RESULTS.md'),
    await prettify(root, 'bench/RESULTS.md', renderMarkdown(results)),
  );
}
