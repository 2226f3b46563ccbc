/// Ascending token indices without allocation in the common case: indices within 64 tokens of the
/// first one are bits of one word (a mention's name tokens lie a few tokens apart); any further ones
/// are kept in an array.
struct TokenList: RandomAccessCollection, Hashable, ExpressibleByArrayLiteral {
    /// The first index (0 while empty).
    private var base = 0
    /// Bit `k`: index `base + k` is in the list.
    private var bits: UInt64 = 0
    /// Indices at or after `base + 64`, ascending.
    private var spill: [Int] = []

    init() {}

    init(arrayLiteral elements: Int...) {
        for i in elements { append(i) }
    }

    var startIndex: Int { 0 }
    var endIndex: Int { bits.nonzeroBitCount + spill.count }
    var isEmpty: Bool { bits == 0 }

    subscript(k: Int) -> Int {
        let inBits = bits.nonzeroBitCount
        precondition(k >= 0 && k < inBits + spill.count, "TokenList index out of range")
        guard k < inBits else { return spill[k - inBits] }
        var b = bits
        for _ in 0..<k { b &= b - 1 }
        return base + b.trailingZeroBitCount
    }

    var first: Int? { bits == 0 ? nil : base + bits.trailingZeroBitCount }
    var last: Int? { spill.last ?? (bits == 0 ? nil : base + 63 - bits.leadingZeroBitCount) }

    /// Appends `i`, which must come after every index in the list.
    mutating func append(_ i: Int) {
        if bits == 0 {
            base = i
            bits = 1
            return
        }
        precondition(i > last!, "TokenList indices must be appended in ascending order")
        if i - base < 64 { bits |= 1 << UInt64(i - base) } else { spill.append(i) }
    }
}
