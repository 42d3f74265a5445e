import Foundation
@testable import PostgresStore
#if canImport(Glibc)
import Glibc
#endif

/// A PostgreSQL cluster owned by the test process: `initdb` into a fresh temporary directory, `pg_ctl start` listening
/// only on a Unix socket in that directory (no TCP port, so runs never collide), trust authentication for the
/// cluster's own superuser `storyline`, durability off (fsync) since the cluster is thrown away. ``stop()`` stops it
/// and deletes the directory; the shared cluster is stopped at process exit.
///
/// The binaries are found through `PG_BIN`, then `pg_config --bindir`, then the newest `/usr/lib/postgresql/*/bin`.
/// `initdb` refuses to run as root: as root, the cluster's directory is given to the `postgres` user (the Debian
/// package's; else `nobody`) and the server programs run as that user through `runuser`.
final class TemporaryPostgresCluster: @unchecked Sendable {
    let directory: String
    let socketDirectory: String
    let port = 5432
    private let binDirectory: String
    private let runAs: String?

    /// Why no cluster could be started.
    struct Unavailable: Error, CustomStringConvertible {
        var description: String
    }

    private init(directory: String, binDirectory: String, runAs: String?) {
        self.directory = directory
        socketDirectory = directory
        self.binDirectory = binDirectory
        self.runAs = runAs
    }

    /// Creates and starts a new cluster.
    static func start() throws -> TemporaryPostgresCluster {
        guard let bin = binDirectory() else {
            throw Unavailable(description: "no PostgreSQL server binaries (set PG_BIN, or install the postgresql package)")
        }
        let runAs: String? = geteuid() == 0 ? (getpwnam("postgres") != nil ? "postgres" : "nobody") : nil
        // Short: the socket path must fit in 107 bytes.
        let directory = "/tmp/storyline-pg-" + UUID().uuidString.prefix(8).lowercased()
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: false)
        let cluster = TemporaryPostgresCluster(directory: directory, binDirectory: bin, runAs: runAs)
        do {
            if let runAs {
                guard let user = getpwnam(runAs) else { throw Unavailable(description: "no user \(runAs)") }
                guard chown(directory, user.pointee.pw_uid, user.pointee.pw_gid) == 0 else {
                    throw Unavailable(description: "cannot give \(directory) to \(runAs)")
                }
            }
            try cluster.server("initdb", ["-D", cluster.dataDirectory, "-U", "storyline", "--auth=trust", "--encoding=UTF8",
                                          "--locale=C", "--no-sync"])
            try cluster.server("pg_ctl", ["start", "-w", "-t", "60", "-D", cluster.dataDirectory, "-l", directory + "/server.log",
                                          "-o", "-c listen_addresses='' -k \(directory) -p \(cluster.port) -c fsync=off "
                                              + "-c synchronous_commit=off -c full_page_writes=off -c max_connections=50"])
        } catch {
            let log = (try? String(contentsOfFile: directory + "/server.log", encoding: .utf8)) ?? ""
            try? FileManager.default.removeItem(atPath: directory)
            throw Unavailable(description: "\(error)\(log.isEmpty ? "" : "\nserver log:\n" + log)")
        }
        return cluster
    }

    var dataDirectory: String { directory + "/data" }

    /// A location in this cluster for `database` (the superuser's own database `postgres` by default).
    func location(database: String = "postgres") -> PostgresLocation {
        PostgresLocation(port: port, unixSocketPath: socketDirectory + "/.s.PGSQL.\(port)", user: "storyline", database: database)
    }

    /// The URL of `database`, as a user passes it to `--db`.
    func url(database: String) -> String {
        "postgres://storyline@/\(database)?host=\(socketDirectory)&port=\(port)"
    }

    /// Stops the server and deletes the cluster's directory. Runs at process exit, where Foundation's `Process` can
    /// hang (its run loop is gone), so it uses the C library's `system`.
    func stop() {
        let prefix = runAs.map { "/usr/sbin/runuser -u \($0) -- " } ?? ""
        _ = system("\(prefix)'\(binDirectory)/pg_ctl' stop -w -m immediate -D '\(dataDirectory)' >/dev/null 2>&1")
        try? FileManager.default.removeItem(atPath: directory)
    }

    /// Runs a server program (as the cluster's user when we are root); throws with its output when it fails.
    private func server(_ program: String, _ arguments: [String]) throws {
        let prefix = runAs.map { "/usr/sbin/runuser -u \($0) -- " } ?? ""
        let output = directory + "/\(program).out"
        let status = Self.shell(prefix + ([binDirectory + "/" + program] + arguments).map(Self.quoted).joined(separator: " "),
                                output: output)
        guard status == 0 else {
            let text = (try? String(contentsOfFile: output, encoding: .utf8)) ?? ""
            throw Unavailable(description: "\(program) failed (\(status)): \(text.suffix(2000))")
        }
    }

    /// Runs a shell command with its output in the file `output`; returns its exit status. The C library's `system`,
    /// not Foundation's `Process`: in a test process, `Process.waitUntilExit` was seen to miss a child's exit and hang.
    private static func shell(_ command: String, output: String) -> Int32 {
        let status = system("\(command) >\(quoted(output)) 2>&1 </dev/null")
        return status == -1 ? -1 : (status >> 8) & 0xff
    }

    /// One shell word.
    private static func quoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }

    /// PG_BIN, `pg_config --bindir`, or the newest /usr/lib/postgresql/*/bin holding initdb and pg_ctl.
    static func binDirectory() -> String? {
        func usable(_ path: String) -> Bool {
            FileManager.default.isExecutableFile(atPath: path + "/initdb") && FileManager.default.isExecutableFile(atPath: path + "/pg_ctl")
        }
        if let bin = ProcessInfo.processInfo.environment["PG_BIN"], usable(bin) { return bin }
        if let bin = pgConfigBinDirectory(), usable(bin) { return bin }
        let root = "/usr/lib/postgresql"
        let versions = ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? []).compactMap { Int($0) }.sorted(by: >)
        return versions.map { "\(root)/\($0)/bin" }.first(where: usable)
    }

    private static func pgConfigBinDirectory() -> String? {
        let output = NSTemporaryDirectory() + "storyline-pg-config-\(UUID().uuidString)"
        defer { try? FileManager.default.removeItem(atPath: output) }
        guard shell("pg_config --bindir", output: output) == 0,
              let text = try? String(contentsOfFile: output, encoding: .utf8) else { return nil }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
