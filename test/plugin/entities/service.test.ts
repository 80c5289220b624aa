// The entity service keeps the registry current from the vault's own events (issue 4, item 1).
import { afterEach, describe, expect, it, vi } from "vitest";
import { App } from "obsidian-test-mocks/obsidian";
import { loadPlugin, settle } from "../../support/plugin";
import { ENTITIES, analysisNote, entityNote, loadVault, entityService } from "../../support/entities";

const names = () => [...entityService().registry.byPath.values()].map((e) => `${e.path}=${e.name}:${e.aliases.join("/")}`).sort();

describe("entity service", () => {
	afterEach(() => vi.restoreAllMocks());

	it("builds the registry once the layout is ready, from entity notes only", async () => {
		const { plugin } = await loadVault({ ...ENTITIES, "Analyses/a.md": analysisNote("由DeepSeek開發") });
		expect(entityService().ready).toBe(true);
		expect(names()).toEqual([
			"Entities/DeepSeek.md=DeepSeek:深度求索",
			"Entities/Genesis Mission.md=Genesis Mission:創世計畫",
			"Entities/Stargate.md=Stargate:星門",
		]);
		expect(entityService().entityForName("星門")?.name).toBe("Stargate");
		plugin.unload();
	});

	it("adds, changes, renames and drops entities as their notes change", async () => {
		const { app, plugin } = await loadVault({ ...ENTITIES, "Notes/Qwen.md": "Just a note\n" });
		const changes = vi.fn();
		const off = entityService().onChange(changes);

		await app.vault.modify(app.vault.getFileByPath("Notes/Qwen.md")!, entityNote(["千問"]));
		expect(entityService().entityForName("千問")?.path).toBe("Notes/Qwen.md");

		await app.vault.modify(app.vault.getFileByPath("Entities/Stargate.md")!, entityNote(["星門", "星际之门"]));
		expect(entityService().entityAt("Entities/Stargate.md")?.aliases).toEqual(["星門", "星际之门"]);

		await app.vault.rename(app.vault.getFileByPath("Entities/DeepSeek.md")!, "Entities/DeepSeek AI.md");
		expect(entityService().entityAt("Entities/DeepSeek.md")).toBeUndefined();
		expect(entityService().entityAt("Entities/DeepSeek AI.md")).toMatchObject({ name: "DeepSeek AI", aliases: ["深度求索"] });
		expect(entityService().entityForName("深度求索")?.name).toBe("DeepSeek AI");

		await app.fileManager.trashFile(app.vault.getFileByPath("Entities/Genesis Mission.md")!);
		expect(entityService().entityForName("創世計畫")).toBeNull();

		await app.vault.modify(app.vault.getFileByPath("Notes/Qwen.md")!, "No longer an entity\n");
		expect(entityService().entityForName("千問")).toBeNull();
		expect(changes).toHaveBeenCalledTimes(5);
		off();
		plugin.unload();
	});

	it("counts notes in the entities folder as entities, and follows a change of that setting", async () => {
		const { plugin } = await loadVault({ "People/Jensen Huang.md": "---\naliases: [黃仁勳]\n---\n", "Entities/Nvidia.md": "---\naliases: [輝達]\n---\n" });
		expect(entityService().entityForName("輝達")?.name).toBe("Nvidia");
		expect(entityService().entityForName("黃仁勳")).toBeNull();
		await plugin.saveSettings({ ...plugin.settings, entitiesFolder: "People" });
		expect(entityService().entityForName("黃仁勳")?.name).toBe("Jensen Huang");
		expect(entityService().entityForName("輝達")).toBeNull();
		plugin.unload();
	});

	it("names the entities a text mentions, for the questions feature", async () => {
		const { plugin } = await loadVault({ ...ENTITIES });
		expect(entityService().entityNames("深度求索與星門，再提DeepSeek。")).toEqual(["DeepSeek", "Stargate"]);
		expect(entityService().entityNames("nothing")).toEqual([]);
		plugin.unload();
	});

	it("builds the registry between frames, and keeps what changed while it was built", async () => {
		const notes = Object.fromEntries(Array.from({ length: 450 }, (_, i) => [`Notes/n${i}.md`, "Just a note\n"]));
		const { app, plugin } = await loadPlugin({ ...ENTITIES, ...notes });
		const service = plugin.features.entities;
		// Every reading of the clock says a slice's time is up: the build yields at each of its pauses.
		let clock = 0;
		vi.spyOn(performance, "now").mockImplementation(() => (clock += 100));
		App.fromOriginalType__(app.asOriginalType__()).workspace.setLayoutReady__();
		expect(service.ready).toBe(false);
		// One note the build has read, one it has not, one entity it has read.
		await app.vault.modify(app.vault.getFileByPath("Notes/n0.md")!, entityNote(["零號"]));
		await app.vault.modify(app.vault.getFileByPath("Notes/n449.md")!, entityNote(["末號"]));
		await app.fileManager.trashFile(app.vault.getFileByPath("Entities/Stargate.md")!);
		expect(service.ready).toBe(false);
		for (let i = 0; i < 20 && !service.ready; i++) await settle();
		expect(service.ready).toBe(true);
		expect([...service.registry.byPath.keys()].sort()).toEqual(["Entities/DeepSeek.md", "Entities/Genesis Mission.md", "Notes/n0.md", "Notes/n449.md"]);
		expect(service.entityNames("零號、末號與星門")).toEqual(["n0", "n449"]);
		plugin.unload();
	});

	it("builds the matcher between frames, and a caller that cannot wait has it finished at once", async () => {
		// Enough names for many steps of the build (a step compiles a few hundred).
		const companies = Object.fromEntries(Array.from({ length: 400 }, (_, i) => [`Entities/Company ${i}.md`, entityNote([`公司${i}號`, `Firm ${i}`])]));
		const { app, plugin } = await loadVault({ ...ENTITIES, ...companies });
		await entityService().namesReady();
		let frames = 0;
		const everyStep = () => (frames++, new Promise<void>((resolve) => window.setTimeout(resolve, 0)));

		await app.vault.modify(app.vault.getFileByPath("Entities/Stargate.md")!, entityNote(["星門", "星际之门"]));
		await entityService().namesReady(everyStep);
		expect(frames).toBeGreaterThan(3);
		expect(entityService().entityNames("星际之门與公司7號")).toEqual(["Stargate", "Company 7"]);

		await app.vault.modify(app.vault.getFileByPath("Entities/DeepSeek.md")!, entityNote(["深度求索", "幻方"]));
		frames = 0;
		const ready = entityService().namesReady(everyStep);
		expect(entityService().entityNames("幻方與Firm 12")).toEqual(["DeepSeek", "Company 12"]);
		await ready;
		expect(frames).toBe(1);
		plugin.unload();
	});

	it("stops serving a plugin once it is unloaded", async () => {
		const { plugin, app } = await loadVault({ ...ENTITIES });
		plugin.unload();
		expect(entityService().registry.byPath.size).toBe(0);
		await app.vault.modify(app.vault.getFileByPath("Entities/Stargate.md")!, entityNote(["星門"]));
		await settle();
		expect(entityService().registry.byPath.size).toBe(0);
	});
});
