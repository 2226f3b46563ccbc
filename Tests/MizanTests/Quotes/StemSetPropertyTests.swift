import Testing
@testable import Mizan

/// ``StemSet`` (a sorted array standing in for `Set<UInt64>` in the speaker resolver) against `Set`:
/// every operation the resolver uses must give the answer the set would, and keep the array sorted
/// without duplicates.
@Suite struct StemSetPropertyTests {
    private func isCanonical(_ s: StemSet) -> Bool {
        zip(s.stems, s.stems.dropFirst()).allSatisfy { $0 < $1 }
    }

    @Test func agreesWithSet() {
        var rng = SeededGenerator(seed: 31)
        // Few distinct values, so that sets overlap, contain each other and repeat elements.
        func draw() -> [UInt64] {
            (0..<Int.random(in: 0...6, using: &rng)).map { _ in UInt64.random(in: 0..<8, using: &rng) &* 0x9E37_79B9_7F4A_7C15 }
        }
        for _ in 0..<3_000 {
            let a = draw(), b = draw()
            let sa = StemSet(a), sb = StemSet(b)
            let xa = Set(a), xb = Set(b)
            #expect(isCanonical(sa) && isCanonical(sb))
            #expect(Set(sa.stems) == xa)
            #expect(sa.count == xa.count && sa.isEmpty == xa.isEmpty)
            #expect(sa.intersectionCount(sb) == xa.intersection(xb).count)
            #expect(sa.isSubset(of: sb) == xa.isSubset(of: xb))
            #expect(sa.isSuperset(of: sb) == xa.isSuperset(of: xb))
            #expect(sa.isDisjoint(with: sb) == xa.isDisjoint(with: xb))
            #expect((sa == sb) == (xa == xb))
            for x in b { #expect(sa.contains(x) == xa.contains(x)) }
            var u = sa
            u.formUnion(sb)
            #expect(isCanonical(u))
            #expect(Set(u.stems) == xa.union(xb))
        }
    }
}
