#if os(Linux)
import CMalloc
#endif

/// The allocator's policy for a one-shot run (`render`, `check`, `data`): keep freed memory for
/// the next allocation instead of handing every large block back to the kernel. glibc maps each
/// block above 32 MB afresh and unmaps it on free, so a national table's verbs (each a few hundred
/// MB at 15 million rows) paid for zeroed pages again and again: 1.7 s of system time at that
/// scale, 0.1 s with this policy, and about the same peak memory. One arena, so memory freed by
/// the parsing threads serves the main thread too. Not for `streek watch` (its server runs for
/// hours in `streek-preview`, which keeps glibc's defaults and gives memory back).
enum ProcessMemory {
    static func keepFreedMemory() {
        #if os(Linux)
        _ = mallopt(M_MMAP_MAX, 0)
        _ = mallopt(M_TRIM_THRESHOLD, Int32.max)
        _ = mallopt(M_ARENA_MAX, 1)
        #endif
    }
}
