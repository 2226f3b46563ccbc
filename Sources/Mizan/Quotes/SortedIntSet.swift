/// A small set of integers kept as a sorted array without duplicates, for the sieves' bookkeeping of
/// used cues (token indices) and used quotations (opening-mark offsets).
///
/// An article has a few dozen of each, and every draft inserts and every rule asks: `Set<Int>` hashed
/// each key (SipHash) and rehashed as it grew, which cost more than the rules' own tests. A binary
/// search over a short array answers the same questions.
struct SortedIntSet {
    /// The members, ascending, each once.
    private(set) var members: [Int] = []

    init() {}

    var count: Int { members.count }

    /// Makes room for `n` members.
    mutating func reserveCapacity(_ n: Int) { members.reserveCapacity(n) }

    /// Index of the first member not below `x`.
    private func lowerBound(_ x: Int) -> Int {
        var lo = 0, hi = members.count
        while lo < hi {
            let mid = (lo + hi) / 2
            if members[mid] < x { lo = mid + 1 } else { hi = mid }
        }
        return lo
    }

    func contains(_ x: Int) -> Bool {
        let i = lowerBound(x)
        return i < members.count && members[i] == x
    }

    /// Adds `x` (nothing when present); returns whether it was new, as `Set.insert` does.
    @discardableResult
    mutating func insert(_ x: Int) -> Bool {
        // Members mostly arrive in ascending order (rules walk the article forwards).
        if members.isEmpty || members[members.count - 1] < x {
            members.append(x)
            return true
        }
        let i = lowerBound(x)
        if i < members.count && members[i] == x { return false }
        members.insert(x, at: i)
        return true
    }
}
