// One catalogue per feature. Add a feature's catalogue here, nowhere else.
import { questions } from "./questions";
import { shell } from "./shell";

export const catalogs = [shell, questions] as const;
