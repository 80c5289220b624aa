/**
 * Where a map's cards go. Columns, left to right: the side cards (questions) beside the row they
 * belong to; the rows (analyses), top to bottom in the order given; the centre; and the ranked
 * cards (entities) on a grid to the right of the centre, the first nearest to it. Each column is
 * wider apart than two group paddings, so groups never reach into another column, and cards in a
 * column are stacked with a gap, so no two cards overlap. Every figure is an integer, on a 20 px
 * grid (Obsidian's canvas snaps to it).
 */
import type { Box, CanvasEdge, CanvasNode, FileNode, GroupNode, TextNode } from "./canvas";

/** A card before it is placed: a node without its position. */
export type Card = Omit<TextNode, "x" | "y"> | Omit<FileNode, "x" | "y">;

/** A group to draw around some cards: its id, label and the ids of its cards. */
export interface GroupSpec {
	readonly id: string;
	readonly label: string;
	readonly members: readonly string[];
}

/** What to lay out. */
export interface MapSpec {
	readonly centre: Card;
	/** Side cards of the centre itself (an analysis map's questions). */
	readonly centreSides: readonly Card[];
	/** Rows: a main card and its side cards. */
	readonly rows: readonly { readonly main: Card; readonly sides: readonly Card[] }[];
	/** Cards around the centre, nearest first. */
	readonly ranked: readonly Card[];
	/** A note under the centre. */
	readonly about: Card;
	/** Groups, given by the kind of card they hold (their members are found here). */
	readonly groups: { readonly sides?: Omit<GroupSpec, "members">; readonly rows?: Omit<GroupSpec, "members">; readonly ranked?: Omit<GroupSpec, "members"> };
	readonly edges: readonly CanvasEdge[];
}

/** A laid-out map: cards placed, groups by members (drawn around them), edges. */
export interface MapDraft {
	/** Every card but the groups, placed. */
	readonly nodes: readonly CanvasNode[];
	readonly groups: readonly GroupSpec[];
	readonly edges: readonly CanvasEdge[];
}

/** Sizes and spacing, in pixels. */
export const SIZES = {
	centre: { width: 400, height: 240 },
	row: { width: 400, height: 120 },
	ranked: { width: 300, height: 100 },
	side: { width: 360 },
	about: { width: 400 },
	/** Between cards in a column, and between rows. */
	gap: 40,
	/** Between columns: more than twice the group padding. */
	column: 200,
	/** Around the cards of a group. */
	padding: 40,
	/** Between the ranked grid's columns. */
	rankedColumn: 100,
	/** The grid everything lies on. */
	grid: 20,
} as const;

/** Places every card of `spec` (see the module comment). */
export function layoutMap(spec: MapSpec): MapDraft {
	const hasSides = spec.centreSides.length > 0 || spec.rows.some((row) => row.sides.length > 0);
	const sidesX = 0;
	const rowsX = hasSides ? SIZES.side.width + SIZES.column : 0;
	const centreX = spec.rows.length > 0 ? rowsX + SIZES.row.width + SIZES.column : rowsX;
	const nodes: CanvasNode[] = [];
	let y = 0;
	for (const row of spec.rows) {
		nodes.push(at(row.main, rowsX, y));
		const bottom = stack(row.sides, sidesX, y, nodes);
		y = Math.max(y + row.main.height, bottom) + SIZES.gap;
	}
	const rowsHeight = Math.max(0, y - SIZES.gap);
	const centreY = spec.rows.length > 0 ? snap((rowsHeight - spec.centre.height) / 2) : 0;
	nodes.push(at(spec.centre, centreX, centreY));
	stack(spec.centreSides, sidesX, centreY, nodes);
	nodes.push(at(spec.about, centreX, centreY + spec.centre.height + 2 * SIZES.gap));
	const centre = { x: centreX + spec.centre.width / 2, y: centreY + spec.centre.height / 2 };
	const slots = rankedSlots(spec.ranked.length, centreX + spec.centre.width + SIZES.column, centre);
	spec.ranked.forEach((card, i) => nodes.push(at(card, slots[i]!.x, slots[i]!.y)));
	return { nodes, groups: groupsOf(spec), edges: spec.edges };
}

/** Stacks `cards` downwards from `y` at `x`, a gap apart; returns the bottom of the last (or `y`). */
function stack(cards: readonly Card[], x: number, y: number, into: CanvasNode[]): number {
	let bottom = y;
	cards.forEach((card, i) => {
		const top = i === 0 ? y : bottom + SIZES.gap;
		into.push(at(card, x, top));
		bottom = top + card.height;
	});
	return bottom;
}

/**
 * `count` slots for ranked cards on a grid right of `left`, sorted by their distance to `centre`
 * (ties: the upper first, then the nearer column), so the first card is the nearest.
 */
export function rankedSlots(count: number, left: number, centre: { readonly x: number; readonly y: number }): { readonly x: number; readonly y: number }[] {
	const { width, height } = SIZES.ranked;
	const dx = width + SIZES.rankedColumn;
	const dy = height + SIZES.gap;
	const top = snap(centre.y - height / 2);
	const candidates: { x: number; y: number; distance: number }[] = [];
	const columns = Math.ceil(count / 5) + 1;
	for (let column = 0; column < columns; column++) {
		for (let row = -count; row <= count; row++) {
			const x = left + column * dx;
			const y = top + row * dy;
			candidates.push({ x, y, distance: Math.hypot(x + width / 2 - centre.x, y + height / 2 - centre.y) });
		}
	}
	candidates.sort((a, b) => a.distance - b.distance || a.y - b.y || a.x - b.x);
	return candidates.slice(0, count).map(({ x, y }) => ({ x, y }));
}

function groupsOf(spec: MapSpec): GroupSpec[] {
	const groups: GroupSpec[] = [];
	const add = (group: Omit<GroupSpec, "members"> | undefined, cards: readonly Card[]) => {
		if (group && cards.length > 0) groups.push({ ...group, members: cards.map((card) => card.id) });
	};
	add(spec.groups.sides, [...spec.rows.flatMap((row) => row.sides), ...spec.centreSides]);
	add(spec.groups.rows, spec.rows.map((row) => row.main));
	add(spec.groups.ranked, spec.ranked);
	return groups;
}

/** The group drawn around `boxes`: their bounding box and the padding, on the grid. */
export function groupAround(group: Omit<GroupSpec, "members">, boxes: readonly Box[]): GroupNode {
	const left = Math.min(...boxes.map((b) => b.x)) - SIZES.padding;
	const top = Math.min(...boxes.map((b) => b.y)) - SIZES.padding;
	const right = Math.max(...boxes.map((b) => b.x + b.width)) + SIZES.padding;
	const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + SIZES.padding;
	return { id: group.id, type: "group", label: group.label, x: left, y: top, width: right - left, height: bottom - top };
}

/** A card placed at (`x`, `y`), its fields in the order Obsidian writes them. */
export function at(card: Card, x: number, y: number): CanvasNode {
	const { id, width, height, color } = card;
	const place = { x, y, width, height, ...(color ? { color } : {}) };
	return card.type === "file" ? { id, type: "file", file: card.file, ...place } : { id, type: "text", text: card.text, ...place };
}

/** `value` rounded to the grid. */
export function snap(value: number): number {
	return Math.round(value / SIZES.grid) * SIZES.grid;
}

/**
 * The height a text card of `width` needs for `text`, rounded up to the grid: lines of about
 * 9 px per Latin character and 16 px per CJK one (Obsidian's 16 px text), 26 px each, with the
 * card's padding.
 */
export function textHeight(text: string, width: number): number {
	const perLine = Math.max(1, width - 48);
	let lines = 0;
	for (const paragraph of text.split("\n")) {
		let pixels = 0;
		for (const char of paragraph.replace(/\*\*|\[\[[^\]|]*\||\[\[|\]\]/g, "")) pixels += /[\u1100-\uFFFF]/.test(char) ? 16 : 9;
		lines += Math.max(1, Math.ceil(pixels / perLine));
	}
	return Math.ceil((lines * 26 + 48) / SIZES.grid) * SIZES.grid;
}
