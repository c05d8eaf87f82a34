/**
 * The dataset schema: the single source of truth for the data model. Types come from z.infer;
 * cross-references are checked in `checks.ts`, attached below with superRefine so one parse reports
 * every problem with its path.
 */
import { z } from "zod";
import { isoDateProblem } from "@/lib/dateProblem";
import { precisionOf } from "@/lib/dates";
import { actorIdSchema, datasetIdSchema, eventIdSchema, periodIdSchema, stepIdSchema, themeIdSchema, tieIdSchema } from "./ids";
import { checkDataset } from "./checks";
import { KNOWN_ACTOR_KINDS, KNOWN_TIE_KINDS } from "./kinds";

export { KNOWN_ACTOR_KINDS, KNOWN_TIE_KINDS } from "./kinds";

const MAX_QUOTE_WORDS = 30;

/** A calendar date as an ISO string at day, month or year precision; years before 1 CE as expanded years ("-0602"). */
export const isoDateSchema = z
  .string()
  .regex(/^(\d{4}|[+-]\d{4,6})(-\d{2}(-\d{2})?)?$/, "must be a date as YYYY, YYYY-MM or YYYY-MM-DD (years before 1 CE as -YYYY)")
  .superRefine((value, ctx) => {
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
  });

const dayDateSchema = z
  .string()
  .regex(/^(\d{4}|[+-]\d{4,6})-\d{2}-\d{2}$/, "must be a date as YYYY-MM-DD")
  .superRefine((value, ctx) => {
    const problem = isoDateProblem(value);
    if (problem) ctx.addIssue({ code: "custom", message: problem, input: value });
    else if (precisionOf(value) !== "day") ctx.addIssue({ code: "custom", message: "must be a day", input: value });
  });

export const precisionSchema = z.enum(["day", "month", "year"]);
export const statusSchema = z.enum(["occurred", "expected"]).describe("occurred, or expected by the source (a forecast)");
export const basisSchema = z
  .enum(["article", "context", "imported"])
  .describe("article: stated or implied by the source text; context: outside fact, cite a public URL; imported: from another tool's file, sources optional");
export const sentimentSchema = z.number().int().min(-2).max(2).describe("-2 hostile … +2 warm");

export const actorKindSchema = z
  .string()
  .min(1)
  .describe(`open: ${KNOWN_ACTOR_KINDS.join(", ")} have their own shapes; any other kind gets a generic one`);

export const tieKindSchema = z.string().min(1).describe(`open: for example ${KNOWN_TIE_KINDS.join(", ")}`);

/** Where a fact comes from: a paragraph of the source (with a short quote) or a public URL. */
export const sourceSchema = z
  .strictObject({
    paragraph: z.number().int().min(1).optional(),
    quote: z
      .string()
      .min(1)
      .refine((q) => q.trim().split(/\s+/).length <= MAX_QUOTE_WORDS, {
        message: `quote is longer than ${MAX_QUOTE_WORDS} words`,
      })
      .optional(),
    url: z.url({ protocol: /^https?$/, message: "must be an http(s) URL" }).optional(),
    supports: z
      .enum(["end"])
      .optional()
      .describe('"end": this source gives the item\'s end date, which lets an item that has occurred end after asOf'),
  })
  .refine((s) => s.paragraph !== undefined || s.url !== undefined, { message: "a source needs a paragraph or a url" })
  .refine((s) => s.quote === undefined || s.paragraph !== undefined, {
    message: "a quote needs the paragraph it comes from",
    path: ["quote"],
  });

// At least one source, except for imported items (checked in checks.ts, where the basis is known).
const sourcesSchema = z.array(sourceSchema).default([]);

export const themeSchema = z.strictObject({
  id: themeIdSchema,
  label: z.string().min(1),
  description: z.string().optional(),
});

export const actorSchema = z.strictObject({
  id: actorIdSchema,
  name: z.string().min(1),
  kind: actorKindSchema,
  affiliation: actorIdSchema.optional().describe("the actor this one belongs to, e.g. a leader's state"),
  aliases: z.array(z.string().min(1)).optional(),
  description: z.string().optional(),
  sources: z.array(sourceSchema).optional(),
});

export const eventDateSchema = z.strictObject({
  start: isoDateSchema,
  end: isoDateSchema.optional(),
  precision: precisionSchema,
});

export const eventSchema = z.strictObject({
  id: eventIdSchema,
  title: z.string().min(1),
  summary: z.string().min(1),
  date: eventDateSchema.optional().describe("omit for an undated item: it is always in the window"),
  actors: z.array(actorIdSchema),
  themes: z.array(themeIdSchema),
  status: statusSchema,
  basis: basisSchema,
  sources: sourcesSchema,
});

export const spanSchema = z.strictObject({ start: isoDateSchema.optional(), end: isoDateSchema.optional() });

export const phaseSchema = z.strictObject({
  start: isoDateSchema.optional(),
  end: isoDateSchema.optional(),
  sentiment: sentimentSchema,
  note: z.string().min(1),
});

export const tieSchema = z.strictObject({
  id: tieIdSchema,
  source: actorIdSchema,
  target: actorIdSchema,
  kind: tieKindSchema,
  directed: z.boolean(),
  sentiment: sentimentSchema.default(0).describe("-2 hostile … +2 warm; neutral when omitted"),
  weight: z.number().positive().optional().describe("how strong the tie is, e.g. the number of shared events"),
  span: spanSchema.optional().describe("omit for a tie without dates: it is shown while both its actors are in the window (by a visible event or a visible dated tie)"),
  phases: z.array(phaseSchema).optional().describe("how the tie's valence changed, in order"),
  status: statusSchema,
  basis: basisSchema,
  themes: z.array(themeIdSchema),
  events: z.array(eventIdSchema).optional(),
  summary: z.string().min(1),
  sources: sourcesSchema,
});

/** A named band of time (an era, a phase of a conflict), drawn behind the timeline. */
export const periodSchema = z.strictObject({
  id: periodIdSchema,
  label: z.string().min(1),
  start: isoDateSchema,
  end: isoDateSchema,
});

export const datasetSourceSchema = z.strictObject({
  title: z.string().min(1),
  publisher: z.string().optional(),
  author: z.string().optional(),
  date: isoDateSchema,
  url: z.url().optional(),
  paragraphs: z.number().int().min(1),
});

/** The view a story step opens: any of the URL's view fields. */
export const stepViewSchema = z.strictObject({
  from: dayDateSchema.optional(),
  to: dayDateSchema.optional(),
  themes: z.array(themeIdSchema).optional().describe("the theme filter; omit for all themes"),
  actor: actorIdSchema.optional(),
  event: eventIdSchema.optional(),
  tie: tieIdSchema.optional(),
});

export const storyStepSchema = z.strictObject({
  id: stepIdSchema,
  title: z.string().min(1),
  text: z.string().min(1),
  sources: sourcesSchema,
  view: stepViewSchema,
});

export const storySchema = z
  .strictObject({
    title: z.string().min(1),
    steps: z.array(storyStepSchema).min(1, "a story needs at least one step"),
  })
  .describe("a guided path through the data: each step is a view of both charts");

const datasetShape = z.strictObject({
  $schema: z.string().optional(),
  id: datasetIdSchema,
  title: z.string().min(1),
  description: z.string(),
  source: datasetSourceSchema.optional().describe("the text the dataset follows; imported datasets may have none"),
  asOf: dayDateSchema.optional().describe("the analysis date: the line between what had happened and what the text expects"),
  defaultWindow: z.strictObject({ from: dayDateSchema, to: dayDateSchema }).optional(),
  themes: z.array(themeSchema),
  periods: z.array(periodSchema).optional().describe("named bands of time drawn behind the timeline"),
  actors: z.array(actorSchema),
  events: z.array(eventSchema),
  ties: z.array(tieSchema),
  story: storySchema.optional(),
});

/** The whole dataset, with every cross-reference checked. */
export const datasetSchema = datasetShape.superRefine(checkDataset, { when: () => true });

/** The dataset's object shape without cross-reference checks (for the JSON Schema export). */
export const datasetShapeSchema = datasetShape;

export type Source = z.infer<typeof sourceSchema>;
export type Theme = z.infer<typeof themeSchema>;
export type Actor = z.infer<typeof actorSchema>;
export type ActorKind = z.infer<typeof actorKindSchema>;
export type EventDate = z.infer<typeof eventDateSchema>;
export type DatasetEvent = z.infer<typeof eventSchema>;
export type Span = z.infer<typeof spanSchema>;
export type Phase = z.infer<typeof phaseSchema>;
export type Tie = z.infer<typeof tieSchema>;
export type TieKind = z.infer<typeof tieKindSchema>;
export type StepView = z.infer<typeof stepViewSchema>;
export type StoryStep = z.infer<typeof storyStepSchema>;
export type Story = z.infer<typeof storySchema>;
export type Status = z.infer<typeof statusSchema>;
export type Period = z.infer<typeof periodSchema>;
export type Basis = z.infer<typeof basisSchema>;
/** A validated dataset. */
export type Dataset = z.infer<typeof datasetShape>;
