import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif
@testable import Ingest

struct InputExpanderTests {
    @Test func directoriesGlobsAndMissing() throws {
        let directory = try TestDirectory()
        try directory.write("b.html", "<p>b</p>")
        try directory.write("a/c.txt", "c")
        try directory.write("a/deeper/d.html", "<p>d</p>")
        try directory.write(".hidden/e.txt", "e")
        let expansion = InputExpander.expand([directory.path, directory.path + "/*.html", directory.path + "/nope.txt", "-"])
        let (files, missing) = (expansion.files, expansion.missing)
        let names = files.map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") }
        #expect(names == ["a/c.txt", "a/deeper/d.html", "b.html", "-"])
        #expect(files.first?.size == 1)
        #expect(missing == [directory.path + "/nope.txt"])
        let globbed = InputExpander.expand([directory.path + "/a/*"]).files
        #expect(globbed.map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") } == ["a/c.txt", "a/deeper/d.html"])
    }

    @Test func relativeSeedsPath() throws {
        // The five seeds, copied into the repository.
        let seeds = #filePath.components(separatedBy: "/Tests/")[0] + "/Tests/Seeds"
        let expansion = InputExpander.expand([seeds])
        let (files, missing) = (expansion.files, expansion.missing)
        #expect(missing.isEmpty)
        #expect(files.count == 5)
    }

    @Test func linksBackToAnAncestorAreWalkedOnceAndEachFileListedOnce() throws {
        let directory = try TestDirectory()
        try directory.write("top/a.txt", "a")
        try directory.write("top/sub/b.txt", "b")
        // Two links back to an ancestor: without loop protection the walk grows exponentially.
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/top/sub/up1", withDestinationPath: directory.path + "/top")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/top/sub/up2", withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: directory.path + "/top/alias.txt", withDestinationPath: "a.txt")
        let expansion = InputExpander.expand([directory.path + "/top", directory.path + "/top/sub"])
        let names = expansion.files.map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") }
        #expect(names == ["top/a.txt", "top/sub/b.txt"])
        #expect(expansion.missing.isEmpty && expansion.skipped.isEmpty)
    }

    @Test func aFIFOIsSkippedWithItsReasonNotRead() throws {
        let directory = try TestDirectory()
        try directory.write("in/page.txt", "text")
        #expect(mkfifo(directory.path + "/in/pipe", 0o600) == 0)
        let expansion = InputExpander.expand([directory.path + "/in"])
        #expect(expansion.files.map(\.path) == [directory.path + "/in/page.txt"])
        #expect(expansion.skipped.count == 1 && expansion.skipped.first?.reason.contains("FIFO") == true)
    }
}
