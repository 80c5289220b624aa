/** Entities: notes → registry → matcher → link plans; the report, the timeline, *Named with*, starter data. */
export * from "./types";
export * from "./note";
export * from "./registry";
export * from "./matcher";
export { runSteps } from "./automaton";
export * from "./names";
export * from "./variants";
export * from "./linker";
export * from "./property";
export * from "./run";
export * from "./report";
export * from "./timeline";
export * from "./named-with";
export * from "./create";
export * from "./starter";
