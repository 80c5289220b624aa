// One catalogue per feature. Add a feature's catalogue here, nowhere else.
import { shell } from "./shell";

export const catalogs = [shell] as const;
