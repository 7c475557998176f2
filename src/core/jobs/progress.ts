/** How far a long job has got, as its worker reports it. */
export type JobProgress = { stage: string; done: number; total: number; detail?: Record<string, number> }
