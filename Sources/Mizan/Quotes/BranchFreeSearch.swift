/// The first index in `0..<count` whose key is not below `value`, for keys ascending with the index: a
/// binary search whose steps depend only on the count. The window `base..<base + n` holds the answer,
/// and each step keeps one half by arithmetic (the compiler turns a conditional choice in this loop back
/// into a branch). The rules ask from everywhere in the article, so a branch on each comparison was
/// mispredicted about half the time. Keys and `value` are offsets, far from overflow, so the sign of
/// `key - value` is the comparison.
@inline(__always)
func branchFreeLowerBound(count: Int, of value: Int, key: (Int) -> Int) -> Int {
    var base = 0, n = count
    while n > 1 {
        let half = n &>> 1
        let before = UInt(bitPattern: key(base &+ half &- 1) &- value) &>> 63
        base &+= half & Int(bitPattern: 0 &- before)
        n &-= half
    }
    return n == 1 && key(base) < value ? base + 1 : base
}
