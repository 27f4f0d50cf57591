import Foundation

/// A file's bytes, however the file is given: a regular file, a pipe or process substitution
/// (`<(pdftotext a.pdf -)`, read to its end), never more than the document limit. Each failure
/// names the file and says what is wrong.
public enum InputBytes {
    public static func read(_ path: String, limit: Int = Limits.maximumDocumentBytes) throws(DocumentError) -> [UInt8] {
        let attributes: [FileAttributeKey: Any]
        do { attributes = try FileManager.default.attributesOfItem(atPath: path) } catch {
            throw .unreadable(source: path, reason: "no such file")
        }
        let type = attributes[.type] as? FileAttributeType
        if type == .typeDirectory { throw .unreadable(source: path, reason: "a folder, not a file") }
        if type == .typeRegular {
            if let size = attributes[.size] as? Int, size > limit {
                throw .unreadableFormat(.tooLarge(source: path, bytes: size, limit: limit))
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw .unreadable(source: path, reason: "cannot be read (permission denied?)")
            }
            return [UInt8](data)
        }
        // A pipe or a device: read in chunks until its end, stopping past the limit.
        guard let handle = FileHandle(forReadingAtPath: path) else { throw .unreadable(source: path, reason: "cannot be opened") }
        defer { try? handle.close() }
        var bytes: [UInt8] = []
        while true {
            let chunk: Data?
            do { chunk = try handle.read(upToCount: 1 << 20) } catch { throw .unreadable(source: path, reason: "\(error.localizedDescription)") }
            guard let chunk, !chunk.isEmpty else { break }
            bytes += chunk
            if bytes.count > limit { throw .unreadableFormat(.tooLarge(source: path, bytes: bytes.count, limit: limit)) }
        }
        return bytes
    }
}
