/// A small set of word stems (``SpeakerResolver/Stem`` hashes), ascending without duplicates.
///
/// The speaker resolver compares the names and roles of every mention with those of every source
/// seen so far; these sets hold a handful of stems, and `Set<UInt64>` hashed each element (SipHash)
/// on every subset test, insertion and intersection. Sorted stems answer the same questions by
/// merging. Up to four stems (nearly every name and role) are held in the value itself, so that making
/// a set allocates nothing; larger sets use an array. Only set semantics are exposed, so results never
/// depend on the order of insertion.
struct StemSet: Equatable {
    /// How many stems are held inline at most.
    private static let inlineCapacity = 4
    private var n = 0
    /// The stems when `n` ≤ ``inlineCapacity`` (the first `n`, ascending).
    private var inline: (UInt64, UInt64, UInt64, UInt64) = (0, 0, 0, 0)
    /// The stems when there are more (ascending); empty otherwise.
    private var spill: [UInt64] = []

    init() {}

    /// The set of `stems` (in any order, repeats allowed).
    init<S: Sequence>(_ stems: S) where S.Element == UInt64 {
        for x in stems { insert(x) }
    }

    /// The stems, ascending.
    var stems: [UInt64] { withStems { Array($0) } }

    var isEmpty: Bool { n == 0 }
    var count: Int { n }

    /// Calls `body` with the stems, ascending.
    @inline(__always)
    private func withStems<R>(_ body: (UnsafeBufferPointer<UInt64>) -> R) -> R {
        if n > Self.inlineCapacity { return spill.withUnsafeBufferPointer(body) }
        return withUnsafePointer(to: inline) { p in
            p.withMemoryRebound(to: UInt64.self, capacity: Self.inlineCapacity) { body(UnsafeBufferPointer(start: $0, count: n)) }
        }
    }

    /// Adds `x` (kept sorted; nothing changes when it is there already).
    mutating func insert(_ x: UInt64) {
        if n < Self.inlineCapacity {
            let count = n
            let added = withUnsafeMutablePointer(to: &inline) { p in
                p.withMemoryRebound(to: UInt64.self, capacity: Self.inlineCapacity) { s -> Bool in
                    var k = count
                    while k > 0 && s[k - 1] > x { k -= 1 }
                    if k > 0 && s[k - 1] == x { return false }
                    var j = count
                    while j > k { s[j] = s[j - 1]; j -= 1 }
                    s[k] = x
                    return true
                }
            }
            if added { n += 1 }
            return
        }
        if n == Self.inlineCapacity {
            guard !contains(x) else { return }
            var all = stems
            all.append(x)
            all.sort()
            spill = all
            n += 1
            return
        }
        var k = spill.count
        while k > 0 && spill[k - 1] > x { k -= 1 }
        if k > 0 && spill[k - 1] == x { return }
        spill.insert(x, at: k)
        n += 1
    }

    func contains(_ x: UInt64) -> Bool { withStems { $0.contains(x) } }

    func contains(where predicate: (UInt64) -> Bool) -> Bool { withStems { $0.contains(where: predicate) } }

    /// Number of stems in both sets (`Set.intersection(_:).count`).
    func intersectionCount(_ other: StemSet) -> Int {
        withStems { a in
            other.withStems { b in
                var i = 0, j = 0, n = 0
                while i < a.count && j < b.count {
                    if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { n += 1; i += 1; j += 1 }
                }
                return n
            }
        }
    }

    func isSubset(of other: StemSet) -> Bool {
        count <= other.count && intersectionCount(other) == count
    }

    func isSuperset(of other: StemSet) -> Bool { other.isSubset(of: self) }

    func isDisjoint(with other: StemSet) -> Bool { intersectionCount(other) == 0 }

    /// Whether one of the sets contains the other (`isSuperset(of:) || isSubset(of:)`), with one merge:
    /// the resolver asks it of a mention's names and every source's.
    func nests(with other: StemSet) -> Bool {
        let shared = intersectionCount(other)
        return shared == count || shared == other.count
    }

    mutating func formUnion(_ other: StemSet) {
        guard !other.isEmpty else { return }
        other.withStems { b in
            for x in b { insert(x) }
        }
    }

    static func == (a: StemSet, b: StemSet) -> Bool {
        a.n == b.n && a.withStems { x in b.withStems { y in x.elementsEqual(y) } }
    }
}
