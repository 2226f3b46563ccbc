import Testing
@testable import Mizan

/// ``TokenList`` (a mention's name tokens as bits over a 64-token window, with an array past it) against
/// the array it stands in for.
@Suite struct TokenListPropertyTests {
    @Test func agreesWithArray() {
        var rng = SeededGenerator(seed: 53)
        for _ in 0..<2_000 {
            // Ascending indices, mostly close together, sometimes far apart (past the 64-token window).
            var indices: [Int] = []
            var next = Int.random(in: 0..<5_000, using: &rng)
            for _ in 0..<Int.random(in: 0...8, using: &rng) {
                indices.append(next)
                next += Bool.random(using: &rng) ? Int.random(in: 1...3, using: &rng) : Int.random(in: 1...90, using: &rng)
            }
            var list = TokenList()
            for i in indices { list.append(i) }
            #expect(Array(list) == indices)
            #expect(list.count == indices.count && list.isEmpty == indices.isEmpty)
            #expect(list.first == indices.first && list.last == indices.last)
            for k in indices.indices { #expect(list[k] == indices[k]) }
            // Equal lists hash alike; a list built from an array literal is the same list.
            var again = TokenList()
            for i in indices { again.append(i) }
            #expect(list == again && list.hashValue == again.hashValue)
            if let first = indices.first {
                var other = TokenList()
                other.append(first + 1)
                #expect(list != other)
            }
        }
        #expect(TokenList() == [] && Array([3, 4, 70] as TokenList) == [3, 4, 70])
    }
}
