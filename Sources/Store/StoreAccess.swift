/// How a command opens the store: reading commands open it read-only and never write (no migration, no pragma), so a
/// store on a read-only disk or shared read-only can be read; writing commands migrate it first.
public enum StoreAccess: Sendable {
    case readWrite
    case readOnly
}
