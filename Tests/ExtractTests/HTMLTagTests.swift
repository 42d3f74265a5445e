import Testing
@testable import Extract

/// The element-name table: every tag the extractor distinguishes is found by its name in either case. The fuzzer
/// (under AddressSanitizer) found the table being built from a pointer used after its array was freed.
@Suite struct HTMLTagTests {
    static func named(_ name: String) -> HTMLTag {
        Array(name.utf8).withUnsafeBufferPointer { HTMLTag.named($0) }
    }

    @Test func everyTagIsFoundByItsNameInEitherCase() {
        var raw: UInt8 = 1
        var checked = 0
        while let tag = HTMLTag(rawValue: raw) {
            let name = "\(tag)"
            #expect(Self.named(name) == tag, "\(name)")
            #expect(Self.named(name.uppercased()) == tag, "\(name.uppercased())")
            raw += 1
            checked += 1
        }
        #expect(checked > 90)
    }

    @Test func unknownLongAndEmptyNamesAreOther() {
        #expect(Self.named("blink") == .other)
        #expect(Self.named("figcaptions") == .other)
        #expect(Self.named("") == .other)
        #expect(Self.named("d\u{e9}v") == .other)
    }
}
