/// The bounds on what one run reads, in one place. Each is far above any real UN document and far
/// below what would exhaust the machine; input beyond one is refused with an error that names the
/// limit (or, for nesting, kept flat with a problem that names it), never a crash or a hang.
public enum Limits {
    /// The largest file read as one document. A UN document's text is rarely over a few MiB (a
    /// Word or PDF file is larger than its text; this bounds the file read).
    public static let maximumDocumentBytes = 64 * 1_048_576

    /// The most text (UTF-16 units, all versions together) one alignment takes on. Aligning takes
    /// about sixty times its text in memory (measured: 2.2 MB of Chinese and English text, 120 MB
    /// above the process's start), so 32 Mi units stay within about 4 GB; more is refused before
    /// the work starts, never left to an out-of-memory kill.
    public static let maximumAlignedUnits = 32 * 1_048_576

    /// The most a Word package may unpack to (all its parts together): a few megabytes of ZIP can
    /// hold gigabytes of XML, and the unpacked text is what takes the memory.
    public static let maximumUnpackedBytes = 1_024 * 1_048_576

    /// The longest line, in UTF-16 code units. A paragraph of a UN document is a few thousand
    /// characters; a line of millions is a file whose line breaks were lost, or not text at all.
    public static let maximumLineLength = 8 * 1_048_576

    /// The most versions aligned at once: one per language.
    public static var maximumVersions: Int { Language.allCases.count }

    /// The deepest a document tree may nest (document, frame, divisions, section, paragraph,
    /// sub-paragraphs, sentence…). Real documents stay under a dozen levels; walkers recurse, so the
    /// depth is bounded rather than left to the stack.
    public static let maximumNestingDepth = 48

}
