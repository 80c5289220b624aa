// One catalogue per feature. Add a feature's catalogue here, nowhere else.
import { analysis } from "./analysis";
import { entities } from "./entities";
import { entitiesPlugin } from "./entities-plugin";
import { frontmatter } from "./frontmatter";
import { map } from "./map";
import { questions } from "./questions";
import { shell } from "./shell";

export const catalogs = [shell, entities, entitiesPlugin, questions, analysis, frontmatter, map] as const;
