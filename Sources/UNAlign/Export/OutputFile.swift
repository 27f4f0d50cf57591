import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Writes output files so that none is ever seen half-written: the bytes go to a temporary file
/// beside the target, are flushed to disk, and the temporary file is renamed over the target (a
/// rename within a folder is atomic). A run killed at any moment leaves the old file or the new
/// one, never a truncated one; at worst a hidden `.NAME.unalign-….tmp` file stays behind, and
/// `removeTemporaryFiles()` (called on an interrupt) takes away those of this process.
public enum OutputFile {
    public struct WriteError: Error, CustomStringConvertible, Sendable {
        public let path: String
        public let reason: String
        public var description: String { "\(path): cannot write: \(reason)" }
    }

    public static func write(_ string: String, to path: String) throws(WriteError) {
        try write(Data(string.utf8), to: path)
    }

    public static func write(_ data: Data, to path: String) throws(WriteError) {
        let url = URL(fileURLWithPath: path)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            throw WriteError(path: path, reason: "it is a folder")
        }
        let temporary = folder + "/." + url.lastPathComponent + ".unalign-\(getpid())-\(Pending.shared.nextNumber()).tmp"
        let fd = try Pending.shared.create(temporary, for: path)
        defer { Pending.shared.remove(temporary) }
        func fail(_ reason: String) -> WriteError {
            close(fd)
            unlink(temporary)
            return WriteError(path: path, reason: reason)
        }
        let problem: String? = data.withUnsafeBytes { (buffer: UnsafeRawBufferPointer) -> String? in
            var done = 0
            while done < buffer.count {
                let n = systemWrite(fd, buffer.baseAddress! + done, buffer.count - done)
                if n < 0 {
                    if errno == EINTR { continue }
                    return String(cString: strerror(errno))
                }
                done += n
            }
            return nil
        }
        if let problem { throw fail(problem) }
        if fsync(fd) != 0 { throw fail(String(cString: strerror(errno))) }
        close(fd)
        if rename(temporary, path) != 0 {
            let reason = String(cString: strerror(errno))
            unlink(temporary)
            throw WriteError(path: path, reason: reason)
        }
    }

    /// Removes the temporary files this process is writing and refuses to start new ones (for an
    /// interrupt handler: the targets keep their old contents). A `write` that begins afterwards
    /// throws "interrupted" instead of leaving a temporary file the ending process cannot remove.
    public static func removeTemporaryFiles() {
        Pending.shared.interrupt()
    }

    #if canImport(Glibc)
    private static let systemWrite = Glibc.write
    #else
    private static let systemWrite = Darwin.write
    #endif

    /// The temporary files being written, for `removeTemporaryFiles`. A file is created and
    /// recorded under one lock, and an interrupt removes and refuses under the same lock, so no
    /// temporary file can appear between an interrupt's removal and the process's end.
    private final class Pending: @unchecked Sendable {
        static let shared = Pending()
        private let lock = NSLock()
        private var paths = Set<String>()
        private var counter = 0
        private var interrupted = false
        func nextNumber() -> Int { lock.withLock { counter += 1; return counter } }

        func create(_ temporary: String, for path: String) throws(WriteError) -> Int32 {
            lock.lock()
            defer { lock.unlock() }
            if interrupted { throw WriteError(path: path, reason: "interrupted") }
            let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw WriteError(path: path, reason: String(cString: strerror(errno))) }
            paths.insert(temporary)
            return fd
        }

        func remove(_ p: String) { lock.withLock { _ = paths.remove(p) } }

        func interrupt() {
            lock.withLock {
                interrupted = true
                for path in paths { unlink(path) }
            }
        }
    }
}
