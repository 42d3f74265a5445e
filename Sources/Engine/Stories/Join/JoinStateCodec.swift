import Foundation
import Link

/// The bytes of the clustering state the story index keeps (``Store/StoryJoinState``): term vectors, entity sets
/// and whole ``Link/ClusterGroup``s, little-endian, with a version byte first so a change of layout is refused
/// rather than misread (the index is then built anew).
enum JoinStateCodec {
    static let version: UInt8 = 1

    struct Malformed: Error {}

    // MARK: Writing

    static func encode(_ vector: TermVector) -> Data {
        var writer = Writer()
        writer.byte(version)
        writer.vector(vector)
        return Data(writer.bytes)
    }

    static func encode(entities: some Collection<String>) -> Data {
        var writer = Writer()
        writer.byte(version)
        writer.strings(Array(entities))
        return Data(writer.bytes)
    }

    static func encode(_ group: ClusterGroup) -> Data {
        var writer = Writer()
        writer.byte(version)
        writer.group(group)
        return Data(writer.bytes)
    }

    // MARK: Reading

    static func vector(_ data: Data) throws -> TermVector {
        var reader = try Reader(data)
        return try reader.vector()
    }

    static func entities(_ data: Data) throws -> Set<String> {
        var reader = try Reader(data)
        return Set(try reader.strings())
    }

    static func group(_ data: Data) throws -> ClusterGroup {
        var reader = try Reader(data)
        return try reader.group()
    }

    struct Writer {
        var bytes: [UInt8] = []

        mutating func byte(_ value: UInt8) { bytes.append(value) }

        mutating func int(_ value: Int) { word(UInt64(bitPattern: Int64(value))) }

        mutating func term(_ value: UInt64) { word(value) }

        mutating func word(_ value: UInt64) {
            for shift in stride(from: 0, to: 64, by: 8) { bytes.append(UInt8(truncatingIfNeeded: value >> UInt64(shift))) }
        }

        mutating func float(_ value: Float) {
            let bits = value.bitPattern
            for shift in stride(from: 0, to: 32, by: 8) { bytes.append(UInt8(truncatingIfNeeded: bits >> UInt32(shift))) }
        }

        mutating func day(_ value: Int?) { int(value ?? Int(Int64.min)) }

        mutating func string(_ value: String) {
            int(value.utf8.count)
            bytes.append(contentsOf: value.utf8)
        }

        mutating func strings(_ values: [String]) {
            int(values.count)
            for value in values { string(value) }
        }

        mutating func vector(_ vector: TermVector) {
            int(vector.terms.count)
            for (term, weight) in zip(vector.terms, vector.weights) {
                self.term(term)
                float(weight)
            }
        }

        mutating func group(_ group: ClusterGroup) {
            bytes.reserveCapacity(bytes.count + 12 * group.centroidSum.count + 64 * group.documents.count)
            strings(group.documents)
            int(group.centroidSum.count)
            // Dictionary order: the bytes need not be the same from run to run, only read back the same.
            for (term, weight) in group.centroidSum {
                self.term(term)
                float(weight)
            }
            int(group.entityCounts.count)
            for (entity, count) in group.entityCounts {
                string(entity)
                int(count)
            }
            day(group.firstDay)
            day(group.lastDay)
            int(group.events.count)
            for event in group.events { self.group(event) }
        }
    }

    struct Reader {
        let bytes: [UInt8]
        var position = 1

        init(_ data: Data) throws {
            bytes = [UInt8](data)
            guard bytes.first == JoinStateCodec.version else { throw Malformed() }
        }

        mutating func raw(_ count: Int) throws -> ArraySlice<UInt8> {
            guard count >= 0, position + count <= bytes.count else { throw Malformed() }
            defer { position += count }
            return bytes[position..<position + count]
        }

        mutating func word() throws -> UInt64 {
            guard position + 8 <= bytes.count else { throw Malformed() }
            var value: UInt64 = 0
            for offset in 0..<8 { value |= UInt64(bytes[position + offset]) << UInt64(8 * offset) }
            position += 8
            return value
        }

        mutating func int() throws -> Int { Int(Int64(bitPattern: try word())) }

        mutating func count() throws -> Int {
            let value = try int()
            guard value >= 0, value <= bytes.count else { throw Malformed() }
            return value
        }

        mutating func float() throws -> Float {
            guard position + 4 <= bytes.count else { throw Malformed() }
            var value: UInt32 = 0
            for offset in 0..<4 { value |= UInt32(bytes[position + offset]) << UInt32(8 * offset) }
            position += 4
            return Float(bitPattern: value)
        }

        mutating func day() throws -> Int? {
            let value = try int()
            return value == Int(Int64.min) ? nil : value
        }

        mutating func string() throws -> String { String(decoding: try raw(try count()), as: UTF8.self) }

        mutating func strings() throws -> [String] { try (0..<count()).map { _ in try string() } }

        mutating func vector() throws -> TermVector {
            var terms: [UInt64] = [], weights: [Float] = []
            let n = try count()
            terms.reserveCapacity(n)
            weights.reserveCapacity(n)
            for _ in 0..<n {
                terms.append(try word())
                weights.append(try float())
            }
            return TermVector(sortedTerms: terms, normalisedWeights: weights)
        }

        mutating func group() throws -> ClusterGroup {
            let documents = try strings()
            var sum: [UInt64: Float] = [:]
            let terms = try count()
            sum.reserveCapacity(terms)
            for _ in 0..<terms {
                let term = try word()
                sum[term] = try float()
            }
            var entities: [String: Int] = [:]
            for _ in 0..<(try count()) {
                let entity = try string()
                entities[entity] = try int()
            }
            let first = try day(), last = try day()
            let events = try (0..<count()).map { _ in try group() }
            return ClusterGroup(documents: documents, centroidSum: sum, entityCounts: entities, firstDay: first,
                                lastDay: last, events: events)
        }
    }
}
