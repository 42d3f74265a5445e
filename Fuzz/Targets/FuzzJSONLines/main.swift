import CLibFuzzer
import Foundation
import Ingest

/// libFuzzer entry point: any bytes as a JSON Lines article file, read to the end.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzJSONLines(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    let reader = BufferedByteReader(source: MemoryByteSource(bytes), capacity: 4096)
    let lines = JSONLinesArticleReader(path: "fuzz.jsonl", reader: reader, limits: ReadLimits(maxArticleBytes: 1 << 16))
    var events = 0
    while lines.next() != nil {
        events += 1
        precondition(events <= size + 2, "JSON Lines reader returned more events than input bytes")
    }
    return 0
}

var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzJSONLines))
