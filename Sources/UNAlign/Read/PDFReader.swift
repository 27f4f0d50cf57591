/// Reads a PDF through poppler (placeholder until the poppler facade lands).
public struct PDFReader {
    public init() {}
    public func read(_ bytes: [UInt8], source: String) throws(ReadError) -> ExtractedText {
        throw .unsupported(source: source, what: "a PDF")
    }
}
