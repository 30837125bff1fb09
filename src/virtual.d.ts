// Provided at build time by tsup.config.ts and at test time by tests/vitest.config.ts: the texts of roles/**/*.yaml.
declare module 'virtual:rolematrix-catalog-sources' {
  const sources: { path: string; text: string }[];
  export default sources;
}
