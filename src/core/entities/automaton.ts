/**
 * An Aho–Corasick automaton over folded UTF-16 code units: every occurrence of every pattern in
 * one pass over the text, whatever the number of patterns.
 *
 * Built with a hash table of transitions, then compiled for the scan, whose cost with tens of
 * thousands of names is cache misses, not arithmetic: states renumbered breadth first (the
 * shallow states every position visits sit together at the front), each state's transitions
 * sorted in one contiguous run (`codes`/`targets`, found by a short search), per-state links
 * `[fail, output, dict]` side by side, and a dense table for the root. A scan allocates nothing
 * but its result.
 */

const NONE = -1;
/** Int32s per hash slot: state, code, target, padding. */
const SLOT = 4;
/** Int32s per state: fail, output, dict (nearest suffix state with an output), padding. */
const STATE = 4;

/** Every (end, pattern) hit in a scan, as parallel arrays; `end` is exclusive. */
export interface Hits {
	readonly ends: number[];
	readonly patterns: number[];
}

export interface Automaton {
	/** Pattern lengths, by pattern id. */
	readonly lengths: Int32Array;
	readonly states: number;
	/** Every occurrence of every pattern in `text` folded through `table`. */
	readonly scan: (text: string, table: Uint16Array) => Hits;
}

/** Builds the automaton; pattern `i` of `patterns` (non-empty, folded) reports as id `i`. */
export function buildAutomaton(patterns: readonly string[]): Automaton {
	const trie = new Trie(patterns.reduce((sum, p) => sum + p.length, 0) + 1);
	patterns.forEach((pattern, id) => trie.insert(pattern, id));
	const compiled = trie.compile();
	const lengths = Int32Array.from(patterns, (p) => p.length);
	return { lengths, states: trie.size, scan: (text, table) => compiled.scan(text, table) };
}

/** The scan-time layout (see the module comment). */
class Compiled {
	constructor(
		private readonly root: Int32Array,
		/** `start[s]..start[s + 1]`: the run of state `s`'s transitions in `codes`/`targets`, sorted by code. */
		private readonly start: Int32Array,
		private readonly codes: Uint16Array,
		private readonly targets: Int32Array,
		/** Per state `[fail, output, dict, _]`. */
		private readonly links: Int32Array,
	) {}

	scan(text: string, table: Uint16Array): Hits {
		const ends: number[] = [];
		const patterns: number[] = [];
		const { root, start, codes, targets, links } = this;
		let state = 0;
		for (let i = 0; i < text.length; i++) {
			const code = table[text.charCodeAt(i)]!;
			let next = NONE;
			while (state !== 0) {
				let lo = start[state]!;
				let hi = start[state + 1]!;
				while (lo < hi) {
					const mid = (lo + hi) >> 1;
					const c = codes[mid]!;
					if (c === code) {
						lo = mid;
						hi = -1;
					} else if (c < code) lo = mid + 1;
					else hi = mid;
				}
				if (hi === -1) {
					next = targets[lo]!;
					break;
				}
				state = links[state * STATE]!;
			}
			if (state === 0) next = root[code]!;
			state = next === NONE ? 0 : next;
			const base = state * STATE;
			if (state === 0 || (links[base + 1] === NONE && links[base + 2] === NONE)) continue;
			for (let s = links[base + 1] !== NONE ? state : links[base + 2]!; s !== NONE; s = links[s * STATE + 2]!) {
				ends.push(i + 1);
				patterns.push(links[s * STATE + 1]!);
			}
		}
		return { ends, patterns };
	}
}

class Trie {
	size = 1;
	private readonly root = new Int32Array(0x10000).fill(NONE);
	/** Hash slots `[state, code, target, _]`; state NONE marks an empty slot. */
	private readonly slots: Int32Array;
	private readonly mask: number;
	/** Per state `[fail, output, dict, _]`. */
	private readonly links: Int32Array;
	private readonly firstChild: Int32Array;
	private readonly nextSibling: Int32Array;
	private readonly codeOf: Int32Array;

	constructor(maxStates: number) {
		let capacity = 16;
		while (capacity < maxStates * 1.5) capacity <<= 1;
		this.mask = capacity - 1;
		this.slots = new Int32Array(capacity * SLOT);
		for (let i = 0; i < this.slots.length; i += SLOT) this.slots[i] = NONE;
		this.links = new Int32Array(maxStates * STATE).fill(NONE);
		this.links[0] = 0;
		this.firstChild = new Int32Array(maxStates).fill(NONE);
		this.nextSibling = new Int32Array(maxStates).fill(NONE);
		this.codeOf = new Int32Array(maxStates);
	}

	insert(pattern: string, id: number): void {
		let state = 0;
		for (let i = 0; i < pattern.length; i++) {
			const code = pattern.charCodeAt(i);
			let next = this.goto(state, code);
			if (next === NONE) next = this.add(state, code);
			state = next;
		}
		if (this.links[state * STATE + 1] === NONE) this.links[state * STATE + 1] = id;
	}

	/** Failure and dictionary-suffix links, breadth first. */
	private link(): void {
		const { links } = this;
		const queue = new Int32Array(this.size);
		let head = 0;
		let tail = 0;
		for (let child = this.firstChild[0]!; child !== NONE; child = this.nextSibling[child]!) {
			links[child * STATE] = 0;
			queue[tail++] = child;
		}
		while (head < tail) {
			const state = queue[head++]!;
			for (let child = this.firstChild[state]!; child !== NONE; child = this.nextSibling[child]!) {
				const code = this.codeOf[child]!;
				let f = links[state * STATE]!;
				let next = this.goto(f, code);
				while (next === NONE && f !== 0) {
					f = links[f * STATE]!;
					next = this.goto(f, code);
				}
				const fallback = next === NONE || next === child ? 0 : next;
				links[child * STATE] = fallback;
				links[child * STATE + 2] = links[fallback * STATE + 1] !== NONE ? fallback : links[fallback * STATE + 2]!;
				queue[tail++] = child;
			}
		}
	}

	/** Failure links, then the scan layout: breadth-first ids, sorted transition runs. */
	compile(): Compiled {
		this.link();
		const order = this.breadthFirst();
		const id = new Int32Array(this.size);
		order.forEach((state, index) => (id[state] = index));
		const start = new Int32Array(this.size + 1);
		const codes = new Uint16Array(this.size);
		const targets = new Int32Array(this.size);
		const links = new Int32Array(this.size * STATE).fill(NONE);
		let at = 0;
		for (let index = 0; index < order.length; index++) {
			const state = order[index]!;
			start[index] = at;
			const children: number[] = [];
			for (let child = this.firstChild[state]!; child !== NONE; child = this.nextSibling[child]!) children.push(child);
			children.sort((x, y) => this.codeOf[x]! - this.codeOf[y]!);
			for (const child of children) {
				codes[at] = this.codeOf[child]!;
				targets[at++] = id[child]!;
			}
			const fail = this.links[state * STATE]!;
			const dict = this.links[state * STATE + 2]!;
			links[index * STATE] = id[fail]!;
			links[index * STATE + 1] = this.links[state * STATE + 1]!;
			links[index * STATE + 2] = dict === NONE ? NONE : id[dict]!;
		}
		start[order.length] = at;
		const root = new Int32Array(0x10000).fill(NONE);
		for (let c = 0; c < 0x10000; c++) if (this.root[c] !== NONE) root[c] = id[this.root[c]!]!;
		return new Compiled(root, start, codes, targets, links);
	}

	private breadthFirst(): Int32Array {
		const order = new Int32Array(this.size);
		let head = 0;
		let tail = 1;
		while (head < tail) {
			const state = order[head++]!;
			for (let child = this.firstChild[state]!; child !== NONE; child = this.nextSibling[child]!) order[tail++] = child;
		}
		return order;
	}

	private goto(state: number, code: number): number {
		if (state === 0) return this.root[code]!;
		const wrap = this.mask * SLOT + SLOT - 1;
		let at = hashOf(state, code, this.mask) * SLOT;
		while (this.slots[at] !== NONE) {
			if (this.slots[at] === state && this.slots[at + 1] === code) return this.slots[at + 2]!;
			at = (at + SLOT) & wrap;
		}
		return NONE;
	}

	private add(state: number, code: number): number {
		const child = this.size++;
		this.codeOf[child] = code;
		this.nextSibling[child] = this.firstChild[state]!;
		this.firstChild[state] = child;
		if (state === 0) {
			this.root[code] = child;
			return child;
		}
		const wrap = this.mask * SLOT + SLOT - 1;
		let at = hashOf(state, code, this.mask) * SLOT;
		while (this.slots[at] !== NONE) at = (at + SLOT) & wrap;
		this.slots[at] = state;
		this.slots[at + 1] = code;
		this.slots[at + 2] = child;
		return child;
	}
}

/** Murmur3's finalizer over (state, code): the low bits the mask keeps depend on every input bit. */
function hashOf(state: number, code: number, mask: number): number {
	let h = (Math.imul(state, 0x9e3779b1) + code) | 0;
	h ^= h >>> 16;
	h = Math.imul(h, 0x85ebca6b);
	h ^= h >>> 13;
	h = Math.imul(h, 0xc2b2ae35);
	h ^= h >>> 16;
	return h & mask;
}
