/**
 * An Aho–Corasick automaton over folded UTF-16 code units: every occurrence of every pattern in
 * one pass over the text, whatever the number of patterns.
 *
 * Laid out as a double-array trie, because a scan against tens of thousands of names costs cache
 * misses and mispredicted branches, not arithmetic:
 *
 * - the fold table and the alphabet are one lookup: `alphabet[unit]` is the folded unit's index
 *   among the units the patterns use (1…), or 0 for a unit in no pattern, which sends the scan
 *   back to the root at once;
 * - states are slots; the transition from `s` on index `a` is the slot `base[s] + a` when that
 *   slot's `check` is `s` — one read, no search, no branch to mispredict but the answer;
 * - each slot's `[check, base, fail, hit]` lie side by side, so arriving in a state brings what
 *   the next step needs into the same cache line;
 * - the root, where the scan returns after nearly every failed step, answers from a dense row
 *   by alphabet index: one read, and a failure chain that reaches the root ends there at once;
 * - states with many children (the first units of names) answer from a small bitmap of them,
 *   instead of reading a far slot's check that nearly always says no.
 *
 * Given which units are word units, a pattern reports only where it does not cut a word: one that
 * starts with a word unit, where the text before is none; one that ends with a word unit, where the
 * text after is none (`ai` is found in `the AI`, never in `said` or `aim`). For the start, the scan
 * feeds a virtual boundary unit before each word unit that follows a non-word one (and before the
 * text's first), and such patterns are built with the same unit before their first unit and
 * before every word unit of theirs that follows a non-word one; for the end, no hit is reported
 * between two word units. On Latin text against many short names, most occurrences sit inside
 * longer words: they cost nothing now, instead of a hit each to reject.
 *
 * Built breadth first from the patterns, with no sort: each state holds a run of the patterns
 * through it, split by their next unit (a counting pass) into its children's runs; the children
 * are placed at the first base where all their slots are free, and their failure links set as
 * they are placed (every shallower state is placed by then). A scan allocates nothing but its
 * result.
 */

const NONE = -1;
/** Int32s per slot: check (the parent state, NONE when free), base, fail, hit. */
const CELL = 4;
const CHECK = 0;
const BASE = 1;
const FAIL = 2;
/** The first state reporting at this one: itself when a pattern ends here, else its dictionary link. */
const HIT = 3;

/** Every (end, pattern) hit in a scan, as parallel arrays; `end` is exclusive. */
export interface Hits {
	readonly ends: number[];
	readonly patterns: number[];
}

export interface Automaton {
	/** Pattern lengths, by pattern id. */
	readonly lengths: Int32Array;
	readonly states: number;
	/** Every occurrence of every pattern in `text` folded through the build's table. */
	readonly scan: (text: string) => Hits;
}

/**
 * Builds the automaton; pattern `i` of `patterns` (non-empty, already folded through `table`)
 * reports as id `i`. The scan folds the text through `table`. With `isWord` (a test on folded
 * units), patterns that start with a word unit report only at a word's start (module comment).
 */
export function buildAutomaton(patterns: readonly string[], table: Uint16Array, isWord?: (unit: number) => boolean): Automaton {
	return runSteps(automatonBuild(patterns, table, isWord));
}

/** `buildAutomaton` a step at a time (see `matcherBuild`): it pauses between steps and returns the automaton. */
export function* automatonBuild(patterns: readonly string[], table: Uint16Array, isWord?: (unit: number) => boolean): Generator<void, Automaton, void> {
	const marked: string[] = [];
	for (const pattern of patterns) {
		marked.push(isWord ? withBoundaries(pattern, isWord) : pattern);
		if (marked.length % PATTERNS_PER_STEP === 0) yield;
	}
	yield;
	const alphabet = alphabetOf(marked);
	yield;
	const builder = new Builder(marked, alphabet);
	yield;
	yield* builder.build();
	const boundary = isWord ? alphabet.index[BOUNDARY]! : 0;
	const words = new Uint8Array(0x10000);
	if (isWord) for (let c = 0; c < 0x10000; c++) words[c] = isWord(table[c]!) ? 1 : 0;
	yield;
	const folded = foldedAlphabet(table, alphabet.index);
	const root = builder.rootRow();
	yield;
	const compiled = new Compiled(folded, words, boundary, builder.cells, builder.output, builder.dict, root, builder.mapsOf());
	const lengths = Int32Array.from(patterns, (p) => p.length);
	return { lengths, states: builder.states, scan: (text) => compiled.scan(text) };
}

/** Runs a stepped build (`automatonBuild`, `matcherBuild`) through, and returns what it built. */
export function runSteps<T>(steps: Generator<void, T, void>): T {
	for (;;) {
		const step = steps.next();
		if (step.done) return step.value;
	}
}

/**
 * The virtual boundary unit inside patterns: a noncharacter, and never read from a text (the scan
 * maps the text's own U+FFFF to no pattern unit, and feeds the boundary itself).
 */
const BOUNDARY = 0xffff;

/** `pattern` with the boundary unit before each word unit that starts a word (the first one included). */
function withBoundaries(pattern: string, isWord: (unit: number) => boolean): string {
	let out = "";
	let before = false;
	for (let i = 0; i < pattern.length; i++) {
		const word = isWord(pattern.charCodeAt(i));
		if (word && !before) out += "\uffff";
		out += pattern[i]!;
		before = word;
	}
	return out;
}

interface Alphabet {
	/** By code unit: its index (1…), or 0 when no pattern uses it. */
	readonly index: Uint16Array;
	/** How many units the patterns use: the highest index. */
	readonly size: number;
}

/** The units the patterns use, indexed by falling frequency (the common ones pack the root's children close). */
function alphabetOf(patterns: readonly string[]): Alphabet {
	const counts = new Int32Array(0x10000);
	for (const p of patterns) for (let i = 0; i < p.length; i++) counts[p.charCodeAt(i)]!++;
	const used: number[] = [];
	for (let c = 0; c < 0x10000; c++) if (counts[c]) used.push(c);
	used.sort((x, y) => counts[y]! - counts[x]! || x - y);
	// Folded patterns use at most 0xffff units: a fold maps two units (at least `A` and `a`) to one.
	if (used.length > 0xffff) throw new RangeError("patterns must be folded: they use every code unit");
	const index = new Uint16Array(0x10000);
	used.forEach((c, i) => (index[c] = i + 1));
	return { index, size: used.length };
}

/** The fold and the alphabet in one table: text unit → index of its folded unit. */
function foldedAlphabet(table: Uint16Array, index: Uint16Array): Uint16Array {
	const out = new Uint16Array(0x10000);
	for (let c = 0; c < 0x10000; c++) out[c] = table[c] === BOUNDARY ? 0 : index[table[c]!]!;
	return out;
}

/** The scan-time layout (see the module comment). */
class Compiled {
	constructor(
		private readonly alphabet: Uint16Array,
		/** By text unit: 1 for a word unit (all 0 without boundaries). `words[NaN]`, past the text's end, is undefined. */
		private readonly words: Uint8Array,
		/** The boundary unit's alphabet index, or 0 without boundaries. */
		private readonly boundary: number,
		/** Per slot `[check, base, fail, hit]`. */
		private readonly cells: Int32Array,
		/** By slot: the pattern ending there, or NONE. */
		private readonly output: Int32Array,
		/** By slot: the nearest proper suffix state where a pattern ends, or NONE. */
		private readonly dict: Int32Array,
		/** By alphabet index: the root's child, or 0 (the root itself) when it has none. */
		private readonly root: Int32Array,
		/** The children bitmaps of the states with many children (`Maps`). */
		private readonly maps: Maps,
	) {}

	scan(text: string): Hits {
		const ends: number[] = [];
		const patterns: number[] = [];
		const { alphabet, words, boundary, cells, output, dict } = this;
		let state = 0;
		let inWord = false;
		for (let i = 0; i < text.length; i++) {
			const unit = text.charCodeAt(i);
			const a = alphabet[unit]!;
			const startsWord = words[unit] === 1 && !inWord;
			inWord = words[unit] === 1;
			if (a === 0) {
				state = 0;
				continue;
			}
			// The boundary ends no pattern: it only leads on to the word's first unit.
			if (startsWord && boundary !== 0) state = this.step(state, boundary);
			state = this.step(state, a);
			// Every pattern ending here ends with this unit: inside a word, none of them is on a boundary.
			if (state === 0 || (inWord && words[text.charCodeAt(i + 1)] === 1)) continue;
			for (let s = cells[state * CELL + HIT]!; s !== NONE; s = dict[s]!) {
				ends.push(i + 1);
				patterns.push(output[s]!);
			}
		}
		return { ends, patterns };
	}

	/** The state after `state` on alphabet index `a`: its child, else its failure state's; at the root, the row. */
	private step(state: number, a: number): number {
		const { cells, root } = this;
		if (state === 0) return root[a]!;
		const { at: mapAt, bits } = this.maps;
		for (;;) {
			const map = mapAt[state]!;
			const next = cells[state * CELL + BASE]! + a;
			if (map >= 0 ? (bits[map + (a >> 5)]! & (1 << (a & 31))) !== 0 : cells[next * CELL + CHECK] === state) return next;
			state = cells[state * CELL + FAIL]!;
			if (state === 0) return root[a]!;
		}
	}
}

/**
 * States with this many children or more (the first units of names, mostly) answer from a bitmap
 * of their children's alphabet indices: a few bytes each, close together, where reading the
 * check of the slot `base + index` means a far read that nearly always fails.
 */
const MAPPED = 8;

/** Bitmaps of children: state `s`'s bit `a` is `bits[at[s] + (a >> 5)] & (1 << (a & 31))`; `at[s]` NONE for no bitmap. */
interface Maps {
	readonly at: Int32Array;
	readonly bits: Int32Array;
}

/** The patterns as alphabet indices end to end: pattern `id` is `units[starts[id]]…units[starts[id + 1] - 1]`. */
interface Flat {
	readonly units: Uint16Array;
	readonly starts: Int32Array;
}

function flatten(patterns: readonly string[], alphabet: Alphabet): Flat {
	const starts = new Int32Array(patterns.length + 1);
	patterns.forEach((p, id) => (starts[id + 1] = starts[id]! + p.length));
	const units = new Uint16Array(starts[patterns.length]!);
	patterns.forEach((p, id) => {
		for (let i = 0; i < p.length; i++) units[starts[id]! + i] = alphabet.index[p.charCodeAt(i)]!;
	});
	return { units, starts };
}

/** Patterns marked with boundaries between two steps of a stepped build. */
const PATTERNS_PER_STEP = 4096;

/** States expanded between two steps of a stepped build. */
const STATES_PER_STEP = 1024;

/** Int32s per queued state: slot, depth, and the run `[from, to)` of `ids` through it. */
const PENDING = 4;

/** Builds the double array breadth first (see the module comment). */
class Builder {
	cells: Int32Array;
	/** By slot: the pattern ending there, or NONE. */
	output: Int32Array;
	/** By slot: the nearest proper suffix state where a pattern ends, or NONE. */
	dict: Int32Array;
	states = 1;
	private readonly flat: Flat;
	/** Pattern ids, each state's run split into its children's runs as the build goes. */
	private readonly ids: Int32Array;
	/** Scratch for splitting a run. */
	private readonly spare: Int32Array;
	/** By alphabet index: how many patterns of the run being split go that way (zero between splits). */
	private readonly counts: Int32Array;
	/** Union–find over slots: `free[i] === i` when slot `i` is free, else a later slot to look at. */
	private free: Int32Array;
	/** The highest slot taken, plus one. */
	private end = 1;
	/** The states below the root with `MAPPED` children or more. */
	private readonly mapped: number[] = [];
	/** Where the search for the base of a state with several children starts. */
	private wideFrom = 1;
	/** The states in breadth-first order, `PENDING` Int32s each. */
	private readonly queue: Int32Array;
	/** Scratch: the alphabet indices of one state's children, and where each one's run starts. */
	private readonly codes: Int32Array;
	private readonly runs: Int32Array;

	constructor(
		patterns: readonly string[],
		private readonly alphabet: Alphabet,
	) {
		this.flat = flatten(patterns, alphabet);
		const units = this.flat.units.length;
		const capacity = units + alphabet.size + 1;
		this.cells = freeCells(capacity * CELL);
		this.free = freeList(capacity, 0);
		this.output = new Int32Array(capacity).fill(NONE);
		this.dict = new Int32Array(0);
		this.ids = Int32Array.from(patterns, (_, id) => id);
		this.spare = new Int32Array(patterns.length);
		this.counts = new Int32Array(alphabet.size + 1);
		this.queue = new Int32Array((units + 1) * PENDING);
		this.codes = new Int32Array(alphabet.size + 1);
		this.runs = new Int32Array(alphabet.size + 2);
		this.take(0);
	}

	/** Bitmaps of the children of the states with `MAPPED` children or more. */
	mapsOf(): Maps {
		const at = new Int32Array(this.end).fill(NONE);
		const words = (this.alphabet.size >> 5) + 1;
		const bits = new Int32Array(this.mapped.length * words);
		this.mapped.forEach((state, k) => (at[state] = k * words));
		for (let child = 1; child < this.end; child++) {
			const parent = this.cells[child * CELL + CHECK]!;
			if (parent === NONE || at[parent] === NONE) continue;
			const a = child - this.cells[parent * CELL + BASE]!;
			bits[at[parent]! + (a >> 5)]! |= 1 << (a & 31);
		}
		return { at, bits };
	}

	/** The root's transitions as a dense row: every position of the text that is not inside a name starts there. */
	rootRow(): Int32Array {
		const row = new Int32Array(this.alphabet.size + 1);
		const base = this.cells[BASE]!;
		for (let a = 1; a <= this.alphabet.size; a++) if (this.cells[(base + a) * CELL + CHECK] === 0) row[a] = base + a;
		return row;
	}

	/** Places every state, pausing after each `STATES_PER_STEP` states expanded. */
	*build(): Generator<void, void, void> {
		this.queue[3] = this.ids.length;
		let tail = 1;
		for (let head = 0; head < tail; head++) {
			tail = this.expand(head, tail);
			if (head % STATES_PER_STEP === STATES_PER_STEP - 1) yield;
		}
		this.linkDictionary(tail);
	}

	/** Places the children of queued state `head`, links them, and queues them; returns the new tail. */
	private expand(head: number, tail: number): number {
		const { queue, codes, runs } = this;
		const slot = queue[head * PENDING]!;
		const depth = queue[head * PENDING + 1]!;
		const from = this.ending(slot, depth, queue[head * PENDING + 2]!, queue[head * PENDING + 3]!);
		const count = this.split(depth, from, queue[head * PENDING + 3]!);
		if (count === 0) return tail;
		const base = this.place(count, slot);
		for (let k = 0; k < count; k++) {
			const child = base + codes[k]!;
			this.link(slot, child, codes[k]!);
			const q = tail++ * PENDING;
			queue[q] = child;
			queue[q + 1] = depth + 1;
			queue[q + 2] = runs[k]!;
			queue[q + 3] = runs[k + 1]!;
		}
		this.states += count;
		return tail;
	}

	/**
	 * Moves the patterns of the run `[from, to)` that end at this state (`depth` units long) to
	 * its front, sets the state's output to the lowest of their ids, and returns where the rest starts.
	 */
	private ending(slot: number, depth: number, from: number, to: number): number {
		const { ids } = this;
		const { starts } = this.flat;
		let at = from;
		for (let i = from; i < to; i++) {
			const id = ids[i]!;
			if (starts[id + 1]! - starts[id]! !== depth) continue;
			ids[i] = ids[at]!;
			ids[at++] = id;
			if (this.output[slot] === NONE || id < this.output[slot]!) this.output[slot] = id;
		}
		return at;
	}

	/**
	 * Splits the run `[from, to)` by the unit at `depth` (a counting sort): the children's indices
	 * go to `codes`, their runs start at `runs`; returns how many children.
	 */
	private split(depth: number, from: number, to: number): number {
		const { ids, counts, codes, runs } = this;
		const { units, starts } = this.flat;
		let count = 0;
		for (let i = from; i < to; i++) {
			const a = units[starts[ids[i]!]! + depth]!;
			if (counts[a] === 0) codes[count++] = a;
			counts[a]!++;
		}
		runs[0] = from;
		runs[count] = to;
		if (count > 1) this.scatter(depth, from, to, count);
		for (let k = 0; k < count; k++) counts[codes[k]!] = 0;
		return count;
	}

	/** Reorders the run `[from, to)` child by child, with `counts` holding each child's size; sets `runs`. */
	private scatter(depth: number, from: number, to: number, count: number): void {
		const { ids, spare, counts, codes, runs } = this;
		const { units, starts } = this.flat;
		let at = from;
		for (let k = 0; k < count; k++) {
			runs[k] = at;
			at += counts[codes[k]!]!;
			counts[codes[k]!] = runs[k]!;
		}
		for (let i = from; i < to; i++) {
			const id = ids[i]!;
			const a = units[starts[id]! + depth]!;
			spare[counts[a]!] = id;
			counts[a]!++;
		}
		for (let i = from; i < to; i++) ids[i] = spare[i]!;
	}

	/** The first base where the slots of the `count` children in `codes` are all free; takes them for `parent`. */
	private place(count: number, parent: number): number {
		const { codes } = this;
		let low = codes[0]!;
		let high = low;
		for (let k = 1; k < count; k++) {
			low = Math.min(low, codes[k]!);
			high = Math.max(high, codes[k]!);
		}
		// A state with several children searches from where the last such state was placed: the
		// holes before are mostly too narrow by then, and the states with one child fill them.
		const wide = count > 1;
		let slot = this.findFree(wide ? Math.max(low, this.wideFrom) : low);
		while (!this.fits(slot - low, count)) slot = this.findFree(slot + 1);
		if (wide) this.wideFrom = slot;
		const base = slot - low;
		this.cells[parent * CELL + BASE] = base;
		if (count >= MAPPED && parent !== 0) this.mapped.push(parent);
		for (let k = 0; k < count; k++) {
			this.cells[(base + codes[k]!) * CELL + CHECK] = parent;
			this.take(base + codes[k]!);
		}
		this.end = Math.max(this.end, base + high + 1);
		return base;
	}

	private fits(base: number, count: number): boolean {
		this.reserve(base + this.alphabet.size);
		for (let k = 0; k < count; k++) if (this.cells[(base + this.codes[k]!) * CELL + CHECK] !== NONE) return false;
		return true;
	}

	/** The first free slot at or after `slot`. */
	private findFree(slot: number): number {
		this.reserve(slot);
		const free = this.free;
		let at = slot;
		while (free[at] !== at) {
			const next = free[at]!;
			free[at] = free[next]!;
			at = next;
		}
		return at;
	}

	private take(slot: number): void {
		this.free[slot] = slot + 1;
	}

	/** Sets `child`'s failure link: the longest proper suffix of its path that is a state. */
	private link(parent: number, child: number, a: number): void {
		const { cells } = this;
		let f = parent === 0 ? 0 : cells[parent * CELL + FAIL]!;
		while (parent !== 0) {
			const next = cells[f * CELL + BASE]! + a;
			if (cells[next * CELL + CHECK] === f) {
				cells[child * CELL + FAIL] = next;
				return;
			}
			if (f === 0) break;
			f = cells[f * CELL + FAIL]!;
		}
		cells[child * CELL + FAIL] = 0;
	}

	/**
	 * Dictionary links and hits, breadth first: a state's failure is shallower, so its dictionary
	 * link is known when the state's is set.
	 */
	private linkDictionary(tail: number): void {
		const { cells, output, queue } = this;
		const dict = new Int32Array(output.length).fill(NONE);
		for (let k = 1; k < tail; k++) {
			const state = queue[k * PENDING]!;
			const fail = cells[state * CELL + FAIL]!;
			dict[state] = output[fail] !== NONE ? fail : dict[fail]!;
			cells[state * CELL + HIT] = output[state] !== NONE ? state : dict[state];
		}
		this.dict = dict;
	}

	/** Grows the arrays so that slot `slot` exists, and every `base + index` the scan reads after it. */
	private reserve(slot: number): void {
		const needed = slot + this.alphabet.size + 2;
		const capacity = this.free.length;
		if (needed <= capacity) return;
		let length = capacity * 2;
		while (length < needed) length *= 2;
		const cells = freeCells(length * CELL);
		cells.set(this.cells);
		this.cells = cells;
		const free = freeList(length, capacity);
		free.set(this.free);
		this.free = free;
		const output = new Int32Array(length).fill(NONE);
		output.set(this.output);
		this.output = output;
	}
}

/** A union–find array of `length` slots, those from `from` on free. */
function freeList(length: number, from: number): Int32Array {
	const free = new Int32Array(length + 1);
	for (let i = from; i <= length; i++) free[i] = i;
	return free;
}

/** `length` Int32s of free slots: check and hit NONE, base and fail 0. */
function freeCells(length: number): Int32Array {
	const cells = new Int32Array(length);
	for (let i = 0; i < length; i += CELL) {
		cells[i + CHECK] = NONE;
		cells[i + HIT] = NONE;
	}
	return cells;
}
