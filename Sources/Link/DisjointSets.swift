/// Union–find over item numbers.
public struct DisjointSets: Sendable {
    private var parent: [Int]

    public init(count: Int) {
        parent = Array(0..<count)
    }

    public mutating func find(_ item: Int) -> Int {
        var root = item
        while parent[root] != root { root = parent[root] }
        var current = item
        while parent[current] != root {
            let next = parent[current]
            parent[current] = root
            current = next
        }
        return root
    }

    public mutating func union(_ a: Int, _ b: Int) {
        let rootA = find(a), rootB = find(b)
        if rootA != rootB { parent[max(rootA, rootB)] = min(rootA, rootB) }
    }

    /// The sets, each in item order, ordered by their first item.
    public mutating func groups() -> [[Int]] {
        var byRoot: [Int: [Int]] = [:]
        var order: [Int] = []
        for item in parent.indices {
            let root = find(item)
            if byRoot[root] == nil { order.append(root) }
            byRoot[root, default: []].append(item)
        }
        return order.map { byRoot[$0]! }
    }
}
