import CLibFuzzer
import Foundation
import Ingest

/// libFuzzer entry point: any bytes as an RSS/Atom feed through the feed parser (markup scanner, entities, encodings).
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFeed(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    _ = try? FeedParser.parse(Array(UnsafeBufferPointer(start: data, count: size)))
    return 0
}

var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzFeed))
