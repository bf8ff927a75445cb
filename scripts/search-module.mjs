// An Astro integration that bundles the search module (src/scripts/search/main.ts) apart from
// Vite, under a content-hashed name, and tells the pages its URL (import.meta.env.SEARCH_MODULE).
// Why: the header's opener must stay a tiny *inline* script (guides ship no script file), and an
// inline script cannot import a Vite chunk whose name it does not know. The opener imports this
// URL only when the reader opens search. content/search/*.yaml are bundled as plain objects.
import { build } from 'esbuild';
import { parse } from 'yaml';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';

const yamlLoader = {
  name: 'yaml',
  setup(b) {
    // The browser needs only the synonyms (to mark the site's words); `nouns` serve the index build.
    b.onLoad({ filter: /\.yaml$/ }, (args) => {
      const { nouns: _indexOnly, ...data } = parse(readFileSync(args.path, 'utf8'));
      return { contents: JSON.stringify(data), loader: 'json' };
    });
  },
};

export async function bundleSearch(entry = 'src/scripts/search/main.ts') {
  const result = await build({ entryPoints: [entry], bundle: true, format: 'esm', minify: true, write: false, target: 'es2022', plugins: [yamlLoader], legalComments: 'none' });
  const code = result.outputFiles[0].text;
  const hash = createHash('sha256').update(code).digest('base64url').slice(0, 10);
  return { code, fileName: `_astro/search.${hash}.js` };
}

export function searchModule() {
  let bundle;
  return {
    name: 'search-module',
    hooks: {
      'astro:config:setup': async ({ updateConfig }) => {
        bundle = await bundleSearch();
        updateConfig({ vite: { define: { 'import.meta.env.SEARCH_MODULE': JSON.stringify(`/${bundle.fileName}`) } } });
      },
      'astro:build:done': ({ dir }) => {
        const path = fileURLToPath(new URL(bundle.fileName, dir));
        mkdirSync(fileURLToPath(new URL('_astro/', dir)), { recursive: true });
        writeFileSync(path, bundle.code);
      },
    },
  };
}
