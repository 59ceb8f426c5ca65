// ESLint flat config for Cible.
//
// Type-aware typescript-eslint rules are deliberately off: `npm test` already runs
// `tsc --noEmit`, and a type-aware lint would type-check the project a second time.
//
// `npm run lint` uses --max-warnings=0, so every 'warn' below is effectively an error in
// CI; rules that fire on legitimate code must stay off rather than be left as warnings.
import { defineConfig, globalIgnores } from 'eslint/config';
import tseslint from 'typescript-eslint';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';

const SOURCE_EXTENSIONS = ['.ts', '.tsx', '.mts', '.cts', '.js', '.jsx', '.mjs', '.cjs'];

// ---------------------------------------------------------------------------
// Architecture layers of src/, top to bottom. A folder may import from folders of
// lower layers and from itself. It may import a sibling of its own layer (e.g.
// state -> model), except in the top layer: app and cli are entry points and are
// never imported by anything, each other included. src/main.tsx (outside any
// layer) is the browser entry and may import app.
// ---------------------------------------------------------------------------
const LAYERS = [
  ['app', 'cli'],
  ['views'],
  ['hooks'],
  // session: what a visit holds without React (engine supervision, dataset cache, ingest client,
  // remote-data consent, workers); hooks make it reactive.
  ['session'],
  ['queries', 'analytics', 'ingest', 'export'],
  // remote: clients of servers beyond the browser (ClickHouse over HTTP); needs no DuckDB.
  ['engine', 'state', 'model', 'i18n', 'storage', 'remote'],
];

/** Zones for import-x/no-restricted-paths, generated from LAYERS. */
function layerZones() {
  const zones = [];
  LAYERS.forEach((layer, depth) => {
    const higher = LAYERS.slice(0, depth).flat();
    for (const folder of layer) {
      const forbidden = [...higher];
      // Top layer: entry points must not import each other either.
      if (depth === 0) forbidden.push(...layer.filter((other) => other !== folder));
      // Views render data handed to them by hooks; they never talk to the engine or to the
      // browser's stores (localStorage, IndexedDB, OPFS): hooks read and write those for them.
      if (folder === 'views') forbidden.push('engine', 'storage');
      if (forbidden.length === 0) continue;
      zones.push({
        target: `./src/${folder}`,
        from: forbidden.map((f) => `./src/${f}`),
        message: `src/${folder} may not import ${forbidden.map((f) => `src/${f}`).join(', ')} (see the layering in eslint.config.js).`,
      });
    }
  });
  return zones;
}

// No barrel files: modules are imported by their own path, never through a folder
// `index`. Barrels hide the real dependency graph (and with it the layering and
// cycle checks above) and defeat tree-shaking of the DuckDB/Arrow code paths.
// Enforced twice: a file named index.ts(x) under src/ is an error by itself (see the
// block below), and importing `…/index` is refused here.
const noIndexImports = {
  group: ['**/index', '**/index.ts', '**/index.tsx', '**/index.js'],
  message: 'No barrel files: import the module by its own path, not through a folder index.',
};

// DuckDB packages are imported by src/engine/ alone: everything else asks the narrow `Engine`
// interface, so a second engine (native, remote) can slot in without touching callers.
const DUCKDB_PACKAGES = ['@duckdb/duckdb-wasm', '@duckdb/node-api'];
const noDuckDb = {
  group: DUCKDB_PACKAGES.flatMap((name) => [name, `${name}/*`]),
  message: 'Only src/engine/ imports DuckDB; go through the Engine interface (src/engine/engine.ts).',
};

export default defineConfig([
  globalIgnores(['dist/', 'node_modules/', 'test/bench/results/', 'test/bench/.cache/', 'test/e2e/screenshots/', 'coverage/']),

  // --- Everything: TypeScript (syntax-only rules) ---------------------------------
  {
    files: ['**/*.{ts,tsx,mts,cts,js,mjs,cjs}'],
    extends: [tseslint.configs.recommended],
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A handful of core eslint:recommended rules (@eslint/js is not a dependency;
      // the rest of that preset is either covered by tsc or by typescript-eslint).
      'no-debugger': 'error',
      'no-empty-pattern': 'error',
      'no-self-assign': 'error',
      'no-unsafe-finally': 'error',
      'no-cond-assign': 'error',
      'no-constant-binary-expression': 'error',
      'no-sparse-arrays': 'error',
      'no-useless-catch': 'error',
      'prefer-const': 'error',
      eqeqeq: ['error', 'always', { null: 'ignore' }],

      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': [
        'error',
        {
          argsIgnorePattern: '^_',
          varsIgnorePattern: '^_',
          caughtErrorsIgnorePattern: '^_',
          destructuredArrayIgnorePattern: '^_',
          ignoreRestSiblings: true,
        },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
    },
  },

  // --- src/: import graph rules -----------------------------------------------------
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      'import-x/extensions': SOURCE_EXTENSIONS,
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx', '.mts', '.cts'] },
      // The built-in (unrs-based) resolver: extension-less relative imports as
      // written in src/. eslint-import-resolver-typescript is not needed (no path
      // aliases in tsconfig.json).
      'import-x/resolver-next': [createNodeResolver({ extensions: SOURCE_EXTENSIONS })],
      'import-x/external-module-folders': ['node_modules', 'node_modules/@types'],
    },
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        // Absolute base so the zones hold whatever directory eslint is run from.
        { basePath: import.meta.dirname, zones: layerZones() },
      ],
      // Depth-limited and external modules skipped: a full-depth walk of
      // node_modules (duckdb-wasm, apache-arrow, recharts) makes lint very slow.
      'import-x/no-cycle': ['error', { maxDepth: 12, ignoreExternal: true }],
      'import-x/no-self-import': 'error',
      'import-x/no-duplicates': 'error',
      'no-restricted-imports': ['error', { patterns: [noIndexImports, noDuckDb] }],
      'no-console': 'warn',
    },
  },
  {
    files: ['src/**/index.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'Program', message: 'No barrel files: rename this module (files named index.* are not allowed under src/).' },
      ],
    },
  },
  {
    // The engine is where DuckDB lives. (This block replaces the src/ no-restricted-imports
    // entry, so it repeats the barrel rule.)
    files: ['src/engine/**/*.{ts,tsx}'],
    rules: { 'no-restricted-imports': ['error', { patterns: [noIndexImports] }] },
  },
  {
    // Outside src/, the same rule for the tests. Exempt: test/bench/ compares our engine with
    // native DuckDB and with a bare DuckDB-WASM page (that is its job); the files below ask
    // native DuckDB, an independent engine, for a fixture (Parquet files) or an expected count,
    // so that the engine under test is never checked against its own output.
    files: ['test/**/*.ts'],
    ignores: [
      'test/bench/**',
      'test/integration/parquet-source.test.ts',
      'test/e2e/console.test.ts',
      'test/e2e/remote-source.test.ts',
      'test/e2e/clickhouse.test.ts',
    ],
    rules: { 'no-restricted-imports': ['error', { patterns: [noDuckDb] }] },
  },
  {
    // The CLI writes to the terminal by design.
    files: ['src/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },

  // --- Charts: every Recharts series has a stable id ------------------------------------
  // Recharts memoises its selectors per series id in caches that keep every id they see. A
  // series without `id` takes a new one from useId each time it mounts, and left cache entries
  // behind on every filter change that mounts it again (docs/performance.md, Recharts props).
  {
    files: ['src/views/**/*.tsx'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXOpeningElement[name.name=/^(Bar|Line|Area|Scatter)$/]:not(:has(JSXAttribute[name.name='id']))",
          message: 'A Recharts series takes id={seriesId(chart, series)} (views/components/series-id.ts), the same id at every mount.',
        },
      ],
    },
  },

  // --- React ------------------------------------------------------------------------
  {
    files: ['src/**/*.tsx', 'src/hooks/**/*.ts', 'src/**/use-*.ts'],
    extends: [reactHooks.configs.flat.recommended],
    rules: {
      // Off: it flags the standard fetch-in-effect shape used by the query hooks,
      // `useEffect(() => { setState(loading); run().then(setState) }, [query])`, which is
      // what they are for (the effect syncs React with DuckDB, an external system).
      'react-hooks/set-state-in-effect': 'off',
    },
  },
]);
