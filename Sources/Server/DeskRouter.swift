import Foundation
import Link
import Story

/// Routes a request to the API, the pages or the corrections and turns every failure into a status and a message
/// (JSON `{status, message}` under `/api/`, a page elsewhere); details of unexpected errors go to the log only.
public struct DeskRouter: Sendable {
    public let library: DeskLibrary
    public let configuration: DeskConfiguration
    private let assets: DeskAssets

    public init(library: DeskLibrary, configuration: DeskConfiguration) throws {
        self.library = library
        self.configuration = configuration
        assets = try DeskAssets()
    }

    /// The response to `request`; never throws.
    public func respond(to request: DeskRequest) -> DeskResponse {
        let segments = request.segments
        let api = segments.first == "api"
        var response: DeskResponse
        do {
            response = try route(request, segments: segments, api: api)
        } catch let error as DeskError {
            response = failure(error, api: api)
        } catch let error as StoryWorkspace.UnknownStory {
            response = failure(DeskError(.notFound, error.description), api: api)
        } catch {
            FileHandle.standardError.write(Data("storyline serve: \(request.method) \(request.path): \(error)\n".utf8))
            response = failure(DeskError(.internalError, "internal error; the server log has the details"), api: api)
        }
        response.headers.append(contentsOf: Self.securityHeaders)
        return response
    }

    /// Headers on every response: no sniffing, no framing, nothing loaded from elsewhere, no referrer sent.
    static let securityHeaders: [(name: String, value: String)] = [
        ("X-Content-Type-Options", "nosniff"),
        ("X-Frame-Options", "DENY"),
        ("Referrer-Policy", "no-referrer"),
        ("Content-Security-Policy", "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"),
    ]

    private func route(_ request: DeskRequest, segments: [String], api: Bool) throws -> DeskResponse {
        switch request.method {
        case "GET", "HEAD":
            if segments == ["desk.css"] { return assets.css }
            if segments == ["api", "openapi.json"] { return assets.openAPI }
            if segments == ["favicon.ico"] { throw DeskError(.notFound, "no icon") }
            return try cachedGet(request, segments: segments, api: api)
        case "POST", "DELETE":
            let correction = CorrectionEndpoints(library: library, request: request, token: configuration.token)
            return try correction.handle(api ? Array(segments.dropFirst()) : segments, api: api)
        default:
            throw DeskError(.methodNotAllowed, "\(request.method) is not allowed")
        }
    }

    /// A GET answered from the snapshot's kept responses (search is always run), with an entity tag: a request whose
    /// `If-None-Match` names the current tag gets 304 without the work.
    private func cachedGet(_ request: DeskRequest, segments: [String], api: Bool) throws -> DeskResponse {
        let snapshot = try library.current()
        let key = request.path + "?" + request.query.pairs.map { "\($0.name)=\($0.value)" }.joined(separator: "&")
        let etag = snapshot.etag(key + (configuration.isWritable ? " writable" : ""))
        if request.ifNoneMatch == etag {
            return DeskResponse(status: 304, contentType: "text/plain", headers: [("ETag", etag)], body: Data())
        }
        let build = {
            api ? try APIEndpoints(snapshot: snapshot, request: request).get(Array(segments.dropFirst()))
                : try PageEndpoints(snapshot: snapshot, request: request, writable: configuration.isWritable).get(segments)
        }
        let isSearch = segments.last == "search"
        var response = isSearch ? try build() : try snapshot.cached(key, build)
        response.headers.append((name: "ETag", value: etag))
        response.headers.append((name: "Cache-Control", value: "no-cache"))
        return response
    }

    private func failure(_ error: DeskError, api: Bool) -> DeskResponse {
        if api { return .json(error.json, status: error.status.rawValue) }
        let content = "<p class=\"error\">\(HTML.escape(error.message))</p><p><a href=\"/\">All stories</a></p>"
        return .html(HTML.page(title: "\(error.status.rawValue)", content: content, writable: configuration.isWritable),
                     status: error.status.rawValue)
    }
}

extension DeskRouter {
    /// The answer to a body over the bound.
    public func tooLarge(_ limit: Int) -> DeskResponse {
        var response = DeskResponse.json(DeskError(.contentTooLarge, "the request body is over \(limit) bytes").json, status: 413)
        response.headers.append(contentsOf: Self.securityHeaders)
        return response
    }
}
