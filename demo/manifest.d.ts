// vite.config.ts serves dist/custom-elements.json (made by `npm run analyze`) as this module.
declare module 'virtual:news-elements-manifest' {
  interface Item {
    name: string;
    description?: string;
    type?: { text: string };
    default?: string;
    fieldName?: string;
    attribute?: string;
    kind?: string;
    static?: boolean;
    privacy?: string;
    readonly?: boolean;
  }
  export interface Declaration {
    name: string;
    tagName?: string;
    summary?: string;
    attributes?: Item[];
    members?: Item[];
    events?: Item[];
    slots?: Item[];
    cssParts?: Item[];
    cssProperties?: Item[];
  }
  const manifest: { modules: { declarations?: Declaration[] }[] };
  export default manifest;
}
