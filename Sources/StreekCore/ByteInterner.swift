/// Maps byte strings (municipality codes, period labels) to small dense integers without
/// building a `String` per occurrence: the bulk loader sees each code hundreds of thousands
/// of times but only needs to know which one it is.
struct ByteInterner {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var slots: [Int32]
    private var mask: Int

    init(capacity: Int = 1024) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        slots = Array(repeating: -1, count: size)
        mask = size - 1
    }

    var count: Int { starts.count - 1 }

    /// The index of these bytes, adding them if new.
    mutating func intern(_ text: UnsafeBufferPointer<UInt8>) -> Int32 {
        let hash = Self.hash(text)
        var slot = hash & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { break }
            if equals(Int(existing), text) { return existing }
            slot = (slot + 1) & mask
        }
        let index = Int32(count)
        bytes.append(contentsOf: text)
        starts.append(bytes.count)
        slots[slot] = index
        if count * 2 > slots.count { grow() }
        return index
    }

    func string(_ index: Int) -> String {
        String(decoding: bytes[starts[index]..<starts[index + 1]], as: UTF8.self)
    }

    var strings: [String] { (0..<count).map(string) }

    private func equals(_ index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index], length = starts[index + 1] - start
        guard length == text.count else { return false }
        for offset in 0..<length where bytes[start + offset] != text[offset] { return false }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for index in 0..<count {
            let hash = bytes.withUnsafeBufferPointer { all in
                Self.hash(UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]]))
            }
            var slot = hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// FNV-1a: simple and good enough for short codes.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
