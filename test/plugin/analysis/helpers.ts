// Driving the new-analysis form the way a user does: typing into fields, clicking buttons.
import type { Modal } from "obsidian-test-mocks/obsidian";

export function field(form: Modal, name: string): HTMLInputElement | HTMLSelectElement {
	const el = form.contentEl.querySelector<HTMLInputElement | HTMLSelectElement>(`[name="${name}"]`);
	if (!el) throw new Error(`no field ${name}`);
	return el;
}

/** Types `values` into the form's fields (replacing what was there), firing input events. */
export function type(form: Modal, values: Readonly<Record<string, string>>): void {
	for (const [name, value] of Object.entries(values)) {
		const el = field(form, name);
		el.value = value;
		el.dispatchEvent(new Event("input"));
	}
}

export function click(form: Modal, cls: string): void {
	const button = form.contentEl.querySelector<HTMLButtonElement>(`.${cls}`);
	if (!button) throw new Error(`no button .${cls}`);
	button.click();
}

export function textOf(form: Modal, cls: string): string {
	return form.contentEl.querySelector(`.${cls}`)?.textContent ?? "";
}

/** Every field's value, by name. */
export function values(form: Modal): Record<string, string> {
	const out: Record<string, string> = {};
	for (const el of form.contentEl.querySelectorAll<HTMLInputElement | HTMLSelectElement>("[name]")) out[el.name] = el.value;
	return out;
}
