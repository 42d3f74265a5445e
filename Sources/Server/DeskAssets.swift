import Foundation

/// The files the desk serves as they are: its style sheet and the OpenAPI description of its API (resources of the
/// target; a missing or empty one stops the desk from starting).
struct DeskAssets: Sendable {
    let css: DeskResponse
    let openAPI: DeskResponse

    init() throws {
        css = DeskResponse(contentType: "text/css; charset=utf-8", headers: [("Cache-Control", "max-age=3600")],
                           body: try Self.load("desk.css"))
        openAPI = DeskResponse(contentType: "application/json; charset=utf-8", body: try Self.load("openapi.json"))
    }

    /// A resource file's bytes.
    static func load(_ name: String) throws -> Data {
        guard let url = Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Resources")
                ?? Bundle.module.url(forResource: name, withExtension: nil),
              let data = try? Data(contentsOf: url), !data.isEmpty else {
            throw DeskError(.internalError, "the desk's resource \(name) is missing or empty")
        }
        return data
    }

    /// The OpenAPI description (for tests that validate responses against it).
    static func openAPIDocument() throws -> Data { try load("openapi.json") }
}
