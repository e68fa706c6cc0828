// The demo uses the TypeScript sources through Vite's dev server.
import '../src/index.js';
