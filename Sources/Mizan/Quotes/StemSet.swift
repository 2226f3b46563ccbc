/// A small set of word stems (``SpeakerResolver/Stem`` hashes) kept as a sorted array without
/// duplicates.
///
/// The speaker resolver compares the names and roles of every mention with those of every source
/// seen so far; these sets hold a handful of stems, and `Set<UInt64>` hashed each element (SipHash)
/// on every subset test, insertion and intersection. Sorted arrays answer the same questions by
/// merging. Only set semantics are exposed, so results never depend on the order of insertion.
struct StemSet: Equatable {
    /// The stems, ascending, each once (the invariant every operation keeps).
    private(set) var stems: [UInt64]

    init() { stems = [] }

    /// The set of `stems`, sorted in place: a caller handing over its last use of the array pays no
    /// copy (the resolver builds most sets from a fresh array).
    init(_ stems: consuming [UInt64]) {
        var s = consume stems
        s.sort()
        // Drop duplicates in place.
        var n = 0
        for x in s where n == 0 || s[n - 1] != x {
            s[n] = x
            n += 1
        }
        s.removeLast(s.count - n)
        self.stems = s
    }

    var isEmpty: Bool { stems.isEmpty }
    var count: Int { stems.count }

    func contains(_ x: UInt64) -> Bool { stems.contains(x) }

    func contains(where predicate: (UInt64) -> Bool) -> Bool { stems.contains(where: predicate) }

    /// Number of stems in both sets (`Set.intersection(_:).count`).
    func intersectionCount(_ other: StemSet) -> Int {
        var i = 0, j = 0, n = 0
        let a = stems, b = other.stems
        while i < a.count && j < b.count {
            if a[i] < b[j] { i += 1 } else if a[i] > b[j] { j += 1 } else { n += 1; i += 1; j += 1 }
        }
        return n
    }

    func isSubset(of other: StemSet) -> Bool {
        count <= other.count && intersectionCount(other) == count
    }

    func isSuperset(of other: StemSet) -> Bool { other.isSubset(of: self) }

    func isDisjoint(with other: StemSet) -> Bool { intersectionCount(other) == 0 }

    mutating func formUnion(_ other: StemSet) {
        guard !other.isEmpty else { return }
        var out: [UInt64] = []
        out.reserveCapacity(stems.count + other.stems.count)
        var i = 0, j = 0
        let a = stems, b = other.stems
        while i < a.count || j < b.count {
            if j == b.count || i < a.count && a[i] < b[j] {
                out.append(a[i])
                i += 1
            } else if i == a.count || b[j] < a[i] {
                out.append(b[j])
                j += 1
            } else {
                out.append(a[i])
                i += 1
                j += 1
            }
        }
        stems = out
    }
}
