/// One bit per row: whether a numeric cell holds a value. Missing cells keep a placeholder in the
/// value buffer, so the bitmap (never the number) says whether a figure is known.
struct Bitmap: Sendable, Equatable {
    private(set) var words: [UInt64]
    private(set) var count: Int

    init(count: Int, allSet: Bool) {
        self.count = count
        words = Array(repeating: allSet ? ~0 : 0, count: (count + 63) >> 6)
    }

    init() { self.init(count: 0, allSet: false) }

    /// One bit per element of `items`: whether it satisfies `isSet`, packed a word at a time.
    init<Item>(_ items: [Item], _ isSet: (Item) -> Bool) {
        self.init(count: items.count, allSet: false)
        items.withUnsafeBufferPointer { items in
            for word in words.indices {
                var bits: UInt64 = 0
                for bit in 0..<min(64, items.count - word << 6) where isSet(items[word << 6 + bit]) { bits |= 1 << UInt64(bit) }
                words[word] = bits
            }
        }
    }

    subscript(index: Int) -> Bool {
        get { words[index >> 6] & (1 << UInt64(index & 63)) != 0 }
        set {
            if newValue { words[index >> 6] |= 1 << UInt64(index & 63) } else { words[index >> 6] &= ~(1 << UInt64(index & 63)) }
        }
    }

    @inline(__always)
    mutating func append(_ bit: Bool) {
        let index = count
        if index & 63 == 0 { words.append(bit ? 1 : 0) } else if bit { words[index >> 6] |= 1 << UInt64(index & 63) }
        count = index + 1
    }

    mutating func reserveCapacity(_ bits: Int) { words.reserveCapacity((bits + 63) >> 6) }

    /// Appends another bitmap's bits after these, a word at a time.
    mutating func append(contentsOf other: Bitmap) {
        let shift = UInt64(count & 63)
        if shift != 0 { words[words.count - 1] &= (1 << shift) - 1 }
        count += other.count
        if shift == 0 {
            words += other.words
        } else {
            for word in other.words {
                words[words.count - 1] |= word << shift
                words.append(word >> (64 - shift))
            }
        }
        words.removeLast(words.count - ((count + 63) >> 6))
        let rest = UInt64(count & 63)
        if rest != 0 { words[words.count - 1] &= (1 << rest) - 1 }  // bits past the end stay clear
    }

    /// True when every bit is set (no missing cells), checked a word at a time.
    var allSet: Bool {
        let full = count >> 6
        for index in 0..<full where words[index] != ~0 { return false }
        let rest = count & 63
        return rest == 0 || words[full] & ((1 << UInt64(rest)) - 1) == (1 << UInt64(rest)) - 1
    }

    /// Bits set in either bitmap (equal lengths), a word at a time.
    func union(_ other: Bitmap) -> Bitmap {
        var result = self
        for index in words.indices { result.words[index] |= other.words[index] }
        return result
    }

    /// Bits set in both bitmaps (equal lengths).
    func intersection(_ other: Bitmap) -> Bitmap {
        var result = self
        for index in words.indices { result.words[index] &= other.words[index] }
        return result
    }
}
