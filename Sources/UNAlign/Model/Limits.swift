/// The bounds on what one run reads, in one place. Each is far above any real UN document and far
/// below what would exhaust the machine; input beyond one is refused with an error that names the
/// limit (or, for nesting, kept flat with a problem that names it), never a crash or a hang.
public enum Limits {
    /// The largest file read as one document. A document and its tree take about ten times its
    /// size in memory; a UN document is rarely over 20 MiB.
    public static let maximumDocumentBytes = 512 * 1_048_576

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
