import { LitElement } from 'lit';
import { newsElement } from './news-element-base.js';

/** The base of the elements that render with lit-html templates (see newsElement). */
export abstract class NewsElement extends newsElement(LitElement) {
  /**
   * Starts loading what the next update needs and has not got yet: the words of the language
   * the element would render in (and <news-article>'s sanitizer, for HTML). What to wait for.
   */
  protected abstract _ready(): Promise<unknown> | undefined;

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
    const loading = this._ready();
    return loading ? loading.then(() => this.getUpdateComplete()) : complete;
  }
}
