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
   * While those load (a few hundred bytes of words, the first time a page needs them), the
   * update waits, so a French page never shows English first. Asked before every update: a
   * language that changes at run time (the page's, the data's) waits too.
   */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = this._ready();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Also waits for what its last update found it needs, and for the update that brings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const loading = allReady(this._ready(), this._settled());
    return loading ? loading.then(() => this.getUpdateComplete()) : complete;
  }
}
