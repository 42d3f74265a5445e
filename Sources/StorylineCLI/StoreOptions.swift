import ArgumentParser

/// The store a command reads or writes (`--db`), shared by the commands that take it.
struct StoreOptions: ParsableArguments {
    @Option(help: "The store (SQLite file).") var db: String = StoreBackend.defaultLocation
}
