/// Maps byte strings (the texts of a CSV file) to small dense integers without building a
/// `String` per occurrence: the reader sees each municipality code hundreds of thousands of
/// times but only needs to know which one it is. Strings of up to 8 bytes (every CBS
/// code, every year) are compared and hashed as one packed 64-bit word.
struct ByteInterner {
    private var bytes: [UInt8] = []
    private var starts: [Int] = [0]
    private var packed: [UInt64] = []
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
        intern(text, packed: BytePacking.words(text).low)
    }

    /// `intern` for a caller that has packed the first 8 bytes already (`BytePacking`).
    @inline(__always)
    mutating func intern(_ text: UnsafeBufferPointer<UInt8>, packed key: UInt64) -> Int32 {
        var slot = Self.hash(text, packed: key) & mask
        while true {
            let existing = slots[slot]
            if existing < 0 { break }
            if packed[Int(existing)] == key && equals(Int(existing), text) { return existing }
            slot = (slot + 1) & mask
        }
        let index = Int32(count)
        bytes.append(contentsOf: text)
        starts.append(bytes.count)
        packed.append(key)
        slots[slot] = index
        if count * 2 > slots.count { grow() }
        return index
    }

    /// Interns every text of `other` in its code order and returns their codes here: a file read in
    /// chunks numbers its texts exactly as a reading in one go would (in order of first appearance).
    mutating func absorb(_ other: ByteInterner) -> [Int32] {
        other.bytes.withUnsafeBufferPointer { all in
            (0..<other.count).map { index in intern(UnsafeBufferPointer(rebasing: all[other.starts[index]..<other.starts[index + 1]])) }
        }
    }

    /// Every interned text in code order; nil when one of them is not valid UTF-8.
    func validatedStrings() -> [String]? {
        var strings: [String] = []
        strings.reserveCapacity(count)
        for index in 0..<count {
            guard let string = String(validating: bytes[starts[index]..<starts[index + 1]], as: UTF8.self) else { return nil }
            strings.append(string)
        }
        return strings
    }

    private func equals(_ index: Int, _ text: UnsafeBufferPointer<UInt8>) -> Bool {
        let start = starts[index], length = starts[index + 1] - start
        guard length == text.count else { return false }
        if length <= 8 { return true }  // the packed words already matched
        for offset in 0..<length where bytes[start + offset] != text[offset] { return false }
        return true
    }

    private mutating func grow() {
        let size = slots.count * 2
        slots = Array(repeating: -1, count: size)
        mask = size - 1
        for index in 0..<count {
            let hash = bytes.withUnsafeBufferPointer { all in
                let text = UnsafeBufferPointer(rebasing: all[starts[index]..<starts[index + 1]])
                return Self.hash(text, packed: packed[index])
            }
            var slot = hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(index)
        }
    }

    /// A mixed hash of the packed word for short strings, FNV-1a for longer ones.
    private static func hash(_ text: UnsafeBufferPointer<UInt8>, packed: UInt64) -> Int {
        var hash: UInt64
        if text.count <= 8 {
            // splitmix64's finaliser: every input bit reaches the low bits the mask keeps.
            hash = packed ^ UInt64(text.count)
            hash = (hash ^ (hash >> 30)) &* 0xbf58_476d_1ce4_e5b9
            hash = (hash ^ (hash >> 27)) &* 0x94d0_49bb_1331_11eb
            hash ^= hash >> 31
        } else {
            hash = 0xcbf2_9ce4_8422_2325
            for byte in text { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01b3 }
            hash ^= hash >> 29
        }
        return Int(truncatingIfNeeded: hash)
    }
}
