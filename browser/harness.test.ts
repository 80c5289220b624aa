/**
 * The harness's own tests: each check must fail on a page that breaks its rule (else it proves
 * nothing), and the bridge must make the mock components answer a person's clicks and keys.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DEMO_VAULT, PAYLOAD_MARK, PAYLOAD_PLACES, PAYLOAD_VAULT, plantsPayloads } from "./fixtures/vault";
import { repoRoot } from "./support/build";
import { expectHealthy, expectCjkFonts, expectNoOverflow, expectPayloadInert, expectReadable, narrow } from "./support/checks";
import { useBrowser, type Tab } from "./support/session";

const session = useBrowser();

/** Booted in the light theme, with the plugin loaded, and a scratch box in the 300 px sidebar (or the main area). */
async function scratch(style = "", host: "sidebar" | "main" = "sidebar", files: Readonly<Record<string, string>> = DEMO_VAULT): Promise<Tab> {
	const tab = await session.open({ theme: "light", language: "en", files });
	await narrow(tab, "sidebar");
	await tab.page.evaluate(([css, where]) => {
		const parent = document.querySelector<HTMLElement>(`[data-host="${where}"]`)!;
		parent.createDiv({ cls: "scratch", attr: { style: `padding: 8px; ${css}` } });
	}, [style, host] as const);
	return tab;
}

const fill = (tab: Tab, html: string) =>
	tab.page.evaluate((markup) => {
		// Test-only markup for the detectors; never how a view builds its DOM.
		document.querySelector(".scratch")!.insertAdjacentHTML("beforeend", markup);
	}, html);

const failureOf = async (check: Promise<void>): Promise<string> => {
	try {
		await check;
	} catch (error) {
		return String(error);
	}
	throw new Error("the check passed on a page that breaks its rule");
};

describe("the checks", () => {
	it("pass on a plain, readable, narrow box", async () => {
		const tab = await scratch();
		await fill(tab, "<p>Open questions: 3</p><p>未解決的問題：3</p>");
		await expectHealthy(tab, { root: ".scratch", place: "sidebar", showsVaultText: false });
	});

	it("find content wider than a 300 px sidebar, but not text cut short with an ellipsis", async () => {
		const tab = await scratch();
		await fill(tab, '<p style="overflow: hidden; white-space: nowrap; text-overflow: ellipsis">' + "long ".repeat(80) + "</p>");
		await expectNoOverflow(tab, ".scratch");
		await fill(tab, '<div class="wide" style="width: 480px">a fixed-width table</div>');
		expect(await failureOf(expectNoOverflow(tab, ".scratch"))).toContain("div.wide");
	});

	it("find content pushed out to the left, which scrollWidth does not count", async () => {
		const tab = await scratch();
		await fill(tab, '<div style="display: flex; justify-content: flex-end"><span class="pushed" style="flex: 0 0 400px">a row of controls</span></div>');
		expect(await failureOf(expectNoOverflow(tab, ".scratch"))).toContain("span.pushed");
	});

	it("measure contrast on the effective background and hold main text to 4.5:1", async () => {
		const tab = await scratch("background: var(--background-secondary)");
		await fill(tab, '<p style="color: var(--text-muted)">muted but readable</p><p style="color: var(--text-faint)">faint, decorative</p>');
		await expectReadable(tab, ".scratch");
		await fill(tab, '<p style="color: #999999">grey on grey</p>');
		const message = await failureOf(expectReadable(tab, ".scratch"));
		expect(message).toContain("grey on grey");
		expect(message).not.toContain("faint, decorative");
		const ratios = await tab.page.evaluate(() => window.harnessProbes.contrast(".scratch").failures.map((f) => f.ratio));
		// #999 on #f6f6f6: (0.9216 + 0.05) / (0.3185 + 0.05) = 2.64 (WCAG 2 relative luminance).
		expect(ratios).toEqual([2.64]);
	});

	it("see through translucent layers and opacity", async () => {
		const tab = await scratch();
		await fill(tab, '<div style="background: rgba(0, 0, 0, 0.8)"><p style="color: #ffffff; opacity: 0.3">dim</p></div>');
		const [failure] = await tab.page.evaluate(() => window.harnessProbes.contrast(".scratch").failures);
		expect(failure?.text).toBe("dim");
		expect(failure?.ratio).toBeLessThan(4.5);
	});

	it("read the font Chromium drew Chinese text with", async () => {
		const tab = await scratch();
		await fill(tab, "<p>Plain English</p><p>星門資料中心</p><p>创世计划</p>");
		expect(await tab.page.evaluate(() => window.harnessProbes.markCjk(".scratch"))).toBe(2);
		await tab.page.evaluate(() => window.harnessProbes.unmarkCjk());
		await expectCjkFonts(tab, ".scratch");
		const fonts = await tab.page.evaluate(() => {
			document.querySelector(".scratch p:nth-child(2)")!.setAttribute("data-harness-cjk", "0");
		}).then(async () => {
			const { root } = await tab.cdp.send("DOM.getDocument", { depth: 0 });
			const { nodeId } = await tab.cdp.send("DOM.querySelector", { nodeId: root.nodeId, selector: "[data-harness-cjk]" });
			await tab.cdp.send("CSS.enable");
			return (await tab.cdp.send("CSS.getPlatformFontsForNode", { nodeId })).fonts.map((f) => f.familyName);
		});
		expect(fonts.join()).toMatch(/Noto Sans CJK/);
	});

	it("require Chinese text in a Chinese interface", async () => {
		const tab = await session.open({ theme: "light", language: "zh-TW" });
		await tab.page.evaluate(() => document.querySelector('[data-host="sidebar"]')!.createDiv({ cls: "scratch", text: "English only" }));
		expect(await failureOf(expectCjkFonts(tab, ".scratch"))).toContain("elements showing Chinese text");
	});

	it("catch a payload turned into markup, and accept it shown as text", async () => {
		const tab = await scratch("", "sidebar", PAYLOAD_VAULT);
		await tab.page.evaluate(() => document.querySelector(".scratch")!.createEl("p", { text: '<img src=x onerror="window.dossierPayloadRan=\'text\'">' }));
		await expectPayloadInert(tab, { root: ".scratch", showsVaultText: true });
		await fill(tab, '<img src=x onerror="window.dossierPayloadRan=\'markup\'">');
		await tab.page.waitForFunction(() => window.dossierPayloadRan !== undefined);
		expect(await failureOf(expectPayloadInert(tab, { root: ".scratch", showsVaultText: true }))).toContain("a payload from the vault ran");
		expect(tab.errors.join()).toContain("/x");
	});

	it("require the payload vault's HTML shown as text where a view shows notes' text, and not in the demo vault", async () => {
		const planted = await scratch("", "sidebar", PAYLOAD_VAULT);
		await planted.page.evaluate(() => document.querySelector(".scratch")!.createEl("p", { text: "Do chip export controls still bind?" }));
		expect(await failureOf(expectPayloadInert(planted, { root: ".scratch", showsVaultText: true }))).toContain("the payload shown as text");
		const clean = await scratch();
		await clean.page.evaluate(() => document.querySelector(".scratch")!.createEl("p", { text: "Do chip export controls still bind?" }));
		await expectPayloadInert(clean, { root: ".scratch", showsVaultText: true });
	});

	it("wait for a view that redraws on a timer to settle, and give up on one that never does", async () => {
		const tab = await scratch();
		const settled = await tab.page.evaluate(async () => {
			const box = document.querySelector(".scratch")!;
			let redraws = 0;
			const redraw = () => box.setText(`drawn ${++redraws}`);
			for (const ms of [50, 150, 300]) window.setTimeout(redraw, ms);
			await window.harnessProbes.still(250, 5000);
			return box.textContent;
		});
		expect(settled).toBe("drawn 3");
		const endless = tab.page.evaluate(async () => {
			const box = document.querySelector(".scratch")!;
			window.setInterval(() => box.setText(String(Math.random())), 50);
			await window.harnessProbes.still(250, 1000);
		});
		expect(await failureOf(endless)).toContain("kept changing for 1000 ms");
	});

	it("record console errors and uncaught exceptions", async () => {
		const tab = await scratch();
		await tab.page.evaluate(() => {
			console.error("drawn twice");
			window.setTimeout(() => {
				throw new Error("redraw failed");
			}, 0);
		});
		await tab.page.evaluate(() => window.harness.settle());
		expect(tab.errors.join("\n")).toMatch(/drawn twice[\s\S]*redraw failed/);
	});
});

describe("the vaults", () => {
	it("plant a payload in each place in the payload vault, and none in the demo vault the screenshots show", () => {
		const planted = Object.values(PAYLOAD_VAULT).join("\n");
		// A payload in a YAML single-quoted value (a title, an alias) has its quotes doubled.
		const places = [...planted.matchAll(/dossierPayloadRan='{1,2}(\w+)/g)].map((m) => m[1]);
		expect(places.sort()).toEqual([...PAYLOAD_PLACES].sort());
		expect(plantsPayloads(PAYLOAD_VAULT)).toBe(true);
		expect(plantsPayloads(DEMO_VAULT)).toBe(false);
		expect(Object.values(DEMO_VAULT).join("\n")).not.toMatch(/<[a-z]|onerror/i);
		expect(Object.keys(PAYLOAD_VAULT)).toEqual(Object.keys(DEMO_VAULT));
		expect(planted.split(PAYLOAD_MARK)).toHaveLength(PAYLOAD_PLACES.length + 1);
	});
});

describe("the theme", () => {
	it("defines every Obsidian variable the plugin's stylesheet uses", () => {
		const read = (name: string) => readFileSync(join(repoRoot, name), "utf8");
		const used = new Set([...read("styles.css").matchAll(/var\((--[a-z0-9-]+)/g)].map((m) => m[1]));
		const theme = read("browser/page/obsidian-theme.css");
		expect([...used].filter((name) => !theme.includes(`${name}:`))).toEqual([]);
	});
});

describe("the page runtime", () => {
	it("resolves every link once the whole vault exists, as Obsidian does after indexing", async () => {
		const tab = await session.open({ theme: "light", language: "en", files: { "A.md": "See [[Z]] and [[Missing]].", "Z.md": "# Z" } });
		const links = await tab.page.evaluate(() => {
			const cache = window.harnessPlugin!.app.metadataCache;
			return { resolved: cache.resolvedLinks["A.md"], unresolved: cache.unresolvedLinks["A.md"] };
		});
		expect(links).toEqual({ resolved: { "Z.md": 1 }, unresolved: { Missing: 1 } });
	});

	it("loads the built main.js as Obsidian does and gives it nothing but obsidian to require", async () => {
		const tab = await session.blank();
		const loaded = await tab.page.evaluate(async () => {
			const text = await (await fetch("/main.js")).text();
			return { commonJs: /module\.exports|exports\./.test(text), requiresObsidian: text.includes('require("obsidian")') };
		});
		expect(loaded).toEqual({ commonJs: true, requiresObsidian: true });
		await tab.page.evaluate(() => window.harness.boot({ theme: "dark", language: "en" }));
		expect(await tab.page.evaluate(() => document.body.className)).toContain("theme-dark");
		expect(tab.errors).toEqual([]);
	});

	it("makes setting controls answer clicks, typing and picks", async () => {
		const tab = await scratch("", "main");
		const seen = await tab.page.evaluate(() => {
			const { Setting } = window.harnessObsidian;
			const log: string[] = [];
			const setting = new Setting(document.querySelector<HTMLElement>(".scratch")!);
			setting.setName("Row").addToggle((t) => t.onChange((v) => log.push(`toggle ${v}`)));
			setting.addText((t) => t.onChange((v) => log.push(`text ${v}`)));
			setting.addDropdown((d) => d.addOptions({ a: "A", b: "B" }).onChange((v) => log.push(`dropdown ${v}`)));
			setting.addButton((b) => b.setButtonText("Go").onClick((e) => log.push(`button ${e.type}`)));
			(window as unknown as { log: string[] }).log = log;
			return [...setting.settingEl.children].map((c) => c.className);
		});
		expect(seen).toEqual(["setting-item-info", "setting-item-control"]);
		const { page } = tab;
		await page.locator(".scratch .checkbox-container").click();
		await page.locator(".scratch input[type=text]").pressSequentially("ok");
		await page.locator(".scratch select.dropdown").selectOption("b");
		await page.locator(".scratch button").click();
		expect(await page.evaluate(() => (window as unknown as { log: string[] }).log)).toEqual(["toggle true", "text o", "text ok", "dropdown b", "button click"]);
		expect(await page.locator(".scratch .checkbox-container").getAttribute("class")).toContain("is-enabled");
	});

	it("keeps a modal open until Escape, shows notices, and runs the menu item clicked", async () => {
		const tab = await scratch();
		const { page } = tab;
		await page.evaluate(() => {
			const { Modal, Menu, Notice } = window.harnessObsidian;
			const modal = new Modal(window.harnessObsidian.App.createConfigured__());
			modal.setTitle("New analysis").setContent("Form");
			modal.open();
			new Notice("Saved");
			const menu = Menu.create2__();
			menu.addItem((item) => item.setTitle("Mark answered").onClick(() => document.body.setAttr("data-picked", "answered")));
			menu.showAtPosition({ x: 20, y: 20 });
		});
		await page.evaluate(() => window.harness.settle());
		expect(await page.locator(".modal .modal-title").textContent()).toBe("New analysis");
		expect(await page.locator(".notice").textContent()).toBe("Saved");
		await page.locator(".menu .menu-item", { hasText: "Mark answered" }).click();
		expect(await page.locator("body").getAttribute("data-picked")).toBe("answered");
		expect(await page.locator(".menu").count()).toBe(0);
		await page.keyboard.press("Escape");
		expect(await page.locator(".modal").count()).toBe(0);
	});

	it("opens a registered view in the sidebar, runs commands and code blocks, and opens notes", async () => {
		const tab = await session.open({ theme: "light", language: "en" });
		const { page } = tab;
		await page.evaluate(() => {
			const { ItemView, WorkspaceLeaf } = window.harnessObsidian;
			const plugin = window.harnessPlugin!;
			class Probe extends ItemView {
				getViewType() {
					return "harness-probe";
				}
				getDisplayText() {
					return "Probe";
				}
				override async onOpen() {
					this.contentEl.createEl("p", { text: "Opened in the sidebar" });
					this.registerEvent(this.app.workspace.on("file-open", (file) => this.contentEl.createEl("p", { cls: "followed", text: (file as { path: string } | null)?.path ?? "" })));
				}
			}
			plugin.registerView("harness-probe", (leaf) => new Probe(WorkspaceLeaf.fromOriginalType3__(leaf)).asOriginalType3__());
			plugin.addCommand({ id: "probe-notice", name: "Probe", callback: () => document.body.setAttr("data-ran", "probe-notice") });
			plugin.registerMarkdownCodeBlockProcessor("probe", (source, el, ctx) => {
				el.createEl("p", { cls: "probe-block", text: `${source} @ ${ctx.sourcePath}` });
			});
		});
		await page.evaluate(() => window.harness.openView("harness-probe", "sidebar"));
		const view = '[data-host="sidebar"] .workspace-leaf-content[data-type="harness-probe"] .view-content';
		expect(await page.locator(view).innerText()).toBe("Opened in the sidebar");
		await page.evaluate(() => window.harness.openNote("Entities/DeepSeek.md"));
		expect(await page.locator(`${view} .followed`).textContent()).toBe("Entities/DeepSeek.md");
		expect(await page.locator('[data-host="main"] .harness-note-text').textContent()).toContain("深度求索");
		await page.evaluate(() => window.harness.runCommand("probe-notice"));
		expect(await page.locator("body").getAttribute("data-ran")).toBe("probe-notice");
		// Obsidian's registry, as a plugin reaches it: `app.commands`, ids under the plugin id.
		const viaRegistry = await page.evaluate(() => {
			document.body.removeAttribute("data-ran");
			const registry = Reflect.get(window.harnessPlugin!.app, "commands") as { commands: Record<string, unknown>; executeCommandById(id: string): boolean };
			return { listed: "dossier:probe-notice" in registry.commands, ran: registry.executeCommandById("dossier:probe-notice"), unknown: registry.executeCommandById("dossier:no-such-command") };
		});
		expect(viaRegistry).toEqual({ listed: true, ran: true, unknown: false });
		expect(await page.locator("body").getAttribute("data-ran")).toBe("probe-notice");
		await page.evaluate(() => window.harness.renderCodeBlock("probe", "timeline", "Entities/DeepSeek.md"));
		expect(await page.locator(".block-language-probe .probe-block").textContent()).toBe("timeline @ Entities/DeepSeek.md");
		await expectHealthy(tab, { root: '[data-host="sidebar"]', place: "sidebar", showsVaultText: false });
	});
});
