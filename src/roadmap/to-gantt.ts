import type { GanttGroup } from '../charts/gantt';
import type { RoadmapFile } from '../schemas/roadmap';

/** First instant of a month written `AAAA-MM` (UTC). */
export function monthStart(month: string): Date {
	const [year, index] = month.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, index - 1, 1));
}

/** First instant after a month written `AAAA-MM` (UTC): the month is included in a task ending there. */
export function monthEndExclusive(month: string): Date {
	const [year, index] = month.split('-').map(Number) as [number, number];
	return new Date(Date.UTC(year, index, 1));
}

/**
 * Turns the validated timeline into the Gantt chart's groups: one group per phase, one task per
 * objective; an objective without dates of its own spans its phase (the source dates the phases).
 */
export function roadmapToGantt(roadmap: RoadmapFile): GanttGroup[] {
	return roadmap.phases.map((phase) => ({
		id: phase.id,
		label: phase.label,
		start: monthStart(phase.start),
		end: monthEndExclusive(phase.end),
		tasks: phase.objectives.map((objective) => ({
			label: objective.label,
			start: monthStart(objective.start ?? phase.start),
			end: monthEndExclusive(objective.end ?? phase.end),
		})),
	}));
}
