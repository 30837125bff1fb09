import { z } from 'zod';
import { described } from './describe.js';
import { ListIdSchema } from './ids.js';
import { AUTHORITY } from './scales.js';
import { LocalizedTextSchema } from './text-schema.js';

export const LevelDefinitionSchema = z
  .strictObject({
    id: ListIdSchema.apply(described('The id roles use in `level`.', '岗位在 `level` 中使用的编号。')),
    label: LocalizedTextSchema.apply(described('The name shown to people.', '显示给人看的名称。')),
    grade: z
      .number()
      .int()
      .optional()
      .apply(
        described(
          'The grade number (job grade, 职级). Levels with the same grade on parallel tracks are equivalent. Give every level a grade or none.',
          '职级数字。不同通道上职级相同的层级视为同级。要么每个层级都有职级，要么都没有。',
        ),
      ),
    description: LocalizedTextSchema.optional().apply(described('What the level means.', '该层级的含义。')),
  })
  .apply(described('One level of the ladder.', '层级阶梯中的一级。'));
export type LevelDefinition = z.infer<typeof LevelDefinitionSchema>;

export const TrackDefinitionSchema = z
  .strictObject({
    id: ListIdSchema.apply(
      described(
        'The id roles use in `track` when a level is on several tracks.',
        '层级属于多个通道时岗位在 `track` 中使用的编号。',
      ),
    ),
    label: LocalizedTextSchema.apply(described('The name shown to people.', '显示给人看的名称。')),
    levels: z
      .array(ListIdSchema)
      .min(1)
      .apply(
        described(
          'The levels of the track, lowest first (ids from `levels`).',
          '该通道的层级，由低到高（`levels` 中的编号）。',
        ),
      ),
    description: LocalizedTextSchema.optional().apply(described('What the track is for.', '该通道的用途。')),
  })
  .apply(described('A career track: an ordered ladder of levels.', '职业通道：按顺序排列的一组层级。'));
export type TrackDefinition = z.infer<typeof TrackDefinitionSchema>;

export const ArchitectureSchema = z
  .strictObject({
    levels: z
      .array(LevelDefinitionSchema)
      .min(1)
      .optional()
      .apply(
        described(
          'The level ladder, lowest first; replaces the built-in one (staff, senior, supervisor, manager, director, executive).',
          '层级阶梯，由低到高；取代内置阶梯（staff、senior、supervisor、manager、director、executive）。',
        ),
      ),
    tracks: z
      .array(TrackDefinitionSchema)
      .optional()
      .apply(
        described(
          'Career tracks that run in parallel, e.g. individual contributor and management; none means one ladder.',
          '并行的职业通道，例如专业通道与管理通道；不填即只有一条阶梯。',
        ),
      ),
    authority: z
      .partialRecord(z.enum(AUTHORITY.values), LocalizedTextSchema)
      .optional()
      .apply(
        described(
          'Other names for values of the fixed authority scale, e.g. `decides: { en: Decides, zh: 决策 }`.',
          '固定权限等级中各值的其他名称，例如 `decides: { en: Decides, zh: 决策 }`。',
        ),
      ),
  })
  .apply(
    described(
      "The catalog's job architecture: its level ladder, its career tracks and its names for authorities.",
      '目录的职位架构：层级阶梯、职业通道以及权限等级的名称。',
    ),
  );
export type ArchitectureDefinition = z.infer<typeof ArchitectureSchema>;
