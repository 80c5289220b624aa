/**
 * Obsidian's command registry, `app.commands` (not in the public typings, but every Obsidian has
 * it): each plugin command under `<plugin id>:<id>`, and `executeCommandById`, which runs it as the
 * palette does — a plain callback, or a check callback asked first. The mocks keep a plugin's
 * commands on the plugin only; this registry reads them from there, so it always lists what the
 * plugins registered. An editor command needs an editor and does not run from here.
 */
import type { Command } from "obsidian";
import type { App, Plugin } from "obsidian-test-mocks/obsidian";

export interface CommandRegistry {
	readonly commands: Record<string, Command>;
	executeCommandById(id: string): boolean;
}

/** The command `id` (with or without the plugin id) of one of `plugins`. */
export function findCommand(plugins: readonly Plugin[], id: string): Command | undefined {
	for (const plugin of plugins) {
		const command = plugin.commands__.get(id) ?? plugin.commands__.get(id.replace(`${plugin.manifest.id}:`, ""));
		if (command) return command;
	}
	return undefined;
}

/** Runs a command as the palette would; false when it is unavailable now or needs an editor. */
export async function execute(command: Command): Promise<boolean> {
	if (command.callback) {
		await command.callback();
		return true;
	}
	if (command.checkCallback) {
		if (!command.checkCallback(true)) return false;
		command.checkCallback(false);
		return true;
	}
	return false;
}

export function installCommands(app: App, plugins: () => readonly Plugin[]): void {
	const registry: CommandRegistry = {
		get commands() {
			const all: Record<string, Command> = {};
			for (const plugin of plugins()) {
				for (const [id, command] of plugin.commands__) all[id.includes(":") ? id : `${plugin.manifest.id}:${id}`] = command;
			}
			return all;
		},
		executeCommandById(id) {
			const command = findCommand(plugins(), id);
			if (!command || (!command.callback && !command.checkCallback?.(true))) return false;
			void execute(command);
			return true;
		},
	};
	Object.defineProperty(app, "commands", { value: registry, configurable: true });
}
