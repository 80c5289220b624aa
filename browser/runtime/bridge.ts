/**
 * obsidian-test-mocks is built for a fake DOM: its components build bare elements and never listen
 * to the DOM (a test calls `simulateClick__()`), a modal closes itself on the next tick, a menu or
 * notice is never shown. In a real browser a person clicks, types and picks, so this module makes
 * the same mock classes behave as Obsidian does on screen:
 *
 * - elements get Obsidian's class names (`setting-item`, `dropdown`, `modal`, …) so the theme
 *   stylesheet lays them out as Obsidian does;
 * - DOM events reach the callbacks the plugin registered (`change` on a dropdown, `input` on a text
 *   field, `click` on a button or toggle);
 * - modals, menus and notices are attached to the page and stay until closed.
 *
 * It patches prototypes through the mocks' `constructorN__` hooks, which every constructor calls.
 * Nothing here changes what the mocks compute (vault, metadata, settings): only how they show.
 */
import {
	ButtonComponent,
	DropdownComponent,
	ExtraButtonComponent,
	Menu,
	Modal,
	Notice,
	Setting,
	SettingGroup,
	TextAreaComponent,
	TextComponent,
	ToggleComponent,
} from "obsidian-test-mocks/obsidian";

/** Replaces `name` on a prototype with `make(original)`. */
function patch<T extends object>(proto: T, name: string, make: (original: (...args: unknown[]) => unknown) => (this: never, ...args: never[]) => unknown): void {
	const table = proto as unknown as Record<string, (...args: unknown[]) => unknown>;
	const original = table[name];
	if (typeof original !== "function") throw new Error(`bridge: ${proto.constructor.name}.${name} is not a function in obsidian-test-mocks`);
	table[name] = make(original) as (...args: unknown[]) => unknown;
}

/** Runs `after` on a fresh instance, once its mock constructor has built its elements. */
function onConstruct<T>(cls: { prototype: T }, hook: string, after: (self: T) => void): void {
	patch(cls.prototype as object, hook, (original) =>
		function (this: T, ...args: unknown[]) {
			original.apply(this, args);
			after(this);
		},
	);
}

/** Reads members the mocks keep private (their declared types hide them; the objects have them). */
const inside = <T>(object: object): T => object as unknown as T;

export function installBridge(): void {
	bridgeSettings();
	bridgeControls();
	bridgeModal();
	bridgeNotice();
	bridgeMenu();
}

function bridgeSettings(): void {
	onConstruct(Setting, "constructor__", (s) => {
		s.settingEl.addClass("setting-item");
		s.infoEl.addClass("setting-item-info");
		s.nameEl.addClass("setting-item-name");
		s.descEl.addClass("setting-item-description");
		s.controlEl.addClass("setting-item-control");
		// Obsidian puts the name and description before the control.
		s.settingEl.appendChild(s.controlEl);
	});
	onConstruct(SettingGroup, "constructor__", (g) => {
		g.groupEl__.addClass("setting-group");
		const { headerEl, headerInnerEl } = inside<{ headerEl: HTMLElement; headerInnerEl: HTMLElement }>(g);
		headerEl.addClass("setting-item", "setting-item-heading");
		headerInnerEl.addClass("setting-item-name");
		g.listEl.addClass("setting-items");
	});
}

function bridgeControls(): void {
	onConstruct(DropdownComponent, "constructor3__", (d) => {
		d.selectEl.addClass("dropdown");
		d.selectEl.addEventListener("change", () => d.simulateChange__());
	});
	const typing = (t: TextComponent | TextAreaComponent) => {
		// As in Obsidian, every keystroke reports the field's value to the onChange callback.
		t.inputEl.addEventListener("input", () => {
			t.setValue(t.inputEl.value);
		});
	};
	onConstruct(TextComponent, "constructor4__", (t) => {
		t.inputEl.setAttr("type", "text");
		t.inputEl.setAttr("spellcheck", "false");
		typing(t);
	});
	onConstruct(TextAreaComponent, "constructor4__", typing);
	onConstruct(ButtonComponent, "constructor2__", (b) => {
		// The real event goes through, so a handler can read Ctrl/Cmd and the pointer position.
		b.buttonEl.addEventListener("click", (event) => inside<{ clickHandler?: (e: MouseEvent) => unknown }>(b).clickHandler?.(event));
	});
	onConstruct(ExtraButtonComponent, "constructor2__", (b) => {
		b.extraSettingsEl.addClass("clickable-icon", "extra-setting-button");
		b.extraSettingsEl.setAttr("role", "button");
		b.extraSettingsEl.addEventListener("click", () => {
			if (!b.disabled) b.simulateClick__();
		});
	});
	bridgeToggle();
}

function bridgeToggle(): void {
	const show = (t: ToggleComponent) => {
		t.toggleEl.toggleClass("is-enabled", t.getValue());
		t.toggleEl.setAttr("aria-checked", String(t.getValue()));
	};
	onConstruct(ToggleComponent, "constructor3__", (t) => {
		t.toggleEl.addClass("checkbox-container");
		t.toggleEl.setAttr("role", "switch");
		t.toggleEl.setAttr("tabindex", "0");
		t.toggleEl.addEventListener("click", () => {
			if (!t.disabled) t.onClick();
		});
		show(t);
	});
	for (const name of ["setValue", "onClick"]) {
		patch(ToggleComponent.prototype, name, (original) =>
			function (this: ToggleComponent, ...args: unknown[]) {
				const result = original.apply(this, args);
				show(this);
				return result;
			},
		);
	}
}

/** A modal is attached to the page on `open()` and stays until `close()` (Escape or ×, as in Obsidian). */
function bridgeModal(): void {
	onConstruct(Modal, "constructor__", (m) => {
		m.containerEl.addClass("modal-container", "mod-dim");
		m.modalEl.addClass("modal");
		m.titleEl.addClass("modal-title");
		m.contentEl.addClass("modal-content");
		m.containerEl.prepend(createDiv({ cls: "modal-bg" }));
		const close = m.modalEl.createDiv({ cls: "modal-close-button", attr: { "aria-label": "Close", role: "button" } });
		close.setText("×");
		close.addEventListener("click", () => m.close());
		m.modalEl.insertBefore(m.titleEl, m.contentEl);
	});
	patch(Modal.prototype, "open", () =>
		function (this: Modal) {
			document.body.appendChild(this.containerEl);
			const onKey = (event: KeyboardEvent) => {
				if (event.key === "Escape") this.close();
			};
			document.addEventListener("keydown", onKey);
			openModalKeys.set(this, onKey);
			this.onOpen();
		},
	);
	patch(Modal.prototype, "close", (original) =>
		function (this: Modal) {
			if (!this.containerEl.isConnected) return;
			const onKey = openModalKeys.get(this);
			if (onKey) document.removeEventListener("keydown", onKey);
			this.containerEl.detach();
			original.apply(this);
		},
	);
}
const openModalKeys = new WeakMap<Modal, (event: KeyboardEvent) => void>();

/** Notices appear in the top-right corner, as in Obsidian, and leave after their duration. */
function bridgeNotice(): void {
	onConstruct(Notice, "constructor__", (n) => {
		const host = document.body.querySelector(".notice-container") ?? document.body.createDiv({ cls: "notice-container" });
		n.containerEl.addClass("notice");
		n.messageEl.addClass("notice-message");
		host.appendChild(n.containerEl);
		// Obsidian's default is a few seconds; 0 keeps the notice until hide().
		const duration = n.duration__ === 0 ? 4500 : n.duration__;
		window.setTimeout(() => n.containerEl.detach(), duration);
	});
	patch(Notice.prototype, "hide", () =>
		function (this: Notice) {
			this.containerEl.detach();
		},
	);
}

/** A menu opens at the pointer with one row per item; a click runs the item and closes the menu. */
function bridgeMenu(): void {
	const show = (menu: Menu, x: number, y: number) => {
		const dom = menu.dom__;
		dom.empty();
		dom.addClass("menu");
		dom.setCssProps({ left: `${x}px`, top: `${y}px` });
		for (const item of menu.items__) {
			if (!("title__" in item)) {
				dom.createDiv({ cls: "menu-separator" });
				continue;
			}
			const row = dom.createDiv({ cls: "menu-item" + (item.disabled__ ? " is-disabled" : "") + (item.warning__ ? " is-warning" : "") });
			row.createDiv({ cls: "menu-item-title", text: item.title__ });
			if (item.checked__) row.addClass("mod-checked");
			row.addEventListener("click", (event) => {
				if (item.disabled__) return;
				menu.close();
				item.onClick__?.(event);
			});
		}
		document.body.appendChild(dom);
		const dismiss = (event: MouseEvent) => {
			if (!dom.contains(event.target as Node)) menu.close();
		};
		window.setTimeout(() => document.addEventListener("mousedown", dismiss), 0);
		menuDismiss.set(menu, dismiss);
		return menu;
	};
	patch(Menu.prototype, "showAtMouseEvent", () =>
		function (this: Menu, event: MouseEvent) {
			return show(this, event.clientX, event.clientY);
		},
	);
	patch(Menu.prototype, "showAtPosition", () =>
		function (this: Menu, position: { x: number; y: number }) {
			return show(this, position.x, position.y);
		},
	);
	patch(Menu.prototype, "close", (original) =>
		function (this: Menu) {
			const dismiss = menuDismiss.get(this);
			if (dismiss) document.removeEventListener("mousedown", dismiss);
			this.dom__.detach();
			return original.apply(this);
		},
	);
}
const menuDismiss = new WeakMap<Menu, (event: MouseEvent) => void>();
