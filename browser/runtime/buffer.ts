/**
 * The mocks' four binary helpers (`arrayBufferToBase64`, `base64ToArrayBuffer`, `arrayBufferToHex`,
 * `hexToArrayBuffer`) call Node's `Buffer`. esbuild injects this module wherever the page bundle
 * names `Buffer`, so those helpers work in the browser; no global is defined, so main.js sees the
 * same world Obsidian's mobile app gives it. Only what those helpers use is implemented.
 */
type Encoding = "base64" | "hex";

class BrowserBuffer {
	private constructor(private readonly bytes: Uint8Array) {}

	static from(input: string | ArrayBuffer | ArrayBufferView, encoding?: Encoding): BrowserBuffer {
		if (typeof input !== "string") {
			const view = ArrayBuffer.isView(input) ? new Uint8Array(input.buffer, input.byteOffset, input.byteLength) : new Uint8Array(input);
			return new BrowserBuffer(view);
		}
		if (encoding === "base64") return new BrowserBuffer(Uint8Array.from(atob(input), (c) => c.charCodeAt(0)));
		if (encoding === "hex") return new BrowserBuffer(Uint8Array.from(input.match(/../g) ?? [], (pair) => parseInt(pair, 16)));
		return new BrowserBuffer(new TextEncoder().encode(input));
	}

	toString(encoding?: Encoding): string {
		if (encoding === "base64") return btoa(Array.from(this.bytes, (b) => String.fromCharCode(b)).join(""));
		if (encoding === "hex") return Array.from(this.bytes, (b) => b.toString(16).padStart(2, "0")).join("");
		return new TextDecoder().decode(this.bytes);
	}

	get buffer(): ArrayBuffer {
		return this.bytes.slice().buffer;
	}

	get byteOffset(): number {
		return 0;
	}

	get byteLength(): number {
		return this.bytes.byteLength;
	}
}

export { BrowserBuffer as Buffer };
