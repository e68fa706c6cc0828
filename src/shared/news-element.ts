import { LitElement } from 'lit';
import { newsElement } from './news-element-base.js';
import { allReady } from './on-demand.js';

/** The base of the elements that render with lit-html templates (see newsElement). */
export abstract class NewsElement extends newsElement(LitElement) {
  /**
   * Starts loading what the next update needs and has not got yet: the words of the language
   * the element would render in (and <news-article>'s sanitizer, for HTML). What to wait for.
   */
  protected abstract _ready(): Promise<unknown> | undefined;

  /** What `updateComplete` waits for besides that, when the update itself does not (see news-article). */
  protected _settled(): Promise<unknown> | undefined {
    return undefined;
  }

  /**
   * True for a first render made while what `_ready()` loads is still on its way: the element
   * then shows a neutral state (the page's own markup, else a skeleton; no words) and fires no
   * events, and renders again once it is in.
   */
  protected _waiting = false;

  /**
   * While those load (a few hundred bytes of words, the first time a page needs them), updates
   * wait, so a French page never shows English first. Asked before every update: a language that
   * changes at run time (the page's, the data's) waits too. The first render does not wait: an
   * element left empty meanwhile would hide the page's markup inside it, and the page below would
   * move up, then down. It renders the neutral state instead (see `_waiting`).
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this._ready();
    if (loading && !this.hasUpdated) {
      this._waiting = true;
      void loading.then(() => {
        this._waiting = false;
        this.requestUpdate();
      });
      return super.scheduleUpdate();
    }
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Also waits for what its last update found it needs, and for the update that brings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const loading = allReady(this._ready(), this._settled());
    return loading ? loading.then(() => this.getUpdateComplete()) : complete;
  }
}
