// `npm run analyze` (part of `npm run build`): dist/custom-elements.json from the JSDoc of every
// element, and from it the editor data (VS Code, JetBrains) and the framework typings (JSX for
// React 19 and Preact, Vue's GlobalComponents).
import { customElementVsCodePlugin } from 'custom-element-vs-code-integration';
import { customElementJetBrainsPlugin } from 'custom-element-jet-brains-integration';
import { customElementJsxPlugin } from 'custom-element-jsx-integration';
import { customElementVuejsPlugin } from 'custom-element-vuejs-integration';

/** Internal state (`_name` reactive properties) is neither an attribute nor public API. */
function hideInternals() {
  return {
    name: 'news-elements:hide-internals',
    packageLinkPhase({ customElementsManifest }) {
      for (const mod of customElementsManifest.modules) {
        for (const declaration of mod.declarations ?? []) {
          declaration.attributes = declaration.attributes?.filter((a) => !a.fieldName?.startsWith('_'));
          declaration.members = declaration.members?.filter(
            (m) => !m.name.startsWith('_') && m.privacy !== 'private' && m.privacy !== 'protected',
          );
        }
      }
    },
  };
}

// The abstract base class is not an element of its own.
const exclude = ['NewsElement'];
// Type paths are relative to dist/, where the generated files go.
const componentTypePath = (_name, tag) => `./${tag}/${tag}.js`;

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: 'dist',
  litelement: true,
  plugins: [
    hideInternals(),
    customElementVsCodePlugin({
      outdir: 'dist',
      htmlFileName: 'vscode.html-custom-data.json',
      cssFileName: 'vscode.css-custom-data.json',
      exclude,
      hideLogs: true,
    }),
    customElementJetBrainsPlugin({ outdir: 'dist', exclude, hideLogs: true, packageJson: false }),
    customElementJsxPlugin({
      outdir: 'dist',
      fileName: 'jsx.d.ts',
      exclude,
      componentTypePath,
      hideLogs: true,
    }),
    customElementVuejsPlugin({
      outdir: 'dist',
      fileName: 'vue.d.ts',
      exclude,
      componentTypePath,
      hideLogs: true,
    }),
  ],
};
