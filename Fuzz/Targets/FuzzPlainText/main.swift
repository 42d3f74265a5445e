import CLibFuzzer
import Foundation
import Extract

/// libFuzzer entry point: any bytes (decoded as UTF-8 with repairs) through the plain-text cleaner.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzPlainText(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    _ = ArticleExtractor().extract(plainText: text, url: "https://fuzz.example/text")
    return 0
}

var arguments = CommandLine.argc
var argumentValues: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
exit(LLVMFuzzerRunDriver(&arguments, &argumentValues, fuzzPlainText))
