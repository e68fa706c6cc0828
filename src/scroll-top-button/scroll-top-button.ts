import { ReactiveElement, type PropertyValues } from '@lit/reactive-element';
import { styles } from './scroll-top-button.styles.js';
import { ELEMENT_BRAND, elementBrand } from '../shared/define-element.js';
import type { AddListener, RemoveListener } from '../shared/typed-events.js';
import { newsElement } from '../shared/news-element-base.js';
import { inheritedLang, normalizeLang } from '../shared/lang.js';
import { fill } from '../shared/localized-strings.js';
import { stringsFor } from './strings.js';
import { emit } from '../shared/events.js';
import type { ScrollMetrics, Scroller } from '../shared/scroll-watch.js';
import type * as ScrollScript from './scroll-script.js';
import {
  parseThreshold,
  progressThrough,
  thresholdPixels,
  watchScrolledPast,
  type ScrollThreshold,
} from '../shared/scroll-threshold.js';

export interface ScrollTopDetail {
  /** Where the reader is taken: the `target` element, or null for the top of the scroller. */
  target: Element | null;
}

const DEFAULT_THRESHOLD: ScrollThreshold = { value: 100, unit: '%' };

function prefersReducedMotion(): boolean {
  return globalThis.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
}

let scrollTimeline: boolean | undefined;

/** Asked every frame while scrolling: parse the CSS once. */
function supportsScrollTimeline(): boolean {
  return (scrollTimeline ??= globalThis.CSS?.supports?.('animation-timeline: scroll()') ?? false);
}

/** A selector, or undefined when it is empty or invalid (never throws on a bad attribute). */
function query(selector: string | undefined | null): Element | undefined {
  if (!selector?.trim()) return undefined;
  try {
    return document.querySelector(selector) ?? undefined;
  } catch {
    return undefined;
  }
}

/**
 * A "back to top" button that costs nothing while the reader scrolls. Before (and without)
 * JavaScript, a link inside the tag (`<a href="#top">`) does the job; the element upgrades it in
 * place to a real button, fixed at the bottom corner on the reading side's end.
 *
 * @tagname scroll-top-button
 * @summary An accessible, RTL-aware back-to-top control.
 *
 * @attr threshold - Scroll distance before the button shows: pixels (`400`) or a percentage of the viewport height (`50%`). Default `100%`.
 * @attr target - Selector of the element to go to instead of the top; it also receives focus. Default: the fallback link's `#fragment` element, if any.
 * @attr label - The accessible label (default localized from the nearest `lang`: "العودة إلى الأعلى", "Back to top", ...).
 * @attr show-label - Show the label as text beside the icon.
 * @attr position - `end` (default: bottom-left on RTL pages, bottom-right on LTR) or `start`.
 * @attr scroll-container - Selector of the element that scrolls instead of the window (app-shell layouts).
 * @attr progress - Show a ring with how much of the page (or of `progress-target`) has been read.
 * @attr progress-target - Selector of the element whose reading progress the ring shows (e.g. a `<news-article>`).
 * @attr lang - The label's language (default: the nearest ancestor's `lang`).
 * @attr dir - The direction that decides the corner (default: the page's, so the reading side's end).
 *
 * @prop {number} progressValue - Reading progress from 0 to 1 (read only).
 *
 * @slot icon - A custom icon in place of the arrow.
 *
 * @csspart button - The `<button>`.
 * @csspart icon - The icon wrapper.
 * @csspart label - The label text.
 * @csspart progress - The progress ring (an SVG).
 *
 * @cssprop --scroll-top-button-size - Button size (default 48px).
 * @cssprop --scroll-top-button-offset-inline - Distance from the inline edge (default 16px, plus the safe area).
 * @cssprop --scroll-top-button-offset-block - Distance from the bottom (default 16px, plus the safe area).
 * @cssprop --scroll-top-button-z-index - Stacking order (default 1000).
 * @cssprop --scroll-top-button-background - Background (default #1f2937).
 * @cssprop --scroll-top-button-hover-background - Background on hover (default #374151).
 * @cssprop --scroll-top-button-color - Icon and label color (default #fff).
 * @cssprop --scroll-top-button-border - Border (default none).
 * @cssprop --scroll-top-button-radius - Corner radius (default round).
 * @cssprop --scroll-top-button-shadow - Shadow.
 * @cssprop --scroll-top-button-focus-color - Focus outline color.
 * @cssprop --scroll-top-button-ring-color - Progress ring color.
 * @cssprop --scroll-top-button-ring-track-color - Progress ring track color.
 * @cssprop --scroll-top-button-font-family - Label font stack.
 *
 * @fires {ScrollTopDetail} scroll-top - Before scrolling. Bubbles, composed, cancelable: cancel it to scroll yourself.
 */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed listeners (interface below)
export class ScrollTopButton extends newsElement(ReactiveElement) {
  static override styles = styles;

  static override defaultTag = 'scroll-top-button';

  static override readonly [ELEMENT_BRAND] = elementBrand('scroll-top-button');

  static override properties = {
    threshold: {},
    target: {},
    label: {},
    showLabel: { type: Boolean, attribute: 'show-label', reflect: true },
    position: { reflect: true },
    scrollContainer: { attribute: 'scroll-container' },
    progress: { type: Boolean },
    progressTarget: { attribute: 'progress-target' },
    _progressText: { state: true },
  };

  declare threshold: string | undefined;
  declare target: string | undefined;
  declare label: string | undefined;
  declare showLabel: boolean;
  declare position: string | undefined;
  declare scrollContainer: string | undefined;
  declare progress: boolean;
  declare progressTarget: string | undefined;
  /** "40% read", refreshed when the button gets focus or the pointer: never announced while scrolling. */
  declare private _progressText: string;

  private _unwatch: (() => void) | undefined;
  /** What the current watch was set up for (see _watchKey). */
  private _watched: string | undefined;
  private _scroller: Scroller | undefined;
  /** Measured in the read phase, written in the write phase. */
  private _shown = false;
  private _progress = 0;
  private _appliedShown: boolean | undefined;
  private _appliedProgress: number | undefined;
  /** The shadow tree, built once (see _render). */
  private _button: HTMLButtonElement | undefined;
  private _ring: SVGSVGElement | undefined;
  private _label: HTMLSpanElement | undefined;
  private _progressNote: HTMLSpanElement | undefined;

  constructor() {
    super();
    this.showLabel = false;
    this.progress = false;
    this._progressText = '';
  }

  /** Reading progress from 0 (top) to 1 (end). */
  get progressValue(): number {
    // Measured now, on request: the ring may move in steps, in CSS alone, or wait for its
    // listener's module.
    if (this.progress) {
      const container = this._scroller instanceof Element ? this._scroller : undefined;
      const scroller = container ?? document.scrollingElement ?? document.documentElement;
      this._progress = this._progressOf({
        top: container ? container.scrollTop : window.scrollY,
        viewport: container ? container.clientHeight : window.innerHeight,
        height: scroller.scrollHeight,
      });
    }
    return this._progress;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this._watch();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._unwatch?.();
    this._unwatch = undefined;
  }

  protected override firstUpdated(): void {
    this._watch();
  }

  protected override updated(): void {
    if (this._unwatch && this._watchKey() !== this._watched) this._watch();
    // A re-render may have added the ring: write the last measurement again.
    this._appliedShown = undefined;
    this._appliedProgress = undefined;
    this._apply();
  }

  /** The attributes that decide how the element watches scrolling. */
  private _watchKey(): string {
    return [this.scrollContainer, this.threshold, this.progress, this.progressTarget].join('\n');
  }

  /**
   * Watches the scroller named by `scroll-container` (or the window). On the window no script
   * runs while the reader scrolls: an IntersectionObserver tells when the threshold is crossed,
   * and the ring is a CSS scroll-driven animation or, in engines without them, moves in steps
   * told by another IntersectionObserver (scroll-progress.ts). A scroll container, or a page
   * whose document element does not span what scrolls, gets the one scroll listener shared per
   * scroller, measuring once per frame.
   */
  private _watch(): void {
    this._unwatch?.();
    this._watched = this._watchKey();
    const container = query(this.scrollContainer);
    this._scroller = container ?? window;
    const threshold = parseThreshold(this.threshold, DEFAULT_THRESHOLD);
    // Most pages never need a script while scrolling: its module loads with the first that does.
    // Not through shared/on-demand.ts, which lives in a chunk this element does not load.
    const scripted = (start: (script: typeof ScrollScript) => () => void): (() => void) => {
      let stop: (() => void) | undefined;
      let stopped = false;
      import('./scroll-script.js')
        .then((script) => {
          if (!stopped) stop = start(script);
        })
        .catch(console.warn);
      return () => {
        stopped = true;
        stop?.();
      };
    };
    const listen = (scroller: Scroller): (() => void) =>
      scripted(({ watchScroll }) =>
        watchScroll(scroller, {
          measure: (metrics) => this._measure(metrics, threshold),
          apply: () => this._apply(),
        }),
      );
    const target = query(this.progressTarget);
    // A scroll container, or a `progress-target` not in the page yet (the listener looks for it
    // every frame): the listener measures everything.
    if (container || (this.progress && this.progressTarget?.trim() && !target)) {
      this._unwatch = listen(this._scroller);
      return;
    }
    const stops = [
      watchScrolledPast(window, threshold, (past) => {
        this._shown = past;
        this._apply();
      }),
    ];
    if (this.progress && !this._cssProgress()) {
      stops.push(
        scripted(({ watchProgress }) =>
          watchProgress(
            window,
            target ?? document.documentElement,
            (box, viewport) => {
              this._progress = progressThrough(box.top, box.height, viewport);
              this._apply();
            },
            // The page's box cannot tell the progress: the listener measures everything instead.
            () => {
              stops.splice(0).forEach((stop) => stop());
              stops.push(listen(window));
            },
          ),
        ),
      );
    }
    this._unwatch = () => stops.forEach((stop) => stop());
  }

  /** Read phase: only reads. */
  private _measure(metrics: ScrollMetrics, threshold: ScrollThreshold): void {
    this._shown = metrics.top > thresholdPixels(threshold, metrics.viewport);
    if (this.progress && !this._cssProgress()) this._progress = this._progressOf(metrics);
  }

  /** Progress through `progress-target` (or the whole scroller) at the given scroll metrics. */
  private _progressOf(metrics: ScrollMetrics): number {
    const target = query(this.progressTarget);
    if (!target) return progressThrough(-metrics.top, metrics.height, metrics.viewport);
    const rect = target.getBoundingClientRect();
    const top =
      this._scroller instanceof Element ? rect.top - this._scroller.getBoundingClientRect().top : rect.top;
    return progressThrough(top, rect.height, metrics.viewport);
  }

  /** Write phase: only writes, and only what changed. */
  private _apply(): void {
    if (this._appliedShown !== this._shown) {
      if (!this._button) return;
      this._appliedShown = this._shown;
      this._button.classList.toggle('shown', this._shown);
    }
    if (this._appliedProgress !== this._progress && this.progress && !this._cssProgress()) {
      this._appliedProgress = this._progress;
      this._ring?.style.setProperty('--_progress', String(this._progress));
    }
  }

  /** The `target` element, else the element the fallback link points to. */
  private _targetElement(): Element | null {
    const target = query(this.target);
    if (target) return target;
    const href = this.querySelector('a[href^="#"]')?.getAttribute('href');
    if (!href || href === '#' || href === '#top') return null;
    return document.getElementById(decodeURIComponent(href.slice(1)));
  }

  private _activate(): void {
    const target = this._targetElement();
    if (!emit<ScrollTopDetail>(this, 'scroll-top', { target }, true, true)) return;
    const behavior: ScrollBehavior = prefersReducedMotion() ? 'instant' : 'smooth';
    if (target) target.scrollIntoView({ behavior, block: 'start' });
    else (this._scroller ?? window).scrollTo({ top: 0, behavior });
    // Keyboard and screen-reader users land where sighted users do.
    const focus =
      target ??
      (this._scroller instanceof Element ? this._scroller : null) ??
      document.querySelector('main, [role="main"], h1');
    if (focus instanceof HTMLElement || focus instanceof SVGElement) {
      // Not focusable yet (no tabindex, and not a link, control or editable element).
      if (focus.tabIndex < 0 && !focus.hasAttribute('tabindex')) {
        focus.setAttribute('tabindex', '-1');
        // Leave the page as it was once focus moves on.
        focus.addEventListener('blur', () => focus.removeAttribute('tabindex'), { once: true });
      }
      focus.focus({ preventScroll: true });
    } else {
      this._button?.blur();
    }
  }

  private _lang(): string | undefined {
    return normalizeLang(this.getAttribute('lang')) ?? inheritedLang(this);
  }

  /** Whether the ring is a CSS scroll-driven animation (whole page, engine support). */
  private _cssProgress(): boolean {
    return this.progress && !this.progressTarget && !this.scrollContainer && supportsScrollTimeline();
  }

  private _describeProgress(): void {
    if (!this.progress) return;
    const lang = this._lang();
    const value = this.progressValue;
    // `lang` is a canonical tag (normalizeLang) or undefined: NumberFormat accepts either.
    const percent = new Intl.NumberFormat(lang, { style: 'percent' }).format(value);
    this._progressText = fill(stringsFor(lang).progressRead, percent);
  }

  /**
   * One fixed tree (a button with an icon, a label and maybe a ring), so no template engine:
   * built on the first update, then only its few changing parts are set.
   */
  protected override update(changed: PropertyValues<this>): void {
    super.update(changed);
    const button = (this._button ??= this._build());
    const showRing = this.progress && !this.showLabel;
    if (showRing && !this._ring) {
      const circle = (name: string): Element =>
        h(svg('circle'), { class: name, cx: '50', cy: '50', r: '47', pathLength: '100' });
      this._ring = h(
        svg('svg'),
        { class: 'ring', part: 'progress', viewBox: '0 0 100 100', 'aria-hidden': 'true' },
        circle('track'),
        circle('value'),
      ) as SVGSVGElement;
      button.prepend(this._ring);
    } else if (!showRing && this._ring) {
      this._ring.remove();
      this._ring = undefined;
    }
    this._ring?.classList.toggle('css', this._cssProgress());
    const label = this._label as HTMLSpanElement;
    label.textContent = this.label?.trim() || stringsFor(this._lang()).label;
    label.className = this.showLabel ? 'label' : 'visually-hidden';
    const note = this._progressNote as HTMLSpanElement;
    if (this.progress && this._progressText) {
      note.textContent = `, ${this._progressText}`;
      button.append(note);
    } else {
      note.remove();
    }
  }

  private _build(): HTMLButtonElement {
    this._label = h(tag('span'), { part: 'label' });
    this._progressNote = h(tag('span'), { class: 'visually-hidden' });
    const button = h(
      tag('button'),
      { part: 'button', type: 'button' },
      h(
        tag('span'),
        { class: 'icon', part: 'icon', 'aria-hidden': 'true' },
        h(
          tag('slot'),
          { name: 'icon' },
          h(
            svg('svg'),
            {
              viewBox: '0 0 24 24',
              fill: 'none',
              stroke: 'currentColor',
              'stroke-width': '2.25',
              'stroke-linecap': 'round',
              'stroke-linejoin': 'round',
            },
            h(svg('path'), { d: 'M12 19V5M5 12l7-7 7 7' }),
          ),
        ),
      ),
      this._label,
    ) as HTMLButtonElement;
    const describe = (): void => this._describeProgress();
    button.addEventListener('click', () => this._activate());
    button.addEventListener('focus', describe);
    button.addEventListener('pointerenter', describe);
    this.renderRoot.append(button);
    return button;
  }
}

const SVG = 'http://www.w3.org/2000/svg';

/** An element with attributes and children (the tree is built once, without a template engine). */
function h<E extends Element>(
  create: (document: Document) => E,
  attributes: Record<string, string>,
  ...children: (Node | string)[]
): E {
  const element = create(document);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}
const tag = (name: string) => (document: Document) => document.createElement(name);
const svg = (name: string) => (document: Document) => document.createElementNS(SVG, name);

/** The events of <scroll-top-button>, for typed listeners. */
export interface ScrollTopButtonEventMap {
  'scroll-top': CustomEvent<ScrollTopDetail>;
}

/** Typed listeners for the element's own events (with the usual HTMLElement ones beside them). */
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- overloads only, no fields
export interface ScrollTopButton {
  addEventListener: AddListener<ScrollTopButton, ScrollTopButtonEventMap>;
  removeEventListener: RemoveListener<ScrollTopButton, ScrollTopButtonEventMap>;
}

declare global {
  // Names of their own: typed wherever they are listened to (they bubble).
  interface HTMLElementEventMap {
    'scroll-top': CustomEvent<ScrollTopDetail>;
  }
  interface HTMLElementTagNameMap {
    'scroll-top-button': ScrollTopButton;
  }
}
