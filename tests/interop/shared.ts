// The data both framework apps pass to the elements as object properties.
export const article = {
  headline: 'Interop headline from a framework',
  subheadline: 'Set as the article property, an object',
  body: '<p>First paragraph.</p><p>Second paragraph.</p>',
  source: 'Framework Times',
  lang: 'en',
};

export const items = [
  { title: 'First related', url: 'https://example.com/1' },
  { title: 'Second related', url: 'https://example.com/2' },
  { title: 'Third related', url: 'https://example.com/3' },
];
