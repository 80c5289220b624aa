/**
 * An Aho–Corasick automaton over folded UTF-16 code units: every occurrence of every pattern in
 * one pass over the text, whatever the number of patterns.
 *
 * Transitions live in one open-addressing hash table keyed by (state, code unit) in typed arrays,
 * plus a dense table for the root (the hot path: most positions leave the root at once), so a
 * scan allocates nothing but its result.
 */

const NONE = -1;

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
	trie.link();
	const lengths = Int32Array.from(patterns, (p) => p.length);
	return { lengths, states: trie.size, scan: (text, table) => trie.scan(text, table) };
}

class Trie {
	size = 1;
	private readonly root = new Int32Array(0x10000).fill(NONE);
	private readonly keyState: Int32Array;
	private readonly keyCode: Int32Array;
	private readonly target: Int32Array;
	private readonly mask: number;
	private readonly fail: Int32Array;
	private readonly output: Int32Array;
	private readonly dict: Int32Array;
	private readonly firstChild: Int32Array;
	private readonly nextSibling: Int32Array;
	private readonly codeOf: Int32Array;

	constructor(maxStates: number) {
		let capacity = 16;
		while (capacity < maxStates * 2) capacity <<= 1;
		this.mask = capacity - 1;
		this.keyState = new Int32Array(capacity).fill(NONE);
		this.keyCode = new Int32Array(capacity);
		this.target = new Int32Array(capacity);
		this.fail = new Int32Array(maxStates);
		this.output = new Int32Array(maxStates).fill(NONE);
		this.dict = new Int32Array(maxStates).fill(NONE);
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
		if (this.output[state] === NONE) this.output[state] = id;
	}

	/** Failure and dictionary-suffix links, breadth first. */
	link(): void {
		const queue = new Int32Array(this.size);
		let head = 0;
		let tail = 0;
		for (let child = this.firstChild[0]!; child !== NONE; child = this.nextSibling[child]!) {
			this.fail[child] = 0;
			queue[tail++] = child;
		}
		while (head < tail) {
			const state = queue[head++]!;
			for (let child = this.firstChild[state]!; child !== NONE; child = this.nextSibling[child]!) {
				const code = this.codeOf[child]!;
				let f = this.fail[state]!;
				let next = this.goto(f, code);
				while (next === NONE && f !== 0) {
					f = this.fail[f]!;
					next = this.goto(f, code);
				}
				const fallback = next === NONE || next === child ? 0 : next;
				this.fail[child] = fallback;
				this.dict[child] = this.output[fallback] !== NONE ? fallback : this.dict[fallback]!;
				queue[tail++] = child;
			}
		}
	}

	scan(text: string, table: Uint16Array): Hits {
		const ends: number[] = [];
		const patterns: number[] = [];
		const { root, fail, output, dict } = this;
		let state = 0;
		for (let i = 0; i < text.length; i++) {
			const code = table[text.charCodeAt(i)]!;
			let next = state === 0 ? root[code]! : this.goto(state, code);
			while (next === NONE && state !== 0) {
				state = fail[state]!;
				next = state === 0 ? root[code]! : this.goto(state, code);
			}
			state = next === NONE ? 0 : next;
			for (let s = output[state] !== NONE ? state : dict[state]!; s !== NONE; s = dict[s]!) {
				ends.push(i + 1);
				patterns.push(output[s]!);
			}
		}
		return { ends, patterns };
	}

	private goto(state: number, code: number): number {
		if (state === 0) return this.root[code]!;
		let slot = this.hash(state, code);
		while (this.keyState[slot] !== NONE) {
			if (this.keyState[slot] === state && this.keyCode[slot] === code) return this.target[slot]!;
			slot = (slot + 1) & this.mask;
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
		let slot = this.hash(state, code);
		while (this.keyState[slot] !== NONE) slot = (slot + 1) & this.mask;
		this.keyState[slot] = state;
		this.keyCode[slot] = code;
		this.target[slot] = child;
		return child;
	}

	private hash(state: number, code: number): number {
		return ((Math.imul(state, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b)) >>> 0) & this.mask;
	}
}
