// Every CLI command, in the order `--help` lists them. Add a command here, nowhere else.
import type { Command } from "../command";
import { entities } from "./entities";
import { link } from "./link";
import { mapCommand } from "./map";
import { newAnalysis } from "./new";
import { normalizeCommand } from "./normalize";
import { parse } from "./parse";
import { questions } from "./questions";

export const COMMANDS: readonly Command[] = [parse, entities, link, questions, mapCommand, newAnalysis, normalizeCommand];
