import Testing
@testable import Ingest

struct SHA256Tests {
    private func hex(_ text: String) -> String {
        var hasher = SHA256()
        hasher.update(Array(text.utf8))
        return hasher.finalizeHex()
    }

    @Test func knownVectors() {
        #expect(hex("") == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(hex("abc") == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        #expect(hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func incrementalEqualsOneShot() {
        let text = String(repeating: "The harbour closed at dawn. ", count: 40)
        var pieces = SHA256()
        let bytes = Array(text.utf8)
        pieces.update(Array(bytes[0..<7]))
        pieces.update(Array(bytes[7..<130]))
        pieces.update(Array(bytes[130...]))
        #expect(pieces.finalizeHex() == hex(text))
    }
}
