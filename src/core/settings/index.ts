/**
 * Dossier's settings: one plain object, the defaults, the groups the settings tab renders, and
 * `migrateSettings`, which turns whatever `loadData()` returned (nothing, an older version, a
 * hand-edited file) into valid settings without throwing. Each feature's file holds its settings,
 * defaults and fields. Checks (`paths.ts`) and previews (`template-preview.ts`) return `Message`s,
 * never English; a file field's preview is computed from what the adapter found at its path
 * (`FoundFile`).
 */
import type { FilePreviewInput as PreviewInput, SettingField as Field, SettingGroup as Group } from "./field";
import { analysisDefaults, analysisGroup, type AnalysisSettings } from "./analysis";
import { entitiesDefaults, entitiesGroup, type EntitiesSettings } from "./entities";
import { mapDefaults, mapGroup, type MapSettings } from "./map";
import { questionsDefaults, questionsGroup, type QuestionsSettings } from "./questions";
import { shellDefaults, shellGroup, type ShellSettings } from "./shell";

export type { FilePreview, FoundFile } from "./field";

/** Every setting of every feature. Add a feature's settings type here. */
export type DossierSettings = ShellSettings & EntitiesSettings & QuestionsSettings & AnalysisSettings & MapSettings;

/** A field of the settings tab; a file field's preview may read every setting. */
export type SettingField = Field<string, DossierSettings>;
export type SettingGroup = Group<string, DossierSettings>;
export type FilePreviewInput = PreviewInput<DossierSettings>;

/** The current shape's version; bump it and add a migration when a setting is renamed or reshaped. */
export const SETTINGS_VERSION = 1;

export const DEFAULT_SETTINGS: DossierSettings = { ...shellDefaults, ...entitiesDefaults, ...questionsDefaults, ...analysisDefaults, ...mapDefaults };

/** The settings tab, top to bottom. */
export const SETTING_GROUPS: readonly SettingGroup[] = [shellGroup, entitiesGroup, questionsGroup, analysisGroup, mapGroup];

/** What is stored in `data.json`. */
export interface StoredSettings extends DossierSettings {
	readonly version: number;
}

/**
 * Migrations from version `n` to `n + 1`, by `n`. Each takes the raw stored object and returns
 * the next one; `migrateSettings` runs those that apply, then fills and type-checks every key.
 */
const MIGRATIONS: Readonly<Record<number, (raw: Record<string, unknown>) => Record<string, unknown>>> = {};

export interface Migrated {
	readonly settings: DossierSettings;
	/** Keys whose stored value had the wrong type and were reset to the default. */
	readonly reset: readonly string[];
}

export function migrateSettings(stored: unknown): Migrated {
	let raw: Record<string, unknown> = isRecord(stored) ? { ...stored } : {};
	let version = typeof raw.version === "number" ? raw.version : 0;
	while (version < SETTINGS_VERSION) {
		const step = MIGRATIONS[version];
		if (step) raw = step(raw);
		version += 1;
	}
	const settings: Record<string, unknown> = {};
	const reset: string[] = [];
	for (const [key, fallback] of Object.entries(DEFAULT_SETTINGS)) {
		const value = raw[key];
		if (value === undefined) settings[key] = fallback;
		else if (sameShape(value, fallback) && allowed(key, value)) settings[key] = value;
		else {
			settings[key] = fallback;
			reset.push(key);
		}
	}
	return { settings: settings as unknown as DossierSettings, reset };
}

/** The object to hand to `saveData`. */
export function toStored(settings: DossierSettings): StoredSettings {
	return { ...settings, version: SETTINGS_VERSION };
}

/** The field that edits `key`, for its name in messages; undefined for settings not shown in the tab. */
export function fieldOf(key: string): SettingField | undefined {
	for (const group of SETTING_GROUPS) for (const field of group.fields) if (field.key === key) return field;
	return undefined;
}

function allowed(key: string, value: unknown): boolean {
	const field = fieldOf(key);
	if (field?.kind === "dropdown") return field.options.some((o) => o.value === value);
	if (field?.kind === "number") return Number.isInteger(value) && (value as number) >= field.min && (value as number) <= field.max;
	if ((field?.kind === "text" || field?.kind === "file") && field.validate) return field.validate(value as string) === null;
	return true;
}

function sameShape(value: unknown, fallback: unknown): boolean {
	if (Array.isArray(fallback)) return Array.isArray(value) && value.every((v) => typeof v === "string");
	if (isRecord(fallback)) return isRecord(value);
	return typeof value === typeof fallback;
}

function isRecord(value: unknown): value is Record<string, unknown> {
	return typeof value === "object" && value !== null && !Array.isArray(value);
}
