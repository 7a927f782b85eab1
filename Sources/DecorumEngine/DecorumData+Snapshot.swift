import DecorumText
import Dispatch

extension DecorumData: SnapshotCodable {
    /// The compiled lexicon, identifier, notices, patterns and links, each in a section of
    /// its own.
    package func encode(to writer: inout SnapshotWriter) {
        writer.writeSection(lexicon, "DecorumData.lexicon")
        writer.writeSection(identifier, "DecorumData.identifier")
        writer.writeSection(notices, "DecorumData.notices")
        writer.writeSection(patterns, "DecorumData.patterns")
        writer.writeSection(links, "DecorumData.links")
    }

    /// Reads the compiled data back: the lexicon and the pattern set, which take most of the
    /// time, at once on two threads when there are two cores.
    package init(from reader: inout SnapshotReader) throws {
        let lexicon = try reader.section("DecorumData.lexicon")
        let identifier = try reader.section("DecorumData.identifier")
        let notices = try reader.section("DecorumData.notices")
        let patterns = try reader.section("DecorumData.patterns")
        let links = try reader.section("DecorumData.links")
        let decoded = DecodedParts()
        DispatchQueue.concurrentPerform(iterations: 2) { part in
            if part == 0 {
                decoded.lexicon = Result { try lexicon.decode(Lexicon.self) }
            } else {
                decoded.patterns = Result { try patterns.decode(PatternSet.self) }
            }
        }
        self.lexicon = try decoded.lexicon.get()
        self.identifier = try identifier.decode(LanguageIdentifier.self)
        self.notices = try notices.decode(Notices.self)
        self.patterns = try decoded.patterns.get()
        self.links = try links.decode(LinkList.self)
    }

    /// A snapshot of this data (see `SnapshotHeader`), recording `sourceHash`, the hash of
    /// the files it was compiled from (`SnapshotHeader.sourceHash(of:)`).
    package func snapshot(sourceHash: UInt64) -> [UInt8] {
        var writer = SnapshotWriter()
        encode(to: &writer)
        return writer.sealed(sourceHash: sourceHash)
    }

    /// The data a snapshot holds, as `snapshot(sourceHash:)` wrote it, with no compiling.
    /// - Throws: `SnapshotError` naming the offset and what was expected there, when the
    ///   snapshot is truncated, damaged or of another format version.
    package init(snapshot: [UInt8]) throws {
        try self.init(snapshot: SnapshotBuffer(copying: snapshot))
    }

    /// The data the snapshot in `snapshot` holds, with no compiling.
    /// - Throws: `SnapshotError` naming the offset and what was expected there, when the
    ///   snapshot is truncated, damaged or of another format version.
    package init(snapshot: SnapshotBuffer) throws {
        var reader = try SnapshotReader(sealed: snapshot)
        try self.init(from: &reader)
        try reader.finish()
    }
}

/// The parts of `DecorumData` decoded at once, each written by one thread only and read
/// once both are done.
private final class DecodedParts: @unchecked Sendable {
    var lexicon: Result<Lexicon, Error> = .failure(SnapshotError(offset: 0, expected: "the lexicon", found: "nothing decoded"))
    var patterns: Result<PatternSet, Error> = .failure(SnapshotError(offset: 0, expected: "the pattern set", found: "nothing decoded"))
}
