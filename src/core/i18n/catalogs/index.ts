// One catalogue per feature. Add a feature's catalogue here, nowhere else.
import { analysis } from "./analysis";
import { shell } from "./shell";

export const catalogs = [shell, analysis] as const;
