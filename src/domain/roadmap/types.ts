/** A stage of the roadmap as the sheet holds it: number, title, content and the planned period as typed. */
export interface RoadmapStage {
  readonly number: string;
  readonly title: string;
  readonly content: string;
  readonly plannedText: string;
}
