import CICU
import Testing

/// `mizan_find_scalar` (sixteen scalars per step) against a linear scan, from every start offset.
@Suite struct FindScalarPropertyTests {
    @Test func matchesALinearScan() {
        var rng = SystemRandomNumberGenerator()
        let alphabet: [UInt32] = [0x28, 0x29, 0x61, 0x20, 0x627, 0x2018, 0x10_0028, 0xFFFF_0028]
        for _ in 0..<300 {
            let n = Int.random(in: 0...70, using: &rng)
            let scalars = (0..<n).map { _ in alphabet.randomElement(using: &rng)! }
            let target = alphabet.randomElement(using: &rng)!
            scalars.withUnsafeBufferPointer { buf in
                for from in 0...n {
                    let to = Int.random(in: from...n, using: &rng)
                    let expected = (from..<to).first { scalars[$0] == target } ?? to
                    let found = buf.baseAddress.map { Int(mizan_find_scalar($0, Int64(from), Int64(to), target)) } ?? to
                    #expect(found == expected, "from \(from) to \(to) in \(scalars)")
                }
            }
        }
    }
}
