/// Sorts 64-bit keys in place, much faster than a comparison sort for the few hundred packed keys
/// of a partner group: a least-significant-digit radix sort a byte at a time that skips every byte
/// in which all keys agree (packed keys differ in a few low bytes only), insertion sort for short
/// runs. Equal keys are indistinguishable, so stability does not arise.
struct IntegerSort {
    private var scratch: [UInt64] = []
    private var counts = [Int](repeating: 0, count: 256)

    mutating func sort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count > 32 else { return Self.insertionSort(keys) }
        var differing: UInt64 = 0
        for key in keys { differing |= key ^ keys[0] }
        if scratch.count < keys.count { scratch = [UInt64](repeating: 0, count: keys.count) }
        scratch.withUnsafeMutableBufferPointer { scratch in
            counts.withUnsafeMutableBufferPointer { counts in
                var source = keys, target = UnsafeMutableBufferPointer(rebasing: scratch[0..<keys.count])
                for shift in stride(from: UInt64(0), to: 64, by: 8) where (differing >> shift) & 0xFF != 0 {
                    counts.update(repeating: 0)
                    for key in source { counts[Int((key >> shift) & 0xFF)] += 1 }
                    var offset = 0
                    for digit in 0..<256 { (counts[digit], offset) = (offset, offset + counts[digit]) }
                    for key in source {
                        let digit = Int((key >> shift) & 0xFF)
                        target[counts[digit]] = key
                        counts[digit] += 1
                    }
                    swap(&source, &target)
                }
                if source.baseAddress != keys.baseAddress { _ = keys.update(fromContentsOf: source) }
            }
        }
    }

    private static func insertionSort(_ keys: UnsafeMutableBufferPointer<UInt64>) {
        guard keys.count > 1 else { return }
        for index in 1..<keys.count {
            let key = keys[index]
            var position = index
            while position > 0, keys[position - 1] > key {
                keys[position] = keys[position - 1]
                position -= 1
            }
            keys[position] = key
        }
    }
}
