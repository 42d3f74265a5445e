import Foundation

/// Invented articles written to a temporary folder for the engine tests.
enum EngineFixture {
    static func temporaryDirectory() throws -> String {
        let path = NSTemporaryDirectory() + "storyline-engine-\(UUID().uuidString)"
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// One JSON Lines article.
    static func line(id: String, date: String?, source: String, text: String) -> String {
        var object: [String: String] = ["id": id, "source": source, "text": text]
        if let date { object["date"] = date }
        let data = try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        return String(decoding: data, as: UTF8.self)
    }

    /// A port strike story and a football story, each over several days and outlets.
    static let portStrike: [String] = (0..<4).map { day in
        line(id: "port-\(day)", date: "2023-03-1\(day)", source: ["Harbour Times", "Coast Post"][day % 2], text: """
            Dock workers at the port of Marenburg extended their strike on day \(day + 1), the Marenburg Dockers Union said.

            Union leader Ilse Varga said the strike would go on until the port authority raised wages. "We will not \
            unload a single container," Varga told reporters at the port of Marenburg.

            The port authority said \(120 + day * 10) ships were waiting outside the harbour of Marenburg.
            """)
    }

    static let football: [String] = (0..<3).map { day in
        line(id: "cup-\(day)", date: "2023-05-0\(day + 1)", source: "Sport Daily", text: """
            Riverside Rovers beat Castleford United in the cup semi-final at Riverside Stadium on matchday \(day + 1).

            Rovers coach Tomas Brandt praised his striker. "He scored twice and ran all night," Brandt said after the \
            semi-final at Riverside Stadium.
            """)
    }

    static func write(_ lines: [String], to path: String) throws {
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
    }
}
