/// Hands control to libFuzzer's driver (linked in by `-sanitize=fuzzer`), which parses the usual
/// libFuzzer flags from the command line and calls `testOneInput` for every input it tries.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<Int32>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
) -> Int32

/// The target's function, called for every input. (A C callback cannot capture it, hence the global.)
nonisolated(unsafe) private var testOneInput: (UnsafePointer<UInt8>, Int) -> Int32 = { _, _ in 0 }

public func runFuzzer(_ body: @escaping (UnsafePointer<UInt8>, Int) -> Int32) -> Never {
    testOneInput = body
    var argc = CommandLine.argc
    var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
    let status = LLVMFuzzerRunDriver(&argc, &argv) { data, size in
        let empty: [UInt8] = [0]
        return empty.withUnsafeBufferPointer { fallback in testOneInput(data ?? fallback.baseAddress!, size) }
    }
    exit(status)
}

@_silgen_name("exit")
private func exit(_ status: Int32) -> Never
