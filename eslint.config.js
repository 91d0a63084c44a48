// ESLint, flat config: TypeScript and Astro files, plus the architecture rules of README.md
// ("data → model → charts and components → pages"). `npm run lint` runs it; `npm test` too.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import astro from 'eslint-plugin-astro';
import { importX, createNodeResolver } from 'eslint-plugin-import-x';

/** Which folder of src/ may not import from which: each rule is one arrow of the architecture. */
const LAYERS = [
  // The model computes every domain result; it knows nothing of charts, Astro, pages or publishing.
  {
    target: './src/model',
    from: [
      './src/charts',
      './src/astro',
      './src/pages',
      './src/components',
      './src/layouts',
      './src/publish',
      './src/images',
    ],
    message: 'src/model computes; it imports no chart, page or Astro glue.',
  },
  // A chart declares the narrow input it reads in its own folder and receives it: no model, no Astro.
  {
    target: './src/charts',
    from: ['./src/model', './src/astro', './src/pages', './src/components', './src/layouts', './src/publish'],
    message: 'A chart declares its own input (see src/charts/*/input.ts) and receives it.',
  },
  // Data reading and validation come first: they import nothing above them.
  {
    target: './src/data',
    from: ['./src/model', './src/charts', './src/astro', './src/pages', './src/components', './src/publish'],
    message: 'src/data is the bottom layer.',
  },
  // Publishing writes files from the data; the Astro glue (src/astro) hands it what it needs.
  {
    target: './src/publish',
    from: ['./src/astro', './src/pages', './src/components', './src/charts'],
    message: 'src/publish is pure of Astro; src/astro/queries.ts calls it.',
  },
];

export default defineConfig(
  { ignores: ['dist/', '.cache/', '.astro/', 'node_modules/', 'tests/.tmp/', 'public/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...astro.configs['flat/recommended'],
  { languageOptions: { globals: { ...globals.node, ...globals.browser } } },
  {
    files: ['**/*.{js,mjs,ts,astro}'],
    plugins: { 'import-x': importX },
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    settings: {
      // Which files the import rules read, and with which parser (the cycle check follows imports into them).
      'import-x/extensions': ['.ts', '.js', '.mjs', '.astro'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts'], 'astro-eslint-parser': ['.astro'] },
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.js', '.mjs', '.astro', '.json'] })],
    },
    rules: {
      // An import cycle makes load order matter and hides which module is the lower layer.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      'import-x/no-restricted-paths': ['error', { zones: LAYERS }],
    },
  },
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
  },
  {
    // Rules set for this code base, each with its reason (everything else: the recommended sets above).
    rules: {
      // A name starting with _ is unused on purpose; so is a property left out by `{ a, ...rest }`.
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      // `<const O extends Options = {}>` in the schema builders (src/data/schemas/fields.ts) means
      // "no options given": an object type, not "any value", so `{}` is allowed as a type literal.
      '@typescript-eslint/no-empty-object-type': ['error', { allowObjectTypes: 'always' }],
    },
  },
  {
    // The list of harmless invisible characters names the joiners and variation selectors one by
    // one on purpose: they are the characters the class is about, not a joined sequence.
    files: ['src/data/validate/characters.ts'],
    rules: { 'no-misleading-character-class': 'off' },
  },
);
