import Testing
@testable import Mizan
@Test func icuVersion() { #expect(!ICU.version.isEmpty) }
