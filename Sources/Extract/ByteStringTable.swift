/// An open-addressing hash table from byte strings to their index in a list of distinct strings (FNV-1a hashes),
/// for interning many short strings without allocating for the ones already seen.
struct ByteStringTable {
    /// Slot → string index + 1 (0: empty).
    private var slots = [Int32](repeating: 0, count: 256)
    private var hashes = [UInt64](repeating: 0, count: 256)
    private var count = 0

    static func hash(_ bytes: [UInt8]) -> UInt64 {
        bytes.withUnsafeBufferPointer { buffer in
            var value: UInt64 = 0xcbf2_9ce4_8422_2325
            for byte in buffer { value = (value ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
            return value
        }
    }

    /// The index of `bytes` in `strings`, appending it when new.
    mutating func intern(_ bytes: [UInt8], into strings: inout [[UInt8]]) -> Int32 {
        let hash = ByteStringTable.hash(bytes)
        let mask = slots.count - 1
        var slot = Int(truncatingIfNeeded: hash) & mask
        while slots[slot] != 0 {
            if hashes[slot] == hash, strings[Int(slots[slot] - 1)] == bytes { return slots[slot] - 1 }
            slot = (slot + 1) & mask
        }
        let index = Int32(strings.count)
        strings.append(bytes)
        slots[slot] = index + 1
        hashes[slot] = hash
        count += 1
        if count * 2 > slots.count { grow(strings) }
        return index
    }

    private mutating func grow(_ strings: [[UInt8]]) {
        let oldSlots = slots, oldHashes = hashes
        slots = [Int32](repeating: 0, count: oldSlots.count * 2)
        hashes = [UInt64](repeating: 0, count: oldSlots.count * 2)
        let mask = slots.count - 1
        for (position, entry) in oldSlots.enumerated() where entry != 0 {
            var slot = Int(truncatingIfNeeded: oldHashes[position]) & mask
            while slots[slot] != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
            hashes[slot] = oldHashes[position]
        }
    }
}
