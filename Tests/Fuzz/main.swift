import Foundation
import UNAlignChecks

// One libFuzzer binary for every harness: UNALIGN_FUZZ_TARGET names the one this process runs
// (`Scripts/fuzz.sh` sets it). A broken invariant aborts, which libFuzzer reports and saves.
//
// SwiftPM links an executable's `main` to its own entry point, so this entry point hands over to
// libFuzzer's driver rather than relying on libFuzzer's `main`.

@_silgen_name("LLVMFuzzerRunDriver")
func runDriver(_ argc: UnsafeMutablePointer<CInt>,
               _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
               _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt) -> CInt

nonisolated(unsafe) var harness: FuzzTargets.Harness = { _ in [] }

@_cdecl("unalign_fuzz_main")
func fuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    let name = ProcessInfo.processInfo.environment["UNALIGN_FUZZ_TARGET"] ?? ""
    guard let h = FuzzTargets.named(name) else {
        FileHandle.standardError.write(Data("unalign-fuzz: set UNALIGN_FUZZ_TARGET to one of \(FuzzTargets.all.map(\.name).joined(separator: ", "))\n".utf8))
        return 2
    }
    harness = h
    var count = argc
    var arguments = argv
    return runDriver(&count, &arguments, testOneInput)
}

/// The input libFuzzer made, through the chosen harness (also the symbol libFuzzer's own `main`,
/// linked but unused, refers to).
@_cdecl("LLVMFuzzerTestOneInput")
func testOneInput(_ start: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let bytes = size == 0 || start == nil ? [] : [UInt8](UnsafeBufferPointer(start: start, count: size))
    let problems = harness(bytes)
    if !problems.isEmpty {
        FileHandle.standardError.write(Data("unalign-fuzz: \(problems.joined(separator: "\n"))\n".utf8))
        abort()
    }
    return 0
}
