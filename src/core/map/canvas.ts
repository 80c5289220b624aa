/**
 * JSON Canvas 1.0 (https://jsoncanvas.org/spec/1.0/), Obsidian's `.canvas` format, as plain data:
 * nodes (text, file, link, group) with integer geometry, edges between them, colours as a preset
 * `"1"`–`"6"` or a hex value. Also what Dossier needs to own part of a canvas the user also edits:
 * ids of its own (`dossier-<kind>-<hash>`), reading an existing file into nodes and edges it can
 * keep as they are, and writing one out as Obsidian does (tab-indented JSON).
 */
import { message, type Message } from "../i18n";

/** A preset (`"1"` red, `"2"` orange, `"3"` yellow, `"4"` green, `"5"` cyan, `"6"` purple) or `#rrggbb`. */
export type CanvasColor = string;
export const PRESET_COLORS = ["1", "2", "3", "4", "5", "6"] as const;
export type Side = "top" | "right" | "bottom" | "left";
export const SIDES: readonly Side[] = ["top", "right", "bottom", "left"];
export type EdgeEnd = "none" | "arrow";

/** A rectangle in canvas pixels: integers, `x`/`y` its top-left corner. */
export interface Box {
	readonly x: number;
	readonly y: number;
	readonly width: number;
	readonly height: number;
}

interface NodeCommon extends Box {
	/** Unique in the canvas. Dossier's own start with `dossier-`. */
	readonly id: string;
	readonly color?: CanvasColor;
}

export type TextNode = NodeCommon & { readonly type: "text"; readonly text: string };
export type FileNode = NodeCommon & { readonly type: "file"; readonly file: string; readonly subpath?: string };
export type LinkNode = NodeCommon & { readonly type: "link"; readonly url: string };
export type GroupNode = NodeCommon & { readonly type: "group"; readonly label?: string };
export type CanvasNode = TextNode | FileNode | LinkNode | GroupNode;

export interface CanvasEdge {
	readonly id: string;
	readonly fromNode: string;
	readonly fromSide?: Side;
	readonly fromEnd?: EdgeEnd;
	readonly toNode: string;
	readonly toSide?: Side;
	readonly toEnd?: EdgeEnd;
	readonly color?: CanvasColor;
	readonly label?: string;
}

/**
 * A node as read from a file: the spec's fields checked, every other field kept as written (apps
 * store their own there), so a node Dossier does not own is written back exactly as it was.
 */
export type RawNode = Readonly<Record<string, unknown>> & Box & { readonly id: string; readonly type: string };
export type RawEdge = Readonly<Record<string, unknown>> & { readonly id: string; readonly fromNode: string; readonly toNode: string };

/** A canvas as read from a file. */
export interface RawCanvas {
	readonly nodes: readonly RawNode[];
	readonly edges: readonly RawEdge[];
}

/** The prefix of every id Dossier gives; a node or edge without it is the user's. */
export const OWN_PREFIX = "dossier-";

/** What a Dossier node stands for; part of its id. */
export type NodeKind = "centre" | "analysis" | "entity" | "question" | "about" | "group";

/** The id of the node of `kind` for `key` (a path, a question): the same on every run. */
export function nodeId(kind: NodeKind, key: string): string {
	return `${OWN_PREFIX}${kind}-${stableHash(key)}`;
}

/** The id of the edge from one node to another. */
export function edgeId(from: string, to: string): string {
	return `${OWN_PREFIX}edge-${stableHash(`${from}>${to}`)}`;
}

/** True for the ids Dossier gives. */
export function isOwn(id: string): boolean {
	return id.startsWith(OWN_PREFIX);
}

/**
 * 64 bits of two multiplicative string hashes, as 16 hex digits: stable across runs and
 * platforms (UTF-16 code units in, no locale), short enough to read in a file.
 */
export function stableHash(text: string): string {
	let a = 0x811c9dc5;
	let b = 0x9e3779b9;
	for (let i = 0; i < text.length; i++) {
		const code = text.charCodeAt(i);
		a = Math.imul(a ^ code, 0x01000193);
		b = Math.imul(b ^ code, 0x5bd1e995);
		b ^= b >>> 15;
	}
	return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

/** A canvas file's text, or why Dossier will not touch it. */
export type ReadCanvas = { readonly ok: true; readonly canvas: RawCanvas } | { readonly ok: false; readonly reason: Message };

/**
 * Reads a canvas file: empty text is an empty canvas; anything that is not a JSON Canvas with
 * unique node ids, positioned nodes and edges naming their ends is refused, with the reason.
 */
export function readCanvas(text: string): ReadCanvas {
	if (text.trim() === "") return { ok: true, canvas: { nodes: [], edges: [] } };
	let data: unknown;
	try {
		data = JSON.parse(text);
	} catch (error) {
		return { ok: false, reason: message("map.invalid.json", { detail: error instanceof Error ? error.message : String(error) }) };
	}
	if (!isRecord(data) || !isListOrAbsent(data.nodes) || !isListOrAbsent(data.edges)) return { ok: false, reason: message("map.invalid.top") };
	const nodes = (data.nodes ?? []) as unknown[];
	const edges = (data.edges ?? []) as unknown[];
	const badNode = nodes.findIndex((node) => !isNode(node));
	if (badNode >= 0) return { ok: false, reason: message("map.invalid.node", { index: badNode + 1 }) };
	const badEdge = edges.findIndex((edge) => !isEdge(edge));
	if (badEdge >= 0) return { ok: false, reason: message("map.invalid.edge", { index: badEdge + 1 }) };
	const seen = new Set<string>();
	for (const node of nodes as RawNode[]) {
		if (seen.has(node.id)) return { ok: false, reason: message("map.invalid.duplicate", { id: node.id }) };
		seen.add(node.id);
	}
	return { ok: true, canvas: { nodes: nodes as RawNode[], edges: edges as RawEdge[] } };
}

/** The file's text: tab-indented JSON, as Obsidian writes canvases. */
export function canvasText(canvas: { readonly nodes: readonly object[]; readonly edges: readonly object[] }): string {
	return JSON.stringify({ nodes: canvas.nodes, edges: canvas.edges }, null, "\t");
}

/** True when two boxes share any area (touching edges do not overlap). */
export function overlaps(a: Box, b: Box): boolean {
	return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isListOrAbsent(value: unknown): boolean {
	return value === undefined || Array.isArray(value);
}

function isNode(value: unknown): value is RawNode {
	if (!isRecord(value) || typeof value.id !== "string" || typeof value.type !== "string") return false;
	return ["x", "y", "width", "height"].every((key) => typeof value[key] === "number" && Number.isFinite(value[key]));
}

function isEdge(value: unknown): value is RawEdge {
	return isRecord(value) && typeof value.id === "string" && typeof value.fromNode === "string" && typeof value.toNode === "string";
}
