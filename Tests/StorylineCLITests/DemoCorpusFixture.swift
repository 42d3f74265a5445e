import Foundation

/// The bundled demo corpus and its ground truth (`expected.json`), for the demo tests.
enum DemoCorpusFixture {
    static let path = CLIProcess.packageRoot + "/Sources/StorylineCLI/Resources/DemoCorpus"

    /// `expected.json`, decoded into the part a test reads.
    static func expected<Part: Decodable>(_ type: Part.Type) throws -> Part {
        try JSONDecoder().decode(Part.self, from: Data(contentsOf: URL(fileURLWithPath: path + "/expected.json")))
    }
}
