// Provided at build time by tsup.config.ts and at test time by tests/vitest.config.ts (src/node/embed.ts).
declare module 'virtual:rolematrix-catalog-sources' {
  /** The texts of roles/**\/*.yaml. */
  const sources: { path: string; text: string }[];
  export default sources;
}
declare module 'virtual:rolematrix-catalog-compiled' {
  /** The shipped catalog compiled from those texts, and its diagnostics (src/catalog/shipped.ts gives the type). */
  const data: unknown;
  export default data;
}
