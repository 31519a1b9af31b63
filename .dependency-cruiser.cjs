// The layout's arrows (docs: /work/shared/ARCHITECTURE.md, README "Layout"), checked on every
// `npm test` by `npm run lint:deps`: a wrong import fails the build, not a review. There are no
// known exceptions: every rule holds for the whole tree.
const path = require('path')

/**
 * Rules: pure decisions (item, language, channel, time → yes/no and why), unit-tested without a
 * running Payload. The criterion: the file decides something the campaign's policy names (what is
 * public, which transition is allowed, which consent covers what, when a schedule is due, what a
 * screen plays, what a partner may read, whether an id can exist), and takes everything it needs
 * as arguments. A new rule file is added here; then it cannot reach the Payload config.
 */
const ruleFiles = [
  '^src/ledger/publicNow\\.ts$',
  '^src/workflow/(consent|transitions|signOff|safetyChecklist|translations)\\.ts$',
  '^src/workflow/schedule/due\\.ts$',
  '^src/access/(roles|partnerScope|channelOf|liveContentWhere)\\.ts$',
  '^src/channels/screens/playlist\\.ts$',
  '^src/channels/partners/cursor\\.ts$',
  '^src/http/ids\\.ts$',
]

/** Where the channels may be named: the host that mounts them and the config that lists them. */
const channelWiring = [
  '^src/channels/',
  '^src/server\\.ts$',
  '^src/server/',
  '^src/app/',
  '^payload\\.config\\.ts$',
]

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'channels-never-import-each-other',
      comment:
        'Website, partners, screens and print are separate readers of the same content: what two of them need (the hotline, a partner scope) belongs to a shared room below both (globals/, access/, http/), or a change for one channel silently changes another.',
      severity: 'error',
      from: { path: '^src/channels/([^/]+)/' },
      to: { path: '^src/channels/', pathNot: '^src/channels/$1/' },
    },
    {
      name: 'workflow-access-ledger-import-no-channel',
      comment:
        'The workflow decides who may move content where and writes the ledger; access and the ledger answer "public now" for every channel alike. Channels read the ledger: an import the other way makes the workflow wait on, and break with, one channel.',
      severity: 'error',
      from: { path: '^src/(workflow|access|ledger)/' },
      to: { path: '^src/channels/' },
    },
    {
      name: 'collections-wire-channels-only-in-index',
      comment:
        "Decision: a collection's index.ts may wire what a channel owns (its endpoints, its admin fields, its wording), like payload.config.ts lists collections. Nothing else in collections/ (hooks, shared builders such as campaignContent.ts) may: a content hook that calls a channel is a channel's side effect hidden in the content model; it belongs behind the ledger.",
      severity: 'error',
      from: { path: '^src/collections/', pathNot: '^src/collections/[^/]+/index\\.ts$' },
      to: { path: '^src/channels/' },
    },
    {
      name: 'shared-rooms-import-no-channel',
      comment:
        'Globals, fields, hooks, http, db, media, links, email, i18n, logins and the other leaves lie below the channels: the channels use them, never the other way round.',
      severity: 'error',
      from: {
        path: '^src/',
        pathNot: [
          ...channelWiring,
          '^src/(workflow|access|ledger|collections)/',
          // The sample campaign fills every channel's collections; nothing imports it (below).
          '^src/seed/',
        ],
      },
      to: { path: '^src/channels/' },
    },
    {
      name: 'rules-never-reach-payload-config',
      comment:
        'A rule is pure: its unit test runs it without a database, and access, the workflow, the playlist and print all call the same one. Reaching payload.config.ts (directly or through any import) would load every collection, the database adapter and the channels with it.',
      severity: 'error',
      from: { path: ruleFiles },
      to: { path: '^payload\\.config\\.ts$', reachable: true },
    },
    {
      name: 'only-seed-and-tests-import-seed',
      comment:
        'The sample campaign (demo users with a shared password, sample stories) must never be part of a production code path. Only src/seed itself, its runner (src/seed/run.ts) and tests import it; the dev server loads it lazily (next rule).',
      severity: 'error',
      from: { path: '^src/', pathNot: ['^src/seed/', '^src/server\\.ts$'] },
      to: { path: '^src/seed/' },
    },
    {
      name: 'server-loads-seed-lazily',
      comment:
        'The dev server fills an empty embedded database with the sample campaign, and imports it only then (await import): a static import would load it in production too.',
      severity: 'error',
      from: { path: '^src/server\\.ts$' },
      to: { path: '^src/seed/', dependencyTypesNot: ['dynamic-import'] },
    },
    {
      name: 'http-is-a-leaf',
      comment:
        'src/http holds the refusal type and its messages, the body reader, the id check and the transaction helper that everything else uses: if it imported anything of ours, that would import itself back.',
      severity: 'error',
      from: { path: '^src/http/' },
      to: { path: '^(src/|payload\\.config\\.ts$)', pathNot: '^src/http/' },
    },
    {
      name: 'no-circular',
      comment:
        'A cycle makes load order matter (an import is undefined while its module still loads) and makes two rooms one. Type-only imports vanish at build and are left out.',
      severity: 'error',
      from: {},
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'no-dev-dependencies-in-src',
      comment:
        'The server bundle keeps packages external (build:server: --packages=external), so what src imports at run time must be a production dependency: a devDependency works in tests and breaks an image installed with --omit=dev. Type-only imports vanish at build and are allowed.',
      severity: 'error',
      from: { path: ['^src/', '^payload\\.config\\.ts$'] },
      to: { dependencyTypes: ['npm-dev'], dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'no-undeclared-packages',
      comment:
        "A package src uses at run time but package.json does not name is there only because something else pulls it in, and goes when that changes. Type-only imports (e.g. lexical's node types through Payload's editor) vanish at build and are allowed.",
      severity: 'error',
      from: { path: ['^src/', '^payload\\.config\\.ts$'] },
      to: { dependencyTypes: ['npm-no-pkg', 'npm-unknown'], dependencyTypesNot: ['type-only'] },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^src/payload-types\\.ts$' },
    // Type-only imports are seen, so the rules about rooms hold for types too.
    tsPreCompilationDeps: true,
    tsConfig: { fileName: path.join(__dirname, 'tsconfig.json') },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.tsx', '.js', '.mjs', '.cjs', '.json'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
}
