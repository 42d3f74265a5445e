import Foundation

/// Loads the rule files in `Sources/Extract/Resources` (rules are data, not code).
enum ExtractResources {
    static func url(_ name: String) -> URL? {
        Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
            ?? Bundle.module.url(forResource: name, withExtension: nil)
    }

    static func decode<T: Decodable>(_ type: T.Type, from name: String) -> T {
        guard let url = url(name), let data = try? Data(contentsOf: url) else {
            fatalError("Extract resource \(name) is missing from the bundle")
        }
        do {
            return try JSONDecoder().decode(type, from: data)
        } catch {
            fatalError("Extract resource \(name) is malformed: \(error)")
        }
    }
}
