/**
 * A map written over the canvas already at its path, never losing what the user did there: nodes
 * and edges the user added (ids not Dossier's) stay exactly as written; a Dossier node the user
 * moved or resized stays where they put it; Dossier's other nodes take their new places, moved
 * down past anything in the way; Dossier's stale nodes and edges go, unless a user's edge ends at
 * one. A file that is no JSON Canvas, or the map of another note, is an error value: nothing is
 * written.
 *
 * Each Dossier node records where Dossier placed it (`"dossierPlaced": "x,y,width,height"`, an
 * extra field, which Obsidian keeps): a node whose geometry differs from its record was moved. A
 * node without a record counts as moved, so nothing the user placed is ever moved by Dossier.
 */
import { message, type Message } from "../i18n";
import { canvasText, isOwn, overlaps, readCanvas, type Box, type CanvasNode, type GroupNode, type RawCanvas, type RawNode } from "./canvas";
import { groupAround, SIZES, type MapDraft } from "./layout";

/** The field that records where Dossier placed a node. */
export const PLACED = "dossierPlaced";

/** The text to write, or why the file was left as it is. */
export type MapResult = { readonly ok: true; readonly text: string; readonly canvas: RawCanvas } | { readonly ok: false; readonly reason: Message };

/** The id prefix of a map's centre node: a canvas holding another centre is another note's map. */
const CENTRE_PREFIX = "dossier-centre-";

/** The canvas text for `draft`, over `existing` (the file's text; null or empty for a new file). */
export function renderMap(draft: MapDraft, existing: string | null): MapResult {
	const read = readCanvas(existing ?? "");
	if (!read.ok) return read;
	const old = read.canvas;
	const other = otherCentre(old, draft);
	if (other) return { ok: false, reason: message("map.invalid.other", { file: typeof other.file === "string" ? other.file : other.id }) };
	const previous = new Map(old.nodes.filter((node) => isOwn(node.id)).map((node) => [node.id, node]));
	const userEdges = old.edges.filter((edge) => !isOwn(edge.id));
	const ends = new Set(userEdges.flatMap((edge) => [edge.fromNode, edge.toNode]));
	const fresh = new Set([...draft.nodes.map((node) => node.id), ...draft.groups.map((group) => group.id)]);
	const userNodes = old.nodes.filter((node) => !isOwn(node.id));
	const stale = old.nodes.filter((node) => isOwn(node.id) && !fresh.has(node.id) && ends.has(node.id));
	const placed = placeNodes(draft, previous, [...userNodes, ...stale].filter((node) => node.type !== "group"));
	const groups = draft.groups.flatMap((group): GroupNode[] => {
		const before = previous.get(group.id);
		const free = group.members.flatMap((id) => (placed.pinned.has(id) ? [] : (placed.byId.get(id) ?? [])));
		if (before && moved(before)) return [keptAt({ id: group.id, type: "group", label: group.label, ...boxOf(before) }, before)];
		if (free.length === 0) return before ? [keptAt({ id: group.id, type: "group", label: group.label, ...boxOf(before) }, before)] : [];
		return [recorded(groupAround(group, free))];
	});
	const nodes = [...groups, ...userNodes, ...draft.nodes.map((node) => placed.byId.get(node.id)!), ...stale];
	const canvas = { nodes, edges: [...draft.edges, ...userEdges] } as unknown as RawCanvas;
	return { ok: true, text: canvasText(canvas), canvas };
}

/** Dossier's centre node in `old`, when it is not the draft's: the file maps another note. */
function otherCentre(old: RawCanvas, draft: MapDraft): RawNode | undefined {
	const centre = draft.nodes.find((node) => node.id.startsWith(CENTRE_PREFIX));
	return old.nodes.find((node) => node.id.startsWith(CENTRE_PREFIX) && node.id !== centre?.id);
}

/**
 * Every draft node at its final place: a moved one where the user left it, the others at their
 * place in the draft, moved down below whatever they would overlap.
 */
function placeNodes(draft: MapDraft, previous: ReadonlyMap<string, RawNode>, fixed: readonly Box[]): { byId: Map<string, CanvasNode & Box>; pinned: Set<string> } {
	const byId = new Map<string, CanvasNode & Box>();
	const pinned = new Set<string>();
	const taken: Box[] = [...fixed];
	for (const node of draft.nodes) {
		const before = previous.get(node.id);
		if (!before || !moved(before)) continue;
		const kept = keptAt({ ...node, ...boxOf(before) }, before);
		byId.set(node.id, kept);
		pinned.add(node.id);
		taken.push(kept);
	}
	for (const node of draft.nodes) {
		if (pinned.has(node.id)) continue;
		const free = recorded({ ...node, y: freeY(node, taken) });
		byId.set(node.id, free);
		taken.push(free);
	}
	return { byId, pinned };
}

/** The lowest `y` from `box.y` down at which `box` overlaps none of `taken`. */
function freeY(box: Box, taken: readonly Box[]): number {
	let y = box.y;
	for (;;) {
		const at = { ...box, y };
		const below = taken.filter((other) => overlaps(at, other)).map((other) => other.y + other.height + SIZES.gap);
		if (below.length === 0) return y;
		y = Math.ceil(Math.max(...below) / SIZES.grid) * SIZES.grid;
	}
}

/** True when the node's geometry is not where Dossier last placed it (or it has no record). */
function moved(node: RawNode): boolean {
	return node[PLACED] !== placement(node);
}

/** The record of a placement: `"x,y,width,height"` (one short line in the file). */
function placement(box: Box): string {
	return `${box.x},${box.y},${box.width},${box.height}`;
}

function boxOf(node: Box): Box {
	return { x: node.x, y: node.y, width: node.width, height: node.height };
}

/** `node` with its placement recorded. */
function recorded<T extends CanvasNode>(node: T): T {
	return { ...node, [PLACED]: placement(node) };
}

/** `node` where the user put it, keeping the record it had (so it still reads as moved). */
function keptAt<T extends CanvasNode>(node: T, before: RawNode): T {
	return before[PLACED] === undefined ? node : { ...node, [PLACED]: before[PLACED] };
}
