/**
 * Monitoring of administrative judgments (theo dõi thi hành án hành chính,
 * THAHC): the THADS office does not enforce them; it logs each judgment,
 * follows the deadlines of the obliged body, the court and the superior body,
 * and reports (thads-rules.md §7; Luật TTHC 93/2015 Điều 309–313, NĐ 71/2016
 * Điều 10–14 and 35). One namespace over the modules of ./thahc/:
 *
 * - ./thahc/Model.ts — the case ({@link ThahcCase}) and its Schema;
 * - ./thahc/Deadlines.ts — each deadline with its start, citation and basis
 *   (kind h's voluntary period and a few others are `assumed`, with the
 *   reason; {@link Settings} changes the assumed values);
 * - ./thahc/Monitor.ts — the status at a date and the late steps;
 * - ./thahc/Counts.ts — the counts for the THAHC statistics and form
 *   03/TKLN-THADS (1 case with a reminder letter = 1 việc);
 * - ./thahc/Decode.ts — a JSON document of cases, every problem at its JSON
 *   Pointer, bounded.
 *
 * @since 0.1.0
 */
export * from "./thahc/Counts.js"
export * from "./thahc/Deadlines.js"
export * from "./thahc/Decode.js"
export * from "./thahc/Model.js"
export * from "./thahc/Monitor.js"
