import CLibFuzzer
import Foundation
import Extract

/// libFuzzer entry point: any bytes as an HTML page through the page tree, main-content finder and metadata.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPageTree(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    _ = ArticleExtractor().extract(htmlBytes: bytes, url: "https://fuzz.example/page")
    return 0
}

var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzPageTree))
