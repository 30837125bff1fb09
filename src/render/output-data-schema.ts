// The schemas of what every `--format json` document shares (src/render/output-data.ts makes the values).
import { z } from 'zod';

export const TextSchema = z
  .object({ zh: z.string(), en: z.string() })
  .describe('The same text in Chinese and in English.');
export const RoleRefSchema = z.object({ id: z.string(), title: TextSchema });
export type RoleRef = z.infer<typeof RoleRefSchema>;
