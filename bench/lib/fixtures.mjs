// Generated inputs for the benchmark: article bodies scaled from the Arabic sample article, a
// 200-item RSS feed, and the pages of the page-level cases. Deterministic (no randomness), so
// two runs measure the same work. Served as virtual files by bench/lib/server.mjs.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export const IMAGE = '/bench/assets/tiny.png';
export const BUNDLE = '/dist/cdn/news-elements.js';

const escapeHtml = (text) =>
  String(text).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c],
  );

const words = (html) =>
  html
    .replace(/<[^>]*>/g, ' ')
    .split(/\s+/)
    .filter(Boolean).length;

export function loadSamples(root) {
  const article = JSON.parse(readFileSync(join(root, 'tests/fixtures/sample-article.json'), 'utf8'));
  const jsonLd = JSON.parse(readFileSync(join(root, 'tests/fixtures/sample-article.jsonld'), 'utf8'));
  const paragraphs = [...article.body.matchAll(/<p>([\s\S]*?)<\/p>/g)].map((m) => m[1]);
  return { article, jsonLd, paragraphs };
}

/** Wraps words `from`..`from+count` of a paragraph's text in a link. */
function linkify(paragraph, href, extra = '') {
  const parts = paragraph.split(' ');
  const from = Math.min(3, Math.max(0, parts.length - 3));
  parts.splice(from, 2, `<a href="${href}"${extra}>${parts[from]} ${parts[from + 1] ?? ''}</a>`);
  return parts.join(' ');
}

function figure(index, origin) {
  // Half relative, half absolute http URLs (both allowed by the sanitizer); explicit sizes, so
  // layout does not wait for the image.
  const src = index % 2 === 0 ? IMAGE : `${origin}${IMAGE}`;
  return (
    `<figure><img src="${src}" alt="صورة توضيحية ${index + 1}" width="640" height="360">` +
    `<figcaption>صورة ${index + 1} من المفاوضات</figcaption></figure>`
  );
}

/**
 * The sample body scaled to about `targetWords` words, with `images` figures and `links` links
 * (absolute https, relative, and target=_blank ones, which the sanitizer rewrites), a
 * few subheadings and blockquotes.
 */
export function bigArticleBody({ paragraphs }, origin, { targetWords = 5000, images = 20, links = 50 } = {}) {
  const sampleWords = words(paragraphs.join(' '));
  const count = Math.ceil((targetWords / sampleWords) * paragraphs.length);
  const blocks = [];
  const imageEvery = count / images;
  const linkEvery = count / links;
  let linkIndex = 0;
  let imageIndex = 0;
  for (let i = 0; i < count; i++) {
    let text = paragraphs[i % paragraphs.length];
    if (i >= linkIndex * linkEvery && linkIndex < links) {
      const n = linkIndex++;
      const href =
        n % 3 === 0
          ? `https://example.com/ar/news/${n}`
          : n % 3 === 1
            ? `/ar/topic/${n}`
            : `https://example.org/${n}`;
      const extra = n % 5 === 0 ? ' target="_blank" rel="noopener"' : n % 7 === 0 ? ' rel="nofollow"' : '';
      text = linkify(text, href, extra);
    }
    if (i > 0 && i % 25 === 0) blocks.push(`<h2>عنوان فرعي ${i / 25}</h2>`);
    blocks.push(i % 40 === 20 ? `<blockquote><p>${text}</p></blockquote>` : `<p>${text}</p>`);
    if (i >= (imageIndex + 0.5) * imageEvery && imageIndex < images)
      blocks.push(figure(imageIndex++, origin));
  }
  while (imageIndex < images) blocks.push(figure(imageIndex++, origin));
  const html = blocks.join('\n');
  return { html, words: words(html), images, links: linkIndex, paragraphs: count };
}

/** `n` different bodies of the sample's size: paragraphs rotated, a numbered paragraph, 2 images, 5 links. */
export function articleBodies({ paragraphs }, origin, n = 100) {
  const bodies = [];
  for (let i = 0; i < n; i++) {
    const rotated = paragraphs.map((_, k) => paragraphs[(k + i) % paragraphs.length]);
    const blocks = rotated.map((text, k) =>
      k < 5
        ? `<p>${linkify(text, k % 2 ? `/ar/news/${i}-${k}` : `https://example.com/ar/${i}/${k}`)}</p>`
        : `<p>${text}</p>`,
    );
    blocks.splice(1, 0, `<p>تحديث رقم ${i + 1}</p>`);
    blocks.splice(4, 0, figure(i * 2, origin));
    blocks.push(figure(i * 2 + 1, origin));
    bodies.push(blocks.join('\n'));
  }
  return bodies;
}

const HEADLINES = [
  'مجلس الأمن يدعو إلى وقف فوري لإطلاق النار في ناغورنو كاراباخ',
  'ماكرون وبوتين يبحثان هاتفياً التصعيد في جنوب القوقاز',
  'آلاف النازحين يفرّون من ستيباناكيرت مع اشتداد القصف',
  'وزير الخارجية الأذربيجاني يصل إلى جنيف للقاء مجموعة مينسك',
  'أرمينيا تعلن استعدادها لاستئناف عملية السلام مع باكو',
  'الصليب الأحمر يطالب بحماية المدنيين في الإقليم',
  'موسكو تستضيف جولة جديدة من المفاوضات',
  'تركيا تجدد دعمها لأذربيجان في النزاع',
];

const DAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
function rfc822(date) {
  const pad = (n) => String(n).padStart(2, '0');
  return (
    `${DAYS[date.getUTCDay()]}, ${pad(date.getUTCDate())} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()} ` +
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}:00 +0000`
  );
}

/** A feed item's data (shared by the RSS feed, the inline JSON lists and the static pages). */
export function relatedItem(i) {
  const date = new Date(Date.UTC(2020, 9, 9, 12) - i * 3_600_000 * 5);
  return {
    title: `${HEADLINES[i % HEADLINES.length]} (${i + 1})`,
    url: `https://example.com/ar/news/related-${i + 1}`,
    image: IMAGE,
    published: date.toISOString(),
    rfc822: rfc822(date),
    source: 'الأوبزرفر العربي',
    author: 'مراسلنا',
    summary: `<p>ملخص الخبر رقم ${i + 1}: <strong>تطورات جديدة</strong> في المفاوضات &amp; ردود الفعل.</p>`,
  };
}

/** An RSS 2.0 feed of `n` items in the shape of tests/fixtures/feeds/related.rss. */
export function rssFeed(n = 200) {
  const items = Array.from({ length: n }, (_, i) => {
    const item = relatedItem(i);
    return `    <item>
      <title>${escapeHtml(item.title)}</title>
      <link>${item.url}</link>
      <guid isPermaLink="false">item-${i + 1}</guid>
      <pubDate>${item.rfc822}</pubDate>
      <dc:creator>${item.author}</dc:creator>
      <description><![CDATA[${item.summary}]]></description>
      <media:thumbnail url="${item.image}" width="320" height="180" />
    </item>`;
  });
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:media="http://search.yahoo.com/mrss/" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
  <channel>
    <title>الأوبزرفر العربي</title>
    <link>https://example.com/ar/</link>
    <description>آخر الأخبار</description>
    <language>ar</language>
${items.join('\n')}
  </channel>
</rss>
`;
}

const jsonItems = (offset, n) =>
  Array.from({ length: n }, (_, k) => {
    const { rfc822: _rfc, summary: _summary, author: _author, ...item } = relatedItem(offset + k);
    return item;
  });

/** JSON inside a <script> element: no "</script" can end it early. */
const scriptJson = (value) => JSON.stringify(value).replace(/</g, '\\u003c');

const PAGE_HEAD = (title, lang = 'en', dir = 'ltr') => `<!doctype html>
<html lang="${lang}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>`;

/** Records "all rendered": every element updated, layout forced; the time is from navigation start. */
const RENDERED_SCRIPT = `<script type="module">
  const tags = ['news-article', 'related-articles', 'scroll-top-button'].filter((tag) => document.querySelector(tag));
  await Promise.all(tags.map((tag) => customElements.whenDefined(tag)));
  const elements = [...document.querySelectorAll(tags.join(',') || 'none')];
  await Promise.all(elements.map((element) => element.updateComplete));
  void document.body.offsetHeight;
  window.__rendered = performance.now();
  window.__elements = elements.length;
</script>`;

/** The static equivalent of a rendered article (for the plain HTML baselines). */
function staticArticle(jsonLd, headline, headingTag = 'h2') {
  const paragraphs = jsonLd.articleBody
    .split(/\n\s*\n/)
    .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
    .join('\n');
  return `<article lang="ar" dir="rtl" class="static-article">
<header><${headingTag}>${escapeHtml(headline)}</${headingTag}><p class="sub">${escapeHtml(jsonLd.alternativeHeadline ?? '')}</p>
<p class="dates"><span>نُشر في</span> <time datetime="${jsonLd.datePublished}">الجمعة، ٩ أكتوبر ٢٠٢٠ في ٧:٣٠ م</time></p></header>
<div class="body">${paragraphs}</div>
<footer><span>المصدر:</span> <bdi>${escapeHtml(jsonLd.publisher?.name ?? '')}</bdi></footer>
</article>`;
}

function staticList(items) {
  return `<nav lang="ar" dir="rtl" class="static-list"><h2>مقالات ذات صلة</h2><ul>${items
    .map(
      (item) =>
        `<li><a href="${item.url}"><img src="${item.image}" alt="" width="96" height="54"><span><bdi>${escapeHtml(item.title)}</bdi> <time datetime="${item.published}">${item.published.slice(0, 10)}</time></span></a></li>`,
    )
    .join('')}</ul></nav>`;
}

const STATIC_STYLE = `<style>
  body { margin: 0 auto; max-width: 60em; font-family: system-ui, sans-serif; }
  .static-article { font-size: max(1em, 16px); line-height: 1.8; max-inline-size: 42em; }
  .static-list ul { list-style: none; padding: 0; display: grid; gap: 1em; }
  .static-list a { display: flex; gap: 0.75em; color: inherit; text-decoration: none; }
</style>`;

/**
 * Case 4: 50 <news-article> (inline JSON-LD) and 50 <related-articles> (inline JSON), or only
 * one kind, or none (bundle only), or the same content as static HTML.
 */
export function manyPage(samples, variant, { articles = 50, lists = 50 } = {}) {
  const withArticles = ['mixed', 'articles', 'static', 'static-articles'].includes(variant);
  const withLists = ['mixed', 'lists', 'static', 'static-lists'].includes(variant);
  const isStatic = variant.startsWith('static');
  const blocks = [];
  const n = Math.max(articles, lists);
  for (let i = 0; i < n; i++) {
    const headline = `${samples.jsonLd.headline} (${i + 1})`;
    const items = jsonItems(i * 6, 6);
    if (withArticles && i < articles) {
      blocks.push(
        isStatic
          ? staticArticle(samples.jsonLd, headline)
          : `<news-article><script type="application/ld+json">${scriptJson({ ...samples.jsonLd, headline, url: `https://example.com/ar/article-${i + 1}` })}</script></news-article>`,
      );
    }
    if (withLists && i < lists) {
      blocks.push(
        isStatic
          ? staticList(items)
          : `<related-articles><script type="application/json">${scriptJson({ items })}</script></related-articles>`,
      );
    }
  }
  const bundle = isStatic ? '' : `<script type="module" src="${BUNDLE}"></script>`;
  return `${PAGE_HEAD(`bench: many elements (${variant})`)}
${bundle}
${isStatic ? STATIC_STYLE : ''}
</head>
<body>
${blocks.join('\n')}
${RENDERED_SCRIPT}
</body>
</html>
`;
}

/**
 * Observes layout shifts from the first byte (buffered), and attributes each shift to the
 * elements among its sources: the nearest <news-article>, <related-articles> or
 * <scroll-top-button> (through shadow roots), else "page".
 */
const CLS_SCRIPT = `<script>
  window.__shifts = [];
  window.__clsSupported = (PerformanceObserver.supportedEntryTypes || []).includes('layout-shift');
  const owner = (node) => {
    for (let n = node; n; ) {
      if (n.nodeType === 1 && /^(news-article|related-articles|scroll-top-button)$/.test(n.localName)) return n.localName;
      n = n.parentNode || (n.host ?? null);
    }
    return 'page';
  };
  const describe = (node) =>
    !node ? '?' : node.nodeType === 1 ? node.localName + (node.className ? '.' + String(node.className).split(' ')[0] : '') : '#text';
  if (window.__clsSupported) {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) {
        if (entry.hadRecentInput) continue;
        const sources = (entry.sources || []).map((source) => ({
          owner: owner(source.node),
          node: describe(source.node),
          from: Math.round(source.previousRect.top) + '+' + Math.round(source.previousRect.height),
          to: Math.round(source.currentRect.top) + '+' + Math.round(source.currentRect.height),
        }));
        const owners = [...new Set(sources.map((source) => source.owner))];
        window.__shifts.push({ value: entry.value, time: entry.startTime, owners, sources });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  }
</script>`;

const SITE_HEADER = `<header class="site" id="top"><h1>الأوبزرفر العربي</h1><p>أخبار العالم العربي</p></header>`;
const SITE_FOOTER = `<footer class="site"><p>© الأوبزرفر العربي</p><p>جميع الحقوق محفوظة</p></footer>`;
const SITE_STYLE = `<style>
  body { margin: 0 auto; max-width: 60em; padding: 0 1em; font-family: system-ui, sans-serif; }
  header.site, footer.site { padding: 1em 0; border-block: 1px solid #ccc; }
</style>`;

/**
 * Case 6: the sample article, a related list and a back-to-top button, cold. `markup`: the
 * publisher quick start (attributes + the page's own markup inside the tags); `jsonld`: inline
 * JSON-LD and JSON (partner blog); `plain`: the same article as static HTML, no script.
 */
export function coldPage(samples, variant, root = process.cwd()) {
  // `markup-css`, `jsonld-css`: the same pages with README's no-layout-shift rules in <head>.
  const css = variant.endsWith('-css')
    ? `<style>\n${readFileSync(join(root, 'src/no-layout-shift.css'), 'utf8')}</style>\n`
    : '';
  variant = variant.replace(/-css$/, '');
  const { article, jsonLd } = samples;
  const items = jsonItems(0, 6);
  const links = `<ul>${items.map((item) => `<li><a href="${item.url}">${escapeHtml(item.title)}</a></li>`).join('')}</ul>`;
  let main;
  if (variant === 'plain') {
    main = `${staticArticle(jsonLd, article.headline)}
<nav class="static-list"><h2>مقالات ذات صلة</h2>${links}</nav>
<p><a href="#top">العودة إلى الأعلى</a></p>`;
  } else if (variant === 'markup') {
    main = `<news-article headline="${escapeHtml(article.headline)}" subheadline="${escapeHtml(article.subheadline)}" source="${escapeHtml(article.source)}" published="${article.published}" lang="ar">
${article.body}
</news-article>
<related-articles lang="ar">${links}</related-articles>
<scroll-top-button><a href="#top">العودة إلى الأعلى</a></scroll-top-button>`;
  } else {
    main = `<news-article><script type="application/ld+json">${scriptJson(jsonLd)}</script></news-article>
<related-articles><script type="application/json">${scriptJson({ items })}</script></related-articles>
<scroll-top-button><a href="#top">العودة إلى الأعلى</a></scroll-top-button>`;
  }
  const bundle = variant === 'plain' ? '' : `<script type="module" src="${BUNDLE}"></script>`;
  return `${PAGE_HEAD(`bench: cold start (${variant})`, 'ar', 'rtl')}
${css}${CLS_SCRIPT}
${bundle}
${SITE_STYLE}${variant === 'plain' ? STATIC_STYLE : ''}
</head>
<body>
${SITE_HEADER}
<main>
${main}
</main>
${SITE_FOOTER}
${RENDERED_SCRIPT}
</body>
</html>
`;
}

/**
 * Case 5: a long article page with three back-to-top controls: <scroll-top-button> (`lib`) or a
 * hand-written equivalent (`base`, bench/pages/scroll-baseline.js).
 */
export function scrollPage(samples, variant, paragraphs = 160) {
  const text = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${samples.paragraphs[i % samples.paragraphs.length]}</p>`,
  ).join('\n');
  const controls =
    variant === 'lib'
      ? `<scroll-top-button><a href="#top">العودة إلى الأعلى</a></scroll-top-button>
<scroll-top-button threshold="400" position="start" show-label><a href="#top">العودة إلى الأعلى</a></scroll-top-button>
<scroll-top-button progress><a href="#top">العودة إلى الأعلى</a></scroll-top-button>`
      : `<button class="btt" data-threshold="100%" type="button" aria-label="العودة إلى الأعلى">↑</button>
<button class="btt start" data-threshold="400" type="button">↑ العودة إلى الأعلى</button>
<button class="btt" data-threshold="100%" data-progress type="button" aria-label="العودة إلى الأعلى"><span class="ring"></span>↑</button>`;
  return `${PAGE_HEAD(`bench: scrolling (${variant})`, 'ar', 'rtl')}
${SITE_STYLE}
<style>
  .btt { position: fixed; inset-block-end: 16px; inset-inline-end: 16px; min-inline-size: 48px; block-size: 48px;
    border: 0; border-radius: 999px; visibility: hidden; opacity: 0; transition: opacity 200ms; }
  .btt.start { inset-inline-end: auto; inset-inline-start: 16px; }
  .btt.shown { visibility: visible; opacity: 1; }
  .btt .ring { position: absolute; inset: 0; border-radius: 50%; border: 3px solid rgb(0 0 0 / calc(var(--progress, 0) * 100%)); }
</style>
<script type="module" src="/bench/pages/scroll-driver.js"></script>
</head>
<body data-variant="${variant}">
${SITE_HEADER}
<main id="article">${text}</main>
${controls}
${SITE_FOOTER}
</body>
</html>
`;
}

/**
 * Case 8: an article page a reader leaves open: the sample article (inline JSON-LD) and a related
 * list (inline JSON), both with `relative-time` and dates a few minutes before `now`, the three
 * back-to-top controls of case 5 (one with the progress ring) and a long page to scroll.
 * bench/pages/idle-probe.js loads first and counts what the library schedules (`probe: false`:
 * the same page without it, for the trace).
 */
export function idlePage(samples, { probe = true, now = Date.now(), paragraphs = 120 } = {}) {
  const minutesAgo = (m) => new Date(now - m * 60_000).toISOString();
  const jsonLd = { ...samples.jsonLd, datePublished: minutesAgo(5), dateModified: minutesAgo(2) };
  const items = jsonItems(0, 6).map((item, i) => ({ ...item, published: minutesAgo(10 + 30 * i) }));
  const text = Array.from(
    { length: paragraphs },
    (_, i) => `<p>${samples.paragraphs[i % samples.paragraphs.length]}</p>`,
  ).join('\n');
  return `${PAGE_HEAD('bench: idle', 'ar', 'rtl')}
${probe ? '<script src="/bench/pages/idle-probe.js"></script>\n' : ''}<script type="module" src="${BUNDLE}"></script>
${SITE_STYLE}
</head>
<body>
${SITE_HEADER}
<main>
<news-article relative-time><script type="application/ld+json">${scriptJson(jsonLd)}</script></news-article>
${text}
<related-articles relative-time><script type="application/json">${scriptJson({ items })}</script></related-articles>
</main>
<scroll-top-button><a href="#top">العودة إلى الأعلى</a></scroll-top-button>
<scroll-top-button threshold="400" position="start" show-label><a href="#top">العودة إلى الأعلى</a></scroll-top-button>
<scroll-top-button progress><a href="#top">العودة إلى الأعلى</a></scroll-top-button>
${SITE_FOOTER}
${RENDERED_SCRIPT}
</body>
</html>
`;
}

/** Data for bench/pages/harness.js. */
export function harnessData(samples, origin) {
  const big = bigArticleBody(samples, origin);
  return {
    big,
    bodies: articleBodies(samples, origin, 100),
    sample: samples.article,
    relatedItems: jsonItems(0, 6),
  };
}
