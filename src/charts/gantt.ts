import { scaleUtc, utcMonth } from 'd3';

/**
 * A Gantt chart as an SVG string, computed at build time (no DOM, no client script).
 * Scales and month ticks come from d3 (d3-scale, d3-time); the elements are written here.
 * The SVG is an image with a title and a description generated from the data; the page shows the
 * same data as an HTML table (see `GanttChart.astro`).
 */

/** One bar: a task that runs from `start` (included) to `end` (excluded). */
export interface GanttTask {
	/** Text shown left of the bar. */
	label: string;
	/** First instant (UTC). */
	start: Date;
	/** First instant after the task (UTC), e.g. 1 October for a task that ends in September. */
	end: Date;
}

/** A group of tasks (a phase), drawn as a bar of its own above its tasks. */
export interface GanttGroup extends GanttTask {
	/** Stable id, used in element classes and data attributes. */
	id: string;
	/** Tasks of the group, in order. */
	tasks: GanttTask[];
}

export interface GanttOptions {
	/** Id prefix of the title and description elements; unique on the page. */
	id: string;
	/** Accessible title of the chart. */
	title: string;
	/** Width of the drawing in SVG units (default 720). */
	width?: number;
	/** Width of the label column (default 270). */
	labelWidth?: number;
	/** Maximum characters per label line before wrapping (default 38). */
	labelLineLength?: number;
}

const defaults = { width: 720, labelWidth: 270, labelLineLength: 38 };
const layout = { axisHeight: 44, lineHeight: 16, rowPadding: 12, barHeight: 10, groupBarHeight: 20, marginRight: 16, marginBottom: 8 };

const monthLong = new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' });
const monthShort = new Intl.DateTimeFormat('fr-FR', { month: 'short', timeZone: 'UTC' });

/** « avril 2023 » for the month containing `date`. */
export function formatMonth(date: Date): string {
	return monthLong.format(date);
}

/** The last month a task covers (its end is exclusive). */
function lastMonth(task: GanttTask): Date {
	return utcMonth.floor(new Date(task.end.getTime() - 1));
}

/** « d'avril 2023 à septembre 2023 » / « de septembre 2023 à septembre 2024 ». */
export function describePeriod(task: GanttTask): string {
	const from = formatMonth(task.start);
	const elided = /^[aeiouyéèêh]/i.test(from) ? `d'${from}` : `de ${from}`;
	return `${elided} à ${formatMonth(lastMonth(task))}`;
}

/** Text alternative of the chart, generated from the data (used as the SVG `<desc>`). */
export function describeGantt(groups: readonly GanttGroup[]): string {
	if (groups.length === 0) return 'Aucune phase à afficher.';
	const first = groups.reduce((min, g) => (g.start < min ? g.start : min), groups[0]!.start);
	const last = groups.reduce((max, g) => (g.end > max ? g.end : max), groups[0]!.end);
	const parts = groups.map((group) => `${group.label}, ${describePeriod(group)} : ${group.tasks.length} objectif${group.tasks.length > 1 ? 's' : ''}`);
	return `${groups.length} phase${groups.length > 1 ? 's' : ''} ${describePeriod({ label: '', start: first, end: last })}. ${parts.join(' ; ')}. Le détail de chaque objectif figure dans le tableau qui suit le diagramme.`;
}

/** Splits a label into lines of at most `max` characters, at spaces. */
export function wrapLabel(text: string, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/).filter(Boolean)) {
		if (line && line.length + 1 + word.length > max) {
			lines.push(line);
			line = word;
		} else {
			line = line ? `${line} ${word}` : word;
		}
	}
	if (line) lines.push(line);
	return lines;
}

/** Escapes text for use in SVG content and attributes. */
export function escapeXml(text: string): string {
	return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

const round = (value: number) => Math.round(value * 100) / 100;
const isoDay = (date: Date) => date.toISOString().slice(0, 10);

interface Row {
	kind: 'group' | 'task';
	groupId: string;
	task: GanttTask;
	lines: string[];
	y: number;
	height: number;
}

/**
 * Draws the groups and their tasks as a Gantt chart.
 * @param groups phases with their tasks, in display order
 * @param options id prefix, title and sizes
 * @returns an `<svg role="img">` string with `<title>`, `<desc>`, one `<rect class="gantt-bar">` per group and per task
 */
export function renderGantt(groups: readonly GanttGroup[], options: GanttOptions): string {
	const { width, labelWidth, labelLineLength } = { ...defaults, ...options };
	const titleId = `${options.id}-titre`;
	const descId = `${options.id}-description`;

	const rows: Row[] = [];
	let y = layout.axisHeight;
	for (const group of groups) {
		const groupLines = [group.label, describePeriod(group)];
		const groupHeight = groupLines.length * layout.lineHeight + layout.rowPadding;
		rows.push({ kind: 'group', groupId: group.id, task: group, lines: groupLines, y, height: groupHeight });
		y += groupHeight;
		for (const task of group.tasks) {
			const lines = wrapLabel(task.label, labelLineLength);
			const height = Math.max(lines.length, 1) * layout.lineHeight + layout.rowPadding;
			rows.push({ kind: 'task', groupId: group.id, task, lines, y, height });
			y += height;
		}
	}
	const height = y + layout.marginBottom;

	const allTasks = rows.map((row) => row.task);
	const start = allTasks.length ? new Date(Math.min(...allTasks.map((t) => t.start.getTime()))) : new Date(0);
	const end = allTasks.length ? new Date(Math.max(...allTasks.map((t) => t.end.getTime()))) : new Date(0);
	const x = scaleUtc().domain([start, end]).range([labelWidth, width - layout.marginRight]);

	const ticks = x.ticks(utcMonth.every(3)!);
	const axis = ticks
		.map((tick, index) => {
			const tx = round(x(tick));
			const showYear = index === 0 || tick.getUTCMonth() === 0;
			const year = showYear ? `<tspan x="${tx}" dy="14">${tick.getUTCFullYear()}</tspan>` : '';
			return (
				`<line class="gantt-grid" x1="${tx}" x2="${tx}" y1="${layout.axisHeight - 6}" y2="${height - layout.marginBottom}"/>` +
				`<text class="gantt-tick" x="${tx}" y="14" text-anchor="middle">${escapeXml(monthShort.format(tick))}${year}</text>`
			);
		})
		.join('');

	const body = rows
		.map((row) => {
			const barHeight = row.kind === 'group' ? layout.groupBarHeight : layout.barHeight;
			const barY = round(row.y + (row.height - barHeight) / 2);
			const bx = round(x(row.task.start));
			const bw = round(Math.max(x(row.task.end) - x(row.task.start), 1));
			const textTop = row.y + (row.height - row.lines.length * layout.lineHeight) / 2 + layout.lineHeight - 4;
			const label = row.lines
				.map((line, index) => `<tspan x="${row.kind === 'group' ? 0 : 12}" y="${round(textTop + index * layout.lineHeight)}">${escapeXml(line)}</tspan>`)
				.join('');
			const tooltip = `${row.task.label} : ${describePeriod(row.task)}`;
			return (
				`<g class="gantt-row gantt-row--${row.kind}" data-group="${escapeXml(row.groupId)}">` +
				`<title>${escapeXml(tooltip)}</title>` +
				`<text class="gantt-label gantt-label--${row.kind}">${label}</text>` +
				`<rect class="gantt-bar gantt-bar--${row.kind}" x="${bx}" y="${barY}" width="${bw}" height="${barHeight}" rx="3" data-start="${isoDay(row.task.start)}" data-end="${isoDay(row.task.end)}"/>` +
				`</g>`
			);
		})
		.join('');

	return (
		`<svg xmlns="http://www.w3.org/2000/svg" class="gantt" viewBox="0 0 ${width} ${round(height)}" role="img" aria-labelledby="${titleId} ${descId}">` +
		`<title id="${titleId}">${escapeXml(options.title)}</title>` +
		`<desc id="${descId}">${escapeXml(describeGantt(groups))}</desc>` +
		`<g class="gantt-axis">${axis}</g>` +
		`<g class="gantt-rows">${body}</g>` +
		`</svg>`
	);
}
