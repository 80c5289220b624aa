/**
 * A feature's strings in the three languages. `defineCatalog` makes the compiler check that the
 * Chinese tables have exactly the English table's keys.
 */
export interface Catalog<K extends string> {
	readonly en: Readonly<Record<K, string>>;
	readonly "zh-TW": Readonly<Record<K, string>>;
	readonly "zh-CN": Readonly<Record<K, string>>;
}

export function defineCatalog<K extends string>(catalog: Catalog<K>): Catalog<K> {
	return catalog;
}
