import { LitElement } from 'lit';
import { newsElement } from './news-element-base.js';
import { wordsLoading } from './words-on-demand.js';

/** The base of the elements that render with lit-html templates (see newsElement). */
export abstract class NewsElement extends newsElement(LitElement) {
  /** While words in another language load (a few hundred bytes), the update waits for them. */
  protected override scheduleUpdate(): void | Promise<unknown> {
    const loading = wordsLoading();
    return loading ? loading.then(() => super.scheduleUpdate()) : super.scheduleUpdate();
  }

  /** Also waits for words an update started loading, and for the update their arrival brings. */
  protected override async getUpdateComplete(): Promise<boolean> {
    const complete = await super.getUpdateComplete();
    const loading = wordsLoading();
    return loading ? loading.then(() => this.getUpdateComplete()) : complete;
  }
}
