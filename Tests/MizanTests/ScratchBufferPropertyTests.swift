import Testing
@testable import Mizan

/// The matcher's growable scratch buffer against an Array: random appends (single and copied runs, past
/// the capacity) and truncations leave the same elements in the same order.
@Suite struct ScratchBufferPropertyTests {
    @Test func scratchBufferAgreesWithAnArray() {
        var rng = SeededGenerator(seed: 31)
        for _ in 0..<200 {
            var buffer = ScratchBuffer<Int32>(capacity: 1 + rng.below(4))
            defer { buffer.deallocate() }
            var array: [Int32] = []
            for _ in 0..<rng.below(300) {
                switch rng.below(4) {
                case 0, 1:
                    let x = Int32(truncatingIfNeeded: rng.next())
                    buffer.append(x)
                    array.append(x)
                case 2:
                    let run = (0..<rng.below(40)).map { _ in Int32(truncatingIfNeeded: rng.next()) }
                    run.withUnsafeBufferPointer { if let p = $0.baseAddress { buffer.append(p, count: run.count) } }
                    array += run
                default:
                    let keep = rng.below(array.count + 1)
                    buffer.count = keep
                    array.removeLast(array.count - keep)
                }
                #expect(buffer.count == array.count)
            }
            #expect((0..<buffer.count).map { buffer[$0] } == array)
        }
    }
}
