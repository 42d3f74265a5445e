import CLibFuzzer
import Foundation
import Ingest

/// libFuzzer entry point: any bytes as an uncompressed WARC file, read to the end.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzWARC(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = BufferedByteReader(source: MemoryByteSource(bytes), capacity: 4096)
    let warc = WARCReader(path: "fuzz.warc", reader: reader, gzip: nil, limits: ReadLimits(maxArticleBytes: 1 << 16))
    var events = 0
    while warc.next() != nil {
        events += 1
        // Each event consumes input or ends the file: more events than bytes is a loop.
        precondition(events <= size + 2, "WARC reader returned more events than input bytes")
    }
    return 0
}

var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzWARC))
