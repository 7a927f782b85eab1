import Testing
@testable import DecorumText

@Suite("Links")
struct LinkFinderTests {
    static func read(_ text: String) throws -> (links: [String], words: [String]) {
        let tokenized = try Tokenizer().tokenize(Normalizer().normalize(text), language: .en)
        let links = tokenized.links.map { tokenized.text.sourceText(tokenized.text.sourceRange(of: $0)) }
        return (links, tokenized.tokens.map(\.foldedString))
    }

    static let cases: [(String, [String], [String])] = [
        ("see https://www.Free-Porn.example.com/hot/clips?x=1.", ["https://www.Free-Porn.example.com/hot/clips?x=1"],
         ["see", "free", "porn", "example", "hot", "clips", "x", "1"]),
        ("visit pornhub.com, now", ["pornhub.com"], ["visit", "pornhub", "now"]),
        ("(www.example.org/a_b)", ["www.example.org/a_b"], ["example", "a", "b"]),
        ("mail me at user@mail.com", [], ["mail", "me", "at", "user@mail.com"]),
        ("version 2.4.1 of report.pdf, e.g. this", [], ["version", "2.4.1", "of", "report.pdf", "e.g", "this"]),
        ("the U.S. office", [], ["the", "u.s", "office"]),
        ("ftp://files.example.net", ["ftp://files.example.net"], ["files", "example"]),
    ]

    @Test("reads URLs and bare domains as links, with their host and path words", arguments: cases)
    func links(_ text: String, _ links: [String], _ words: [String]) throws {
        let read = try Self.read(text)
        #expect(read.links == links)
        #expect(read.words == words)
    }
}
