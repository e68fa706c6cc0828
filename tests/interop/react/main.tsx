// A React 19 app using the three elements: object properties, events as `on<event>` props
// (React 19 sets properties and listens to custom events on custom elements), and the
// package's generated JSX typings.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import 'news-elements';
import type { CustomElements } from 'news-elements/jsx';
import { article, items } from '../shared.js';

declare module 'react' {
  // eslint-disable-next-line @typescript-eslint/no-namespace -- how React's JSX types are extended
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged with the element types
    interface IntrinsicElements extends CustomElements {}
  }
}

function App() {
  const [events, setEvents] = useState<string[]>([]);
  const record = (entry: string) => setEvents((list) => [...list, entry]);
  return (
    <main>
      <news-article
        article={article}
        onload={(event) => record(`news-article load ${event.detail.origin}`)}
      ></news-article>
      <related-articles
        items={items}
        max={6}
        onload={(event) => record(`related-articles load ${event.detail.items.length}`)}
        onrelated-articles-select={(event) => {
          event.preventDefault(); // stay on the page
          record(`select ${event.detail.position} ${event.detail.item.url}`);
        }}
      ></related-articles>
      <scroll-top-button
        threshold="0"
        onscroll-top={(event) => {
          event.preventDefault();
          record(`scroll-top ${event.detail.target === null ? 'top' : 'target'}`);
        }}
      ></scroll-top-button>
      <output id="events">{events.join('\n')}</output>
    </main>
  );
}

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
