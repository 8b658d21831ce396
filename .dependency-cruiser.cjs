/**
 * The lines that never cross (shared/spec/architecture.md), checked by path on every lint:
 * `npm run lint` fails on an import cycle or on an import across a forbidden line.
 * Type-only imports count too, except for cycles (they vanish at run time).
 */
/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'No import cycles anywhere (type-only imports excepted: they vanish at run time).',
      from: { path: '^src' },
      to: { circular: true, viaOnly: { dependencyTypesNot: ['type-only'] } },
    },
    {
      name: 'kernel-is-the-bottom',
      severity: 'error',
      comment: 'The kernel (pure shared types, time, messaging, actions, events, errors) imports nothing else of ours.',
      from: { path: '^src/kernel/' },
      to: { path: '^src/', pathNot: ['^src/kernel/'] },
    },
    {
      name: 'domain-takes-ports',
      severity: 'error',
      comment:
        'Domain capabilities receive ports and return events: they never reach up to the conversation, desk, jobs, channels or web.',
      from: { path: '^src/domain/' },
      to: { path: '^src/(conversation|desk|jobs|channels|web|cli|app|main)' },
    },
    {
      name: 'channels-call-the-conversation',
      severity: 'error',
      comment: 'Channel adapters translate platform updates; they never use Prisma or BullMQ directly.',
      from: { path: '^src/channels/' },
      to: { path: ['^src/generated/', '^node_modules/(bullmq|@prisma)/'] },
    },
    {
      name: 'understanding-is-pure',
      severity: 'error',
      comment: 'Understanding does no I/O of its own: only the LLM client handed to it.',
      from: { path: '^src/understanding/' },
      to: {
        path: [
          '^src/(infra|domain|conversation|desk|jobs|channels|web)/',
          '^node_modules/(bullmq|ioredis|pg|@prisma)/',
        ],
        // the logger comes in as a port: its type may be named
        dependencyTypesNot: ['type-only'],
      },
    },
  ],
  options: {
    doNotFollow: { path: ['node_modules'] },
    exclude: { path: ['\\.test\\.ts$', '^src/generated/'] },
    tsPreCompilationDeps: 'specify',
    tsConfig: { fileName: 'tsconfig.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default'],
      extensions: ['.ts', '.js'],
    },
  },
};
