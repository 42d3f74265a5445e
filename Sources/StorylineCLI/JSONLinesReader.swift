import Foundation
import Model

/// Reads JSON Lines input records from a file or standard input.
struct JSONLinesReader {
    /// Streams the records of a JSON Lines file (memory-mapped; `-` or nil reads stdin) without holding them all;
    /// a malformed line is reported on stderr with its line number and skipped.
    static func forEachRecord(path: String?, _ body: (InputRecord) throws -> Void) throws {
        let data: Data
        if let path, path != "-" {
            data = try Data(contentsOf: URL(fileURLWithPath: path), options: .alwaysMapped)
        } else {
            data = FileHandle.standardInput.readDataToEndOfFile()
        }
        let decoder = JSONDecoder()
        var lineNumber = 0
        var start = data.startIndex
        while start < data.endIndex {
            let end = nextLineBreak(in: data, from: start)
            lineNumber += 1
            let line = data[start..<end]
            start = end < data.endIndex ? end + 1 : end
            if line.allSatisfy({ $0 == 32 || $0 == 9 || $0 == 13 }) { continue }
            let record: InputRecord
            do {
                record = try decoder.decode(InputRecord.self, from: line)
            } catch {
                FileHandle.standardError.write(Data("error: \(path ?? "stdin"):\(lineNumber): not a valid input record (\(DecodingFailure.reason(error)))\n".utf8))
                continue
            }
            try body(record)
        }
    }

    /// The index of the next line feed at or after `start`, or `data.endIndex` (memchr: a byte-by-byte search of a
    /// Data slice costs more than the JSON decoding on large inputs).
    static func nextLineBreak(in data: Data, from start: Data.Index) -> Data.Index {
        data.withUnsafeBytes { raw -> Data.Index in
            let offset = start - data.startIndex
            guard let base = raw.baseAddress, offset < raw.count,
                  let hit = memchr(base + offset, 0x0A, raw.count - offset) else { return data.endIndex }
            return data.startIndex + base.distance(to: UnsafeRawPointer(hit))
        }
    }

    /// Every record of the input, in order.
    static func records(path: String?) throws -> [InputRecord] {
        var records: [InputRecord] = []
        try forEachRecord(path: path) { records.append($0) }
        return records
    }
}
