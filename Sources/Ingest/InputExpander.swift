import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns command-line arguments into input files: files, directories (recursively, sorted, hidden files
/// skipped), shell-style globs (`*.html`, `dir/**` is not special), and `-` for standard input.
///
/// Each file is listed once however many paths reach it (symbolic links, a directory given twice), a directory is
/// walked once however many links lead back to it (no loop, no blow-up), and what is not a regular file (a FIFO, a
/// socket, a device) is skipped with its reason rather than read, since reading one can block forever.
public enum InputExpander {
    /// What the arguments name: the files to read, the arguments that name nothing, and what was skipped and why.
    public struct Expansion: Sendable {
        public var files: [InputFile] = []
        public var missing: [String] = []
        public var skipped: [(path: String, reason: String)] = []
    }

    /// The identity of a file on disk: its device and inode.
    struct FileIdentity: Hashable {
        var device: UInt64
        var inode: UInt64
    }

    enum Kind { case regular, directory, other(String) }

    /// The files named by `arguments`, in order, each once; arguments that name nothing are returned in `missing`.
    public static func expand(_ arguments: [String]) -> Expansion {
        var expansion = Expansion()
        var seenFiles = Set<FileIdentity>()
        var seenDirectories = Set<FileIdentity>()
        var standardInput = false
        func add(_ path: String, identity: FileIdentity, size: Int64) {
            if seenFiles.insert(identity).inserted { expansion.files.append(InputFile(path: path, size: size)) }
        }
        func visit(_ path: String, walking: Bool) {
            guard let (kind, identity, size) = status(path) else {
                if !walking { expansion.missing.append(path) }
                return
            }
            switch kind {
            case .regular: add(path, identity: identity, size: size)
            case .directory:
                guard seenDirectories.insert(identity).inserted else { return }
                let base = path.hasSuffix("/") ? String(path.dropLast()) : path
                guard let entries = try? FileManager.default.contentsOfDirectory(atPath: base) else {
                    expansion.skipped.append((path, "directory cannot be read"))
                    return
                }
                for name in entries.sorted() where !name.hasPrefix(".") { visit(base + "/" + name, walking: true) }
            case .other(let what): expansion.skipped.append((path, "not a regular file (\(what))"))
            }
        }
        for argument in arguments {
            if argument == "-" {
                if !standardInput { expansion.files.append(InputFile(path: "-", size: nil)) }
                standardInput = true
                continue
            }
            var paths = [argument]
            if !FileManager.default.fileExists(atPath: argument), argument.contains(where: { "*?[".contains($0) }) {
                paths = glob(argument)
            }
            if paths.isEmpty { expansion.missing.append(argument); continue }
            for path in paths { visit(path, walking: false) }
        }
        return expansion
    }

    /// Size of a file on disk.
    public static func size(of path: String) -> Int64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value
    }

    /// What a path is once symbolic links are followed, its identity and size; nil when it does not exist.
    static func status(_ path: String) -> (Kind, FileIdentity, Int64)? {
        #if canImport(Glibc)
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        let identity = FileIdentity(device: UInt64(info.st_dev), inode: UInt64(info.st_ino))
        let kind: Kind
        switch info.st_mode & S_IFMT {
        case S_IFREG: kind = .regular
        case S_IFDIR: kind = .directory
        case S_IFIFO: kind = .other("FIFO")
        case S_IFSOCK: kind = .other("socket")
        case S_IFCHR, S_IFBLK: kind = .other("device")
        default: kind = .other("special file")
        }
        return (kind, identity, Int64(info.st_size))
        #else
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { return nil }
        let resolved = (path as NSString).resolvingSymlinksInPath
        let identity = FileIdentity(device: 0, inode: UInt64(bitPattern: Int64(resolved.hashValue)))
        return (isDirectory.boolValue ? .directory : .regular, identity, size(of: path) ?? 0)
        #endif
    }

    static func glob(_ pattern: String) -> [String] {
        #if canImport(Glibc)
        var matches = glob_t()
        defer { globfree(&matches) }
        guard Glibc.glob(pattern, 0, nil, &matches) == 0 else { return [] }
        return (0..<Int(matches.gl_pathc)).compactMap { index in
            matches.gl_pathv[index].map { String(cString: $0) }
        }.sorted()
        #else
        return []
        #endif
    }
}
