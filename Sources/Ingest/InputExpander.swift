import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Turns command-line arguments into input files: files, directories (recursively, sorted, hidden files
/// skipped), shell-style globs (`*.html`, `dir/**` is not special), and `-` for standard input.
public enum InputExpander {
    /// The files named by `arguments`, in order, each once; arguments that name nothing are returned in `missing`.
    public static func expand(_ arguments: [String]) -> (files: [InputFile], missing: [String]) {
        var files: [InputFile] = []
        var seen = Set<String>()
        var missing: [String] = []
        func add(_ path: String, size: Int64?) {
            if seen.insert(path).inserted { files.append(InputFile(path: path, size: size)) }
        }
        for argument in arguments {
            if argument == "-" { add("-", size: nil); continue }
            var paths = [argument]
            if !FileManager.default.fileExists(atPath: argument), argument.contains(where: { "*?[".contains($0) }) {
                paths = glob(argument)
            }
            if paths.isEmpty { missing.append(argument); continue }
            for path in paths {
                var isDirectory: ObjCBool = false
                guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else {
                    missing.append(path)
                    continue
                }
                if isDirectory.boolValue {
                    for file in walk(path) { add(file.path, size: file.size) }
                } else {
                    add(path, size: size(of: path))
                }
            }
        }
        return (files, missing)
    }

    /// Size of a file on disk.
    public static func size(of path: String) -> Int64? {
        (try? FileManager.default.attributesOfItem(atPath: path)[.size] as? NSNumber)?.int64Value
    }

    /// Regular files under a directory, sorted by path, hidden names skipped.
    static func walk(_ directory: String) -> [InputFile] {
        var result: [InputFile] = []
        let base = directory.hasSuffix("/") ? String(directory.dropLast()) : directory
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: base) else { return [] }
        for name in entries.sorted() where !name.hasPrefix(".") {
            let path = base + "/" + name
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                result += walk(path)
            } else {
                result.append(InputFile(path: path, size: size(of: path)))
            }
        }
        return result
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
