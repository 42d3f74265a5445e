import Foundation
import Hummingbird
import HummingbirdCore
import Logging

/// `storyline serve`: the desk over HTTP (Hummingbird). Binds 127.0.0.1 unless told otherwise, reads request bodies
/// up to a bound, closes idle connections, caps the connections served at once, and hands every request to
/// ``DeskRouter``.
public struct DeskServer: Sendable {
    public let configuration: DeskConfiguration
    public let router: DeskRouter

    public init(configuration: DeskConfiguration) throws {
        self.configuration = configuration
        router = try DeskRouter(library: DeskLibrary(db: configuration.db), configuration: configuration)
    }

    /// Runs until the task is cancelled (or SIGINT/SIGTERM with `signals`); `onListening` gets the bound port.
    public func run(signals: Bool = false, onListening: @escaping @Sendable (Int) async -> Void = { _ in }) async throws {
        let router = self.router
        let limit = configuration.maximumBodyBytes
        let responder = CallbackResponder { (request: Request, _: BasicRequestContext) -> Response in
            let response = await Self.handle(request, router: router, limit: limit)
            return response
        }
        var logger = Logger(label: "storyline.serve")
        // Hummingbird reports a cancelled shutdown as an error; the desk's own failures are written by DeskRouter.
        logger.logLevel = .critical
        let app = Application(
            responder: responder,
            server: .http1(configuration: .init(idleTimeout: .seconds(Int64(configuration.idleTimeoutSeconds)))),
            configuration: ApplicationConfiguration(address: .hostname(configuration.host, port: configuration.port),
                                                    serverName: "storyline",
                                                    availableConnectionsDelegate: MaximumAvailableConnections(configuration.maximumConnections)),
            onServerRunning: { channel in await onListening(channel.localAddress?.port ?? 0) },
            logger: logger)
        if signals { try await app.runService() } else { try await app.run() }
    }

    /// Turns a Hummingbird request into a ``DeskRequest`` (body bounded) and the desk's answer into a response.
    static func handle(_ request: Request, router: DeskRouter, limit: Int) async -> Response {
        var body = Data()
        if request.method == .post || request.method == .put || request.method == .delete || request.method == .patch {
            if let length = request.headers[.contentLength].flatMap(Int.init), length > limit {
                return convert(router.tooLarge(limit))
            }
            do {
                let buffer = try await request.body.collect(upTo: limit)
                body = Data(buffer.readableBytesView)
            } catch {
                return convert(router.tooLarge(limit))
            }
        }
        let desk = DeskRequest(method: request.method.rawValue, path: request.uri.path, query: request.uri.query,
                               ifNoneMatch: request.headers[.ifNoneMatch], authorization: request.headers[.authorization],
                               contentType: request.headers[.contentType], body: body)
        return convert(router.respond(to: desk))
    }

    static func convert(_ response: DeskResponse) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = response.contentType
        for (name, value) in response.headers {
            // The desk's header names are all tokens (letters and dashes), which HTTPField.Name accepts.
            headers[.init(name)!] = value
        }
        return Response(status: HTTPResponse.Status(code: response.status), headers: headers,
                        body: ResponseBody(byteBuffer: ByteBuffer(bytes: response.body)))
    }
}
