// Completions computed from the catalog a command line works on.

import type { Completion } from '../define.js';

/** The catalog's role ids. */
export const roleIds: Completion = async (ctx) => [...(await ctx.catalog()).roles.keys()];

/** The catalog's responsibility matrix ids. */
export const matrixIds: Completion = async (ctx) => [...(await ctx.catalog()).matrices.keys()];
