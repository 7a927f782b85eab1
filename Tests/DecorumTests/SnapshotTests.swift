import Foundation
import Testing
@testable import Decorum
@testable import DecorumEngine
@testable import DecorumText

/// The built-in data twice: decoded from the snapshot the build embedded, and compiled at
/// run time from the embedded files.
/// The embedded snapshot's bytes.
private func bundledSnapshotBytes() throws -> [UInt8] {
    try DecorumData.bundledSnapshot().array
}

private let bothWays = Result { () throws -> (snapshot: DecorumData, compiled: DecorumData) in
    (try DecorumData.bundled(), try DecorumData(files: DecorumData.bundledFiles))
}

@Suite("Snapshot of the built-in data")
struct SnapshotTests {
    @Test("verdicts from the snapshot equal verdicts from compiling the files, on the corpus and every rule example")
    func sameVerdicts() throws {
        let (snapshot, compiled) = try bothWays.get()
        let fromSnapshot = try Moderator(policy: .standard, data: snapshot)
        let fromFiles = try Moderator(policy: .standard, data: compiled)
        let examples = compiled.patterns.rules.flatMap { rule in (rule.catches + rule.passes).map { ($0, rule.language) } }
        let texts = try loadCorpus().map { ($0.text, $0.language) } + examples
        #expect(texts.count > 1000)
        var flagged = 0
        for (text, language) in texts {
            let verdict = fromSnapshot.moderate(text)
            #expect(verdict == fromFiles.moderate(text), "\(text)")
            #expect(fromSnapshot.moderate(text, language: language) == fromFiles.moderate(text, language: language), "\(text)")
            if verdict.decision != .allow { flagged += 1 }
        }
        #expect(flagged > 500)
        #expect(try PatternExamples.failures(in: snapshot).isEmpty)
    }

    @Test("the parts whose order does not hang on hashing are equal to the compiled ones")
    func sameParts() throws {
        let (snapshot, compiled) = try bothWays.get()
        #expect(snapshot.lexicon.entries == compiled.lexicon.entries)
        #expect(snapshot.lexicon.maxPhraseLength == compiled.lexicon.maxPhraseLength)
        #expect(snapshot.lexicon.reviewed == compiled.lexicon.reviewed)
        #expect(snapshot.patterns.rules == compiled.patterns.rules)
        #expect(snapshot.patterns.states.count == compiled.patterns.states.count)
        #expect(snapshot.notices == compiled.notices)
        #expect(snapshot.links == compiled.links)
        #expect(snapshot.identifier.languages == compiled.identifier.languages)
        #expect(snapshot.identifier.threshold == compiled.identifier.threshold)
    }

    @Test("decoding the embedded snapshot and encoding it again gives the same bytes")
    func roundTrip() throws {
        let bytes = try bundledSnapshotBytes()
        let hash = try SnapshotReader(sealed: bytes).sourceHash
        #expect(try DecorumData(snapshot: bytes).snapshot(sourceHash: hash) == bytes)
        // A value compiled here (hashing seeded at random) encodes to bytes that decode and
        // encode again unchanged too.
        let compiled = try bothWays.get().compiled.snapshot(sourceHash: hash)
        #expect(try DecorumData(snapshot: compiled).snapshot(sourceHash: hash) == compiled)
    }

    @Test("the snapshot was compiled from the embedded files: its source hash is theirs")
    func sourceHash() throws {
        let reader = try SnapshotReader(sealed: DecorumData.bundledSnapshot())
        #expect(reader.sourceHash == SnapshotHeader.sourceHash(of: DecorumData.bundledFiles))
        var changed = DecorumData.bundledFiles
        changed[0].bytes.append(0x0A)
        #expect(reader.sourceHash != SnapshotHeader.sourceHash(of: changed))
    }

    @Test("every stored property of every compiled type is written to the snapshot")
    func everyPropertyWritten() throws {
        let data = try bothWays.get().snapshot
        var writer = SnapshotWriter()
        data.encode(to: &writer)
        let written = Set(writer.labelSizes.keys)
        // Made again when a snapshot is read, from what is written: a byte-string table's
        // filter comes from its slots' tags, which come from its keys; the identifier's
        // dense table of letter n-grams comes from its slots; the address cues' lookup
        // tables come from their phrase sets.
        let derived: Set = ["ByteStringTable.filter", "ByteStringTable.filterMask", "LanguageIdentifier.letterGramLogs", "AddressCues.lookup"]
        let instances: [Any] = [
            data, data.lexicon, data.lexicon.entries[0], data.lexicon.address, data.lexicon.compounds,
            data.lexicon.collapsedTable, data.lexicon.foldedTable, data.lexicon.edges, data.identifier, data.notices,
            data.links, try #require(data.links.sites.first?.value), data.patterns, data.patterns.rules[0],
            try #require(data.patterns.references.first),
        ]
        for instance in instances {
            let type = String(describing: Swift.type(of: instance))
            for child in Mirror(reflecting: instance).children {
                let label = try #require(child.label)
                #expect(written.contains("\(type).\(label)") || derived.contains("\(type).\(label)"), "\(type).\(label) is not in the snapshot")
            }
        }
    }

    /// `payload` behind a header that agrees with it (length, checksum), as a writer seals.
    static func sealed(_ payload: [UInt8], version: UInt32 = SnapshotHeader.version, sourceHash: UInt64 = 7) -> [UInt8] {
        var header = SnapshotHeader.magic
        func append<T: FixedWidthInteger>(_ value: T) { withUnsafeBytes(of: value.littleEndian) { header += $0 } }
        append(version)
        append(sourceHash)
        append(UInt64(payload.count))
        append(payload.withUnsafeBytes(SnapshotHeader.checksum))
        return header + payload
    }

    static let headerCases: [(String, @Sendable ([UInt8]) -> [UInt8], Int, String)] = [
        ("empty", { _ in [] }, 0, "expected the magic 'DCRMSNAP', found nothing"),
        ("cut inside the magic", { Array($0.prefix(5)) }, 0, "expected the magic 'DCRMSNAP'"),
        ("another magic", { var b = $0; b[0] = 0x58; return b }, 0, "found 58 43 52 4d"),
        ("another version", { var b = $0; b[8] = 2; return b }, 8, "expected format version 1, found version 2"),
        ("cut inside the header", { Array($0.prefix(24)) }, 20, "expected 8 bytes of a UInt64, found 4 bytes: the snapshot is truncated"),
        ("cut inside the payload", { Array($0.prefix($0.count / 2)) }, 20, "the snapshot is truncated"),
        ("a byte too many", { $0 + [0] }, 20, "bytes of payload (the header's length)"),
        ("a flipped payload bit", { var b = $0; b[b.count / 3] ^= 0x10; return b }, 36, "the snapshot is damaged"),
        ("a flipped checksum bit", { var b = $0; b[30] ^= 0x01; return b }, 36, "the snapshot is damaged"),
    ]

    @Test("a truncated or damaged snapshot is an error naming the offset and what was expected", arguments: headerCases)
    func damaged(_ name: String, _ damage: @Sendable ([UInt8]) -> [UInt8], _ offset: Int, _ message: String) throws {
        let bytes = damage(try bundledSnapshotBytes())
        do {
            _ = try DecorumData(snapshot: bytes)
            Issue.record("\(name): no error")
        } catch let error as SnapshotError {
            #expect(error.offset == offset, "\(name): \(error)")
            #expect(error.description.contains(message), "\(name): \(error)")
        }
    }

    @Test("a payload cut short behind a sound header is an error naming the field being read")
    func payloadCut() throws {
        let bytes = try bundledSnapshotBytes()
        let payload = Array(bytes[SnapshotHeader.size...])
        for fraction in [0.0, 0.001, 0.2, 0.5, 0.9, 0.999] {
            let cut = Int(Double(payload.count) * fraction)
            do {
                _ = try DecorumData(snapshot: Self.sealed(Array(payload.prefix(cut))))
                Issue.record("cut at \(cut): no error")
            } catch let error as SnapshotError {
                #expect(error.offset >= SnapshotHeader.size && error.offset <= SnapshotHeader.size + cut, "\(error)")
                #expect(error.path.first?.hasPrefix("DecorumData.") == true, "\(error)")
                #expect(error.description.contains("the snapshot is truncated"), "\(error)")
            }
        }
    }

    /// A value written, then read back from bytes damaged at one place.
    struct ValueCase: Sendable, CustomTestStringConvertible {
        var name: String
        var write: @Sendable (inout SnapshotWriter) -> Void
        var read: @Sendable (inout SnapshotReader) throws -> Void
        var damage: @Sendable (inout [UInt8]) -> Void
        var offset: Int
        var message: String
        var testDescription: String { name }
    }

    static let valueCases: [ValueCase] = [
        ValueCase(
            name: "a Bool that is 7", write: { $0.write(true, "T.flag") }, read: { let _: Bool = try $0.read("T.flag") },
            damage: { $0[36] = 7 }, offset: 36, message: "(T.flag): expected a Bool (0 or 1), found 7"),
        ValueCase(
            name: "a count past the end", write: { $0.write([Int32(1), 2, 3], "T.ids") }, read: { let _: [Int32] = try $0.read("T.ids") },
            damage: { $0[37] = 1 }, offset: 36, message: "expected a count of Int32 values that fits in the 12 bytes left, found 259"),
        ValueCase(
            name: "a language past the last", write: { $0.write(Language.es, "T.language") }, read: { let _: Language = try $0.read("T.language") },
            damage: { $0[36] = 9 }, offset: 36, message: "expected a Language (0–3), found 9"),
        ValueCase(
            name: "a severity of 0", write: { $0.write(Severity.mild, "T.severity") }, read: { let _: Severity = try $0.read("T.severity") },
            damage: { $0[36] = 0 }, offset: 36, message: "expected a severity (1–4), found 0"),
        ValueCase(
            name: "a repeated key", write: { $0.write([Language.en: 1, .fr: 2] as [Language: Int32], "T.table") },
            read: { let _: [Language: Int32] = try $0.read("T.table") },
            damage: { $0[45] = 0 }, offset: 45, message: "expected a key not seen before"),
        ValueCase(
            name: "an element of an array", write: { $0.write(["ab", "cd"], "T.names") }, read: { let _: [String] = try $0.read("T.names") },
            damage: { $0[46] = 9 }, offset: 46, message: "(T.names[1]): expected a count of UInt8 values"),
        ValueCase(
            name: "a hash table slot outside it", write: { $0.write(IntegerTable([(5, 1)]), "T.table") },
            read: { let _: IntegerTable = try $0.read("T.table") },
            damage: { $0[48] = 16 }, offset: 36, message: "inside a power-of-two capacity"),
    ]

    @Test("a value that cannot be what the format says is an error naming its field and offset", arguments: valueCases)
    func badValue(_ value: ValueCase) throws {
        var writer = SnapshotWriter()
        value.write(&writer)
        let sound = writer.sealed(sourceHash: 0)
        var bytes = sound
        value.damage(&bytes)
        #expect(bytes != sound, "the damage changed nothing")
        // Sealed again, so that the header agrees and the reader gets to the value.
        var reader = try SnapshotReader(sealed: Self.sealed(Array(bytes[SnapshotHeader.size...])))
        do {
            try value.read(&reader)
            Issue.record("no error")
        } catch let error as SnapshotError {
            #expect(error.offset == value.offset, "\(error)")
            #expect(error.description.contains(value.message), "\(error)")
        }
        var soundReader = try SnapshotReader(sealed: sound)
        try value.read(&soundReader)
        try soundReader.finish()
    }

    @Test("the embedded base64 decodes as Foundation's does, and characters that are not base64 are an error")
    func base64() throws {
        var generator = SystemRandomNumberGenerator()
        for length in [0, 1, 2, 3, 4, 5, 47, 48, 49, 1000] {
            let bytes = (0..<length).map { _ in UInt8.random(in: 0...255, using: &generator) }
            // Chunks of whole 3-byte groups, as decorum-embed writes them.
            let chunks = stride(from: 0, to: max(length, 1), by: 48).map {
                Data(bytes[$0..<min($0 + 48, length)]).base64EncodedString()
            }
            let decoded = try chunks.withUTF8Buffers { try EmbeddedSnapshot.decode($0) }
            #expect(decoded.array == bytes, "length \(length)")
        }
        #expect(try ["QUJD", "RA=="].withUTF8Buffers { try EmbeddedSnapshot.decode($0) }.array == Array("ABCD".utf8))
        for bad in [["QU=D"], ["QUJ"], ["QUJ!"], ["RA==", "QUJD"], ["QUJD", "R==="]] as [[String]] {
            #expect(throws: SnapshotError.self, "\(bad)") { try bad.withUTF8Buffers { try EmbeddedSnapshot.decode($0) } }
        }
    }
}

extension Array where Element == String {
    /// Calls `body` with the UTF-8 bytes of each string.
    fileprivate func withUTF8Buffers<R>(_ body: ([UnsafeBufferPointer<UInt8>]) throws -> R) rethrows -> R {
        let buffers = map { string in
            let buffer = UnsafeMutableBufferPointer<UInt8>.allocate(capacity: string.utf8.count)
            _ = buffer.initialize(from: string.utf8)
            return UnsafeBufferPointer(buffer)
        }
        defer { buffers.forEach { $0.deallocate() } }
        return try body(buffers)
    }
}
