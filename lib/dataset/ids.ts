/** Branded ids: an ActorId cannot be passed where an EventId belongs. */
import { z } from "zod";
import { ID_PATTERN } from "./idShape";

export { ID_PATTERN, isIdShaped } from "./idShape";
const idString = () => z.string().regex(ID_PATTERN, "must be lowercase letters, digits and single hyphens");

export const actorIdSchema = idString().brand<"ActorId">();
export const eventIdSchema = idString().brand<"EventId">();
export const themeIdSchema = idString().brand<"ThemeId">();
export const tieIdSchema = idString().brand<"TieId">();
export const datasetIdSchema = idString().brand<"DatasetId">();
export const stepIdSchema = idString().brand<"StepId">();
export const periodIdSchema = idString().brand<"PeriodId">();

/** Id of an actor (state, leader, organisation…). */
export type ActorId = z.infer<typeof actorIdSchema>;
/** Id of a dated event. */
export type EventId = z.infer<typeof eventIdSchema>;
/** Id of a theme. */
export type ThemeId = z.infer<typeof themeIdSchema>;
/** Id of a tie between two actors. */
export type TieId = z.infer<typeof tieIdSchema>;
/** Id of a dataset (its file name without `.json`). */
export type DatasetId = z.infer<typeof datasetIdSchema>;

/** Id of a story step. */
export type StepId = z.infer<typeof stepIdSchema>;

/** Id of a period (a named band of time). */
export type PeriodId = z.infer<typeof periodIdSchema>;
