/**
 * A checker for JSON Canvas 1.0 (https://jsoncanvas.org/spec/1.0/), written from the spec and
 * independent of Dossier's own canvas code: it returns every problem it finds, as sentences, so a
 * test reads `expect(canvasProblems(text, …)).toEqual([])`. Beyond the spec it checks what makes a
 * map readable: no two non-group nodes overlap, and a node a group's box touches lies wholly in it.
 */

const TYPES = ["text", "file", "link", "group"];
const SIDES = ["top", "right", "bottom", "left"];
const ENDS = ["none", "arrow"];
const BACKGROUND_STYLES = ["cover", "ratio", "repeat"];

export interface CanvasCheck {
	/** True when a file node's path names a file that exists. */
	readonly fileExists?: (path: string) => boolean;
	/** Also check groups come first (drawn below every other node) and contain the nodes they touch. */
	readonly groups?: boolean;
}

interface Node {
	readonly id: string;
	readonly type: string;
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
	readonly [key: string]: unknown;
}

/** Every way `text` fails the spec (and the readability checks); empty when it passes. */
export function canvasProblems(text: string, check: CanvasCheck = {}): string[] {
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return [`not JSON: ${String(error)}`];
	}
	if (!record(data)) return ["the top level is not an object"];
	const problems: string[] = [];
	for (const key of ["nodes", "edges"]) if (data[key] !== undefined && !Array.isArray(data[key])) problems.push(`${key} is not an array`);
	if (problems.length > 0) return problems;
	const nodes = ((data.nodes ?? []) as unknown[]).filter((node, i) => nodeProblems(node, i, check, problems)) as Node[];
	const edges = (data.edges ?? []) as unknown[];
	const ids = new Set<string>();
	for (const item of [...nodes, ...edges.filter(record)]) {
		const id = (item as { id?: unknown }).id;
		if (typeof id === "string" && ids.has(id)) problems.push(`the id ${id} is used twice`);
		if (typeof id === "string") ids.add(id);
	}
	const nodeIds = new Set(nodes.map((n) => n.id));
	edges.forEach((edge, i) => edgeProblems(edge, i, nodeIds, problems));
	overlapProblems(nodes, problems);
	if (check.groups) groupProblems(nodes, problems);
	return problems;
}

/** Adds the node's problems; true when it is sound enough for the geometric checks. */
function nodeProblems(node: unknown, i: number, check: CanvasCheck, problems: string[]): boolean {
	const at = `node ${i}`;
	if (!record(node)) return void problems.push(`${at} is not an object`), false;
	const before = problems.length;
	if (typeof node.id !== "string" || node.id === "") problems.push(`${at} has no id`);
	if (!TYPES.includes(node.type as string)) problems.push(`${at} has type ${String(node.type)}`);
	for (const key of ["x", "y", "width", "height"]) if (!Number.isInteger(node[key])) problems.push(`${at}.${key} is not an integer: ${String(node[key])}`);
	if ((node.width as number) <= 0 || (node.height as number) <= 0) problems.push(`${at} has no area`);
	if (node.color !== undefined && !colour(node.color)) problems.push(`${at}.color is ${show(node.color)}`);
	if (node.type === "text" && typeof node.text !== "string") problems.push(`${at} is a text node without text`);
	if (node.type === "file") {
		if (typeof node.file !== "string" || node.file === "") problems.push(`${at} is a file node without file`);
		else if (check.fileExists && !check.fileExists(node.file)) problems.push(`${at} points at ${node.file}, which does not exist`);
		if (node.subpath !== undefined && !(typeof node.subpath === "string" && node.subpath.startsWith("#"))) problems.push(`${at}.subpath does not start with #`);
	}
	if (node.type === "link" && typeof node.url !== "string") problems.push(`${at} is a link node without url`);
	if (node.type === "group") {
		if (node.label !== undefined && typeof node.label !== "string") problems.push(`${at}.label is not a string`);
		if (node.backgroundStyle !== undefined && !BACKGROUND_STYLES.includes(node.backgroundStyle as string)) problems.push(`${at}.backgroundStyle is ${show(node.backgroundStyle)}`);
	}
	return problems.length === before;
}

function edgeProblems(edge: unknown, i: number, nodeIds: ReadonlySet<string>, problems: string[]): void {
	const at = `edge ${i}`;
	if (!record(edge)) return void problems.push(`${at} is not an object`);
	if (typeof edge.id !== "string" || edge.id === "") problems.push(`${at} has no id`);
	for (const end of ["fromNode", "toNode"]) if (!nodeIds.has(edge[end] as string)) problems.push(`${at}.${end} names no node: ${show(edge[end])}`);
	for (const side of ["fromSide", "toSide"]) if (edge[side] !== undefined && !SIDES.includes(edge[side] as string)) problems.push(`${at}.${side} is ${show(edge[side])}`);
	for (const end of ["fromEnd", "toEnd"]) if (edge[end] !== undefined && !ENDS.includes(edge[end] as string)) problems.push(`${at}.${end} is ${show(edge[end])}`);
	if (edge.color !== undefined && !colour(edge.color)) problems.push(`${at}.color is ${show(edge.color)}`);
	if (edge.label !== undefined && typeof edge.label !== "string") problems.push(`${at}.label is not a string`);
}

function overlapProblems(nodes: readonly Node[], problems: string[]): void {
	const cards = nodes.filter((n) => n.type !== "group");
	for (let i = 0; i < cards.length; i++) {
		for (let j = i + 1; j < cards.length; j++) if (overlap(cards[i]!, cards[j]!)) problems.push(`${cards[i]!.id} and ${cards[j]!.id} overlap`);
	}
}

function groupProblems(nodes: readonly Node[], problems: string[]): void {
	const firstCard = nodes.findIndex((n) => n.type !== "group");
	if (firstCard >= 0 && nodes.slice(firstCard).some((n) => n.type === "group")) problems.push("a group comes after a card, so it is drawn over it");
	for (const group of nodes.filter((n) => n.type === "group")) {
		for (const card of nodes.filter((n) => n.type !== "group")) {
			if (overlap(group, card) && !inside(card, group)) problems.push(`${card.id} lies partly in the group ${group.id}`);
		}
	}
}

function overlap(a: Node, b: Node): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function inside(a: Node, b: Node): boolean {
	return a.x >= b.x && a.y >= b.y && a.x + a.width <= b.x + b.width && a.y + a.height <= b.y + b.height;
}

function colour(value: unknown): boolean {
	return typeof value === "string" && (/^[1-6]$/.test(value) || /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i.test(value));
}

/** A value as JSON writes it, for a problem's sentence. */
function show(value: unknown): string {
	return typeof value === "string" ? value : JSON.stringify(value);
}

function record(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** The nodes of a canvas text, for tests that look at positions. */
export function canvasNodes(text: string): Node[] {
	return ((JSON.parse(text) as { nodes?: Node[] }).nodes ?? []);
}

/** The edges of a canvas text. */
export function canvasEdges(text: string): { id: string; fromNode: string; toNode: string; label?: string; color?: string }[] {
	return ((JSON.parse(text) as { edges?: { id: string; fromNode: string; toNode: string; label?: string }[] }).edges ?? []);
}
