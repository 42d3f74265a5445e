import Testing
@testable import Ingest

struct InputExpanderTests {
    @Test func directoriesGlobsAndMissing() throws {
        let directory = try TestDirectory()
        try directory.write("b.html", "<p>b</p>")
        try directory.write("a/c.txt", "c")
        try directory.write("a/deeper/d.html", "<p>d</p>")
        try directory.write(".hidden/e.txt", "e")
        let (files, missing) = InputExpander.expand([directory.path, directory.path + "/*.html", directory.path + "/nope.txt", "-"])
        let names = files.map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") }
        #expect(names == ["a/c.txt", "a/deeper/d.html", "b.html", "-"])
        #expect(files.first?.size == 1)
        #expect(missing == [directory.path + "/nope.txt"])
        let (globbed, _) = InputExpander.expand([directory.path + "/a/*"])
        #expect(globbed.map { $0.path.replacingOccurrences(of: directory.path + "/", with: "") } == ["a/c.txt", "a/deeper/d.html"])
    }

    @Test func relativeSeedsPath() throws {
        // The five seeds, copied into the repository.
        let seeds = #filePath.components(separatedBy: "/Tests/")[0] + "/Tests/Seeds"
        let (files, missing) = InputExpander.expand([seeds])
        #expect(missing.isEmpty)
        #expect(files.count == 5)
    }
}
