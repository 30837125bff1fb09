import { z } from 'zod';

// What rolematrix writes of HR Open Standards 4.3 JDX `JobDescriptionType` (recruiting/json/jdx, JSON Schema
// draft-04), as our own typed model. Each type keeps the published types' property names and value types for the
// properties the export fills; the objects are strict, so a property the published type does not have (a misplaced
// `occupationCategories`) fails here and in the tests, and the exporter's objects are typed from these schemas, so a
// wrong shape does not compile. The published schemas were read from the 4.3 set in 1EdTech's
// digital-credentials-public-validator (docs/interchange.md says how to validate against them).

/** A URI, as draft-04's `format: uri` reads it: a scheme, a colon, and no spaces. */
const Uri = z.string().regex(/^[A-Za-z][A-Za-z0-9+.-]*:\S+$/);

/** `DefinedTermSetType`: the controlled vocabulary a term is taken from. No property is required. */
export const JdxDefinedTermSetSchema = z.strictObject({
  name: z.string().optional(),
  descriptions: z.array(z.string()).optional(),
  url: Uri.optional(),
});

/** `ScaleAnnotationType`: how a term applies to the job (required, preferred, and words about it). */
export const JdxScaleAnnotationSchema = z.strictObject({
  required: z.boolean().optional(),
  preferred: z.boolean().optional(),
  descriptions: z.array(z.string()).optional(),
});

/**
 * `AnnotatedDefinedTermType`: a term, optionally from a controlled vocabulary (`inDefinedTermSet` is an object, not a
 * string), with an annotation. No property is required.
 */
export const JdxAnnotatedDefinedTermSchema = z.strictObject({
  name: z.string().optional(),
  termCode: z.string().optional(),
  descriptions: z.array(z.string()).optional(),
  inDefinedTermSet: JdxDefinedTermSetSchema.optional(),
  annotation: JdxScaleAnnotationSchema.optional(),
});

/** An ISO 8601 duration of years or months (`P3Y`, `P18M`), as `QualifyingExperienceType.duration` is written. */
const Duration = z.string().regex(/^P(?:\d+Y)?(?:\d+M)?$/);

/** `QualifyingExperienceType`: education or experience a position asks for. */
export const JdxQualifyingExperienceSchema = z.strictObject({
  duration: Duration.optional(),
  descriptions: z.array(z.string()).optional(),
  educationLevels: z.array(JdxAnnotatedDefinedTermSchema).optional(),
  experienceCategories: z.array(JdxAnnotatedDefinedTermSchema).optional(),
});

/** `CredentialType` (the part rolematrix fills). */
export const JdxCredentialSchema = z.strictObject({
  credentialCategory: JdxAnnotatedDefinedTermSchema.optional(),
  descriptions: z.array(z.string()).optional(),
});

/** The common `IdentifierType`: `value` is its one required property. */
export const JdxIdentifierSchema = z.strictObject({
  value: z.string(),
  schemeId: z.string().optional(),
});

/**
 * `JobDescriptionType`, the properties rolematrix fills. `reportingRelationships` is an array of strings; the job's own
 * occupation codes have no property here (`occupationCategories` belongs to QualifyingExperienceType and
 * CredentialType).
 */
export const JdxJobDescriptionSchema = z.strictObject({
  identifiers: z.array(JdxIdentifierSchema).optional(),
  positionID: z.string().optional(),
  title: z.string().optional(),
  descriptions: z.array(z.string()).optional(),
  responsibilities: z.array(JdxAnnotatedDefinedTermSchema).optional(),
  tasks: z.array(JdxAnnotatedDefinedTermSchema).optional(),
  competencies: z.array(JdxAnnotatedDefinedTermSchema).optional(),
  skills: z.array(JdxAnnotatedDefinedTermSchema).optional(),
  technologies: z.array(JdxAnnotatedDefinedTermSchema).optional(),
  knowledge: z.array(JdxAnnotatedDefinedTermSchema).optional(),
  requiredEducation: z.array(JdxQualifyingExperienceSchema).optional(),
  preferredEducation: z.array(JdxQualifyingExperienceSchema).optional(),
  requiredExperiences: z.array(JdxQualifyingExperienceSchema).optional(),
  requiredCredentials: z.array(JdxCredentialSchema).optional(),
  reportingRelationships: z.array(z.string()).optional(),
});

export type JdxDefinedTermSet = z.infer<typeof JdxDefinedTermSetSchema>;
export type JdxScaleAnnotation = z.infer<typeof JdxScaleAnnotationSchema>;
export type JdxAnnotatedDefinedTerm = z.infer<typeof JdxAnnotatedDefinedTermSchema>;
export type JdxQualifyingExperience = z.infer<typeof JdxQualifyingExperienceSchema>;
export type JdxCredential = z.infer<typeof JdxCredentialSchema>;
export type JdxJobDescription = z.infer<typeof JdxJobDescriptionSchema>;
