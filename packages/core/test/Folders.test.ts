/**
 * The folders of @thads/core form layers: no folder imports, through any chain of its modules, a folder that imports
 * it back (e.g. calendar/ ⇄ citation/; `CivilDate` sits in base/, below both). The graph is built from the import
 * statements of src (a module's folder is its first path segment; the root modules index, internal and testing,
 * which re-export everything, are left out) and checked with Kahn's algorithm, iteratively.
 */
import { readFileSync } from "node:fs"
import { dirname, relative, resolve, sep } from "node:path"
import { describe, expect, it } from "vitest"
import { files, specifiers, src } from "./Sources.js"

type Graph = ReadonlyMap<string, ReadonlySet<string>>

/** The folder of a source file, or undefined for a module at the root of src. */
const folderOf = (file: string): string | undefined => {
  const parts = relative(src, file).split(sep)
  return parts.length > 1 ? parts[0] : undefined
}

/** Folder → the other folders its modules import. */
const folderGraph = (): Graph => {
  const graph = new Map<string, Set<string>>()
  for (const f of files(src)) {
    const from = folderOf(f)
    if (from === undefined) continue
    const edges = graph.get(from) ?? new Set<string>()
    graph.set(from, edges)
    for (const s of specifiers(readFileSync(f, "utf8"))) {
      if (!s.startsWith(".")) continue
      const to = folderOf(resolve(dirname(f), s))
      if (to !== undefined && to !== from) edges.add(to)
    }
  }
  return graph
}

/** One cycle of the graph (its folders in import order, the first repeated at the end), or undefined if acyclic. */
const cycleOf = (graph: Graph): ReadonlyArray<string> | undefined => {
  const nodes = new Set<string>(graph.keys())
  for (const edges of graph.values()) for (const n of edges) nodes.add(n)
  const indegree = new Map<string, number>()
  for (const n of nodes) indegree.set(n, 0)
  for (const edges of graph.values()) for (const n of edges) indegree.set(n, indegree.get(n)! + 1)
  const ready = [...nodes].filter((n) => indegree.get(n) === 0)
  const removed = new Set<string>()
  while (ready.length > 0) {
    const n = ready.pop()!
    removed.add(n)
    for (const m of graph.get(n) ?? []) {
      const d = indegree.get(m)! - 1
      indegree.set(m, d)
      if (d === 0) ready.push(m)
    }
  }
  const left = [...nodes].filter((n) => !removed.has(n)).sort()
  if (left.length === 0) return undefined
  // Every node left has an incoming edge from another node left (else its in-degree would have reached 0): walk
  // those edges backwards until a node repeats, then read the loop forwards.
  const from = new Map<string, Array<string>>()
  for (const [n, edges] of graph) for (const m of edges) if (!removed.has(n)) from.set(m, [...(from.get(m) ?? []), n])
  const back: Array<string> = []
  const seen = new Map<string, number>()
  let n = left[0]!
  while (!seen.has(n)) {
    seen.set(n, back.length)
    back.push(n)
    n = from.get(n)!.sort()[0]!
  }
  const loop = back.slice(seen.get(n)!).reverse()
  const first = loop.indexOf([...loop].sort()[0]!)
  const rotated = [...loop.slice(first), ...loop.slice(0, first)]
  return [...rotated, rotated[0]!]
}

describe("the folders of @thads/core", () => {
  it("finds a cycle when there is one, and none in a layered graph", () => {
    const g = (edges: Record<string, ReadonlyArray<string>>): Graph =>
      new Map(Object.entries(edges).map(([k, v]) => [k, new Set(v)]))
    expect(cycleOf(g({ calendar: ["citation", "base"], citation: ["calendar"], kpi: ["calendar"] }))).toEqual([
      "calendar",
      "citation",
      "calendar"
    ])
    expect(cycleOf(g({ a: ["b"], b: ["c"], c: ["d"], d: ["b"] }))).toEqual(["b", "c", "d", "b"])
    expect(cycleOf(g({ calendar: ["citation", "base"], citation: ["base"], kpi: ["calendar", "base"] }))).toBe(
      undefined
    )
  })

  it("import no folder that imports them back", () => {
    const graph = folderGraph()
    expect(graph.get("calendar")?.has("citation")).toBe(true)
    expect(graph.get("citation")?.has("base")).toBe(true)
    expect(cycleOf(graph)).toBeUndefined()
  })
})
