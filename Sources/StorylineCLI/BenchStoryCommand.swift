import ArgumentParser
import Dispatch
import Foundation
import Link
import Model
import Story

/// `storyline bench story`: Timeline17 tasks end to end (JSON Lines → analysis → copies → timeline → JSON), and
/// MinHash signatures per core beside datasketch.
struct BenchStoryCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "story",
        abstract: "Timelines from JSON Lines (words/s) and MinHash signatures (documents/s per core) beside datasketch.",
        discussion: """
        Inputs are the per-task files of ../shared/eval/timeline_inputs.py:
          python3 ../shared/eval/timeline_inputs.py --gold ../shared/data/timeline/t17 --inputs /tmp/tl-inputs
          storyline bench story --gold ../shared/data/timeline/t17 --inputs /tmp/tl-inputs --peer-python /tmp/story-peers/bin/python
        """
    )

    @Option(help: "Dataset folder with tasks.jsonl.") var gold: String = "../shared/data/timeline/t17"
    @Option(help: "Folder of <topic>__<timeline>.jsonl inputs (timeline_inputs.py --inputs).") var inputs: String = "/tmp/tl-inputs"
    @Option(name: .customLong("repeat"), help: "Repetitions (the median is reported).") var runs: Int = 3
    @Option(help: "Python with datasketch installed, to run the MinHash peer in the same run.") var peerPython: String?
    @Option(help: "The peer script.") var peerScript: String = "scripts/bench_minhash_datasketch.py"
    @Flag(help: "Only the MinHash benchmark.") var minhashOnly = false

    struct Task: Decodable {
        var topic: String
        var timeline: String
        var num_dates: Int
        var sentences_per_date: Int
        var start: String
        var end: String
        var keywords: [String]?
    }

    func run() throws {
        let tasks = try String(contentsOfFile: gold + "/tasks.jsonl", encoding: .utf8).split(separator: "\n")
            .map { try JSONDecoder().decode(Task.self, from: Data($0.utf8)) }
        let paths = tasks.map { "\(inputs)/\($0.topic)__\($0.timeline).jsonl" }
        for path in paths where !FileManager.default.fileExists(atPath: path) {
            throw ValidationError("missing \(path): run timeline_inputs.py --inputs \(inputs) first")
        }
        // Words of the inputs (white-space separated), counted once outside the timing.
        var words = 0
        for path in paths {
            for record in try JSONLinesReader.records(path: path) {
                words += (record.text ?? "").split(whereSeparator: { $0 == " " || $0 == "\n" }).count
            }
        }
        var times: [Double] = []
        var cpuTimes: [Double] = []
        for _ in 0..<(minhashOnly ? 0 : max(1, runs)) {
            let started = DispatchTime.now().uptimeNanoseconds
            let cpuStarted = Self.processCPUSeconds()
            for (task, path) in zip(tasks, paths) {
                var options = TimelineOptions(dates: task.num_dates, sentencesPerDate: task.sentences_per_date,
                                              start: CalendarDate(iso: task.start), end: CalendarDate(iso: task.end),
                                              keywords: task.keywords ?? [])
                options.collectSupport = false
                let timeline = TimelineCommand.fileTimeline(try JSONLinesReader.records(path: path), options: options)
                _ = try JSONOutput.encode(ArticleAnalysis.evaluationFormat(timeline))
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
            cpuTimes.append(Self.processCPUSeconds() - cpuStarted)
        }
        if let seconds = times.sorted().dropFirst(times.count / 2).first,
           let cpu = cpuTimes.sorted().dropFirst(cpuTimes.count / 2).first {
            print("timelines: \(tasks.count) tasks, \(words) words, median wall \(format(seconds)) s over \(times.count) runs "
              + "→ \(Int(Double(words) / seconds)) words/s on \(ProcessInfo.processInfo.activeProcessorCount) cores; "
              + "CPU \(format(cpu)) s → \(Int(Double(words) / cpu)) words per CPU-second")
        }

        // MinHash: every distinct article of the inputs, one core.
        var texts: [String] = []
        var seen: Set<String> = []
        for path in paths {
            for record in try JSONLinesReader.records(path: path) where seen.insert(record.id).inserted {
                texts.append(record.text ?? "")
            }
        }
        let hasher = MinHasher()
        // Thread CPU time: the machine is shared, so wall time would measure the neighbours too.
        var signatureTimes: [Double] = []
        var wallTimes: [Double] = []
        var checksum: UInt32 = 0
        for _ in 0..<max(1, runs) {
            let started = Self.threadCPUSeconds()
            let wallStarted = DispatchTime.now().uptimeNanoseconds
            for text in texts { checksum ^= hasher.signature(text).values[0] }
            signatureTimes.append(Self.threadCPUSeconds() - started)
            wallTimes.append(Double(DispatchTime.now().uptimeNanoseconds - wallStarted) / 1e9)
        }
        let signatureSeconds = signatureTimes.sorted()[signatureTimes.count / 2]
        let wallSeconds = wallTimes.sorted()[wallTimes.count / 2]
        let ours = Double(texts.count) / signatureSeconds
        print("minhash: \(texts.count) documents, 128 permutations, 5-word shingles, 1 core: median CPU \(format(signatureSeconds)) s "
              + "(wall \(format(wallSeconds)) s) → \(Int(ours)) documents/s per core (checksum \(checksum))")
        guard let peerPython else {
            print("peer: not run (pass --peer-python with datasketch installed)")
            return
        }
        let corpus = try PeerProcess.writeTextCorpus(texts, name: "storyline-minhash-corpus.jsonl")
        let output = try PeerProcess.run(python: peerPython, arguments: [peerScript, corpus, String(max(1, runs))]).output
        guard let peer = Double(output.split(separator: " ").first ?? "") else {
            print("peer: failed (\(output.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        print("peer datasketch: \(Int(peer)) documents/s → ratio \(format(ours / peer))×")
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }

    static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    static func processCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }
}
