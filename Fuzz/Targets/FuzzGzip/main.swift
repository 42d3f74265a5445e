import CLibFuzzer
import Foundation
import Ingest

/// libFuzzer entry point: any bytes through the streaming gzip reader (all members), and through the one-shot raw
/// deflate decoder with the size claimed by the first two bytes.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzGzip(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let gzip = try? GzipByteSource(input: MemoryByteSource(bytes), chunkSize: 512) {
        var buffer = [UInt8](repeating: 0, count: 4096)
        var total = 0
        while let count = try? buffer.withUnsafeMutableBufferPointer({ try gzip.read(into: $0) }), count > 0 {
            total += count
            if total > 64 << 20 { break }  // a gzip bomb is allowed to be big; the fuzzer is not
        }
        _ = gzip.memberOffset(containing: Int64(total / 2))
    }
    if bytes.count >= 2 {
        let claimed = Int(bytes[0]) << 8 | Int(bytes[1])
        _ = try? Deflate.decompress(Array(bytes[2...]), originalSize: claimed)
    }
    return 0
}

var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzGzip))
