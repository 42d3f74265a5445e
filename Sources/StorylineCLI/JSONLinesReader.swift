import Foundation
import Model

/// Reads JSON Lines input records from a file or standard input.
struct JSONLinesReader {
    /// Reads every record; a malformed line is reported on stderr with its line number and skipped.
    static func records(path: String?) throws -> [InputRecord] {
        let data: Data
        if let path, path != "-" {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let decoder = JSONDecoder()
        var records: [InputRecord] = []
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = data[start...].firstIndex(of: UInt8(ascii: "\n")) ?? data.endIndex
            lineNumber += 1
            let line = data[start..<end]
            start = end < data.endIndex ? end + 1 : end
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            do {
                records.append(try decoder.decode(InputRecord.self, from: line))
            } catch {
                FileHandle.standardError.write(Data("error: \(path ?? "stdin"):\(lineNumber): not a valid input record (\(error))\n".utf8))
            }
        }
        return records
    }
}
