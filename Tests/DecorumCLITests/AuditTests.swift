import Foundation
import Testing
@testable import DecorumCLI
@testable import DecorumEngine

/// A verdict with one finding per `(category, start, end)`, spans being UTF-8 byte
/// offsets into `text`.
func auditVerdict(_ decision: Decision, _ text: String, _ spans: [(Category, Int, Int)] = [], rule: String = "r",
                  language: Language? = .en) -> Verdict {
    let bytes = Array(text.utf8)
    return Verdict(
        decision: decision, language: language, languageConfidence: 1,
        findings: spans.map { category, start, end in
            Finding(category: category, severity: .strong, rule: rule, start: start, end: end,
                    text: String(decoding: bytes[start..<end], as: UTF8.self), language: language ?? .en)
        },
        notice: nil, invalidUTF8: [])
}

/// A message of conversation `id` as the scanner hands it over.
func auditMessage(_ id: JSONValue?, _ role: SpeakerRole, _ verdict: Verdict, text: String = "t", time: JSONValue? = nil,
                  line: Int = 1) -> AuditedMessage {
    var message = AuditedMessage(line: line, file: "chats.jsonl", conversation: id)
    message.role = role
    message.time = time
    message.epochSeconds = time.flatMap(Timestamp.epochSeconds)
    message.text = text
    message.verdict = verdict
    return message
}

@Suite("decorum audit: roles, times, aggregation and the HTML report")
struct AuditModelTests {
    static let roles: [(String, SpeakerRole)] = [
        ("customer", .customer), ("User", .customer), (" client ", .customer), ("visitor", .customer), ("end-user", .customer),
        ("agent", .agent), ("Operator", .agent), ("staff", .agent), ("support", .agent), ("human_agent", .agent),
        ("Human Agent", .agent), ("human-agent", .agent), ("supervisor", .agent),
        ("bot", .bot), ("assistant", .bot), ("SYSTEM", .bot), ("automation", .bot), ("chatbot", .bot),
        ("courier", .unknown), ("", .unknown), ("custom er", .unknown),
    ]

    @Test("role labels are normalised to customer, agent, bot or unknown", arguments: roles)
    func role(_ label: String, _ role: SpeakerRole) {
        #expect(SpeakerRole(label: label) == role)
    }

    /// (time value, seconds since the epoch or nil when unreadable)
    static let times: [(JSONValue, Int?)] = [
        (.string("2026-03-14T09:30:00Z"), 1_773_480_600),
        (.string("2026-03-14t09:30:00z"), 1_773_480_600),
        (.string("2026-03-14 09:30:00"), 1_773_480_600),
        (.string("2026-03-14T09:30Z"), 1_773_480_600),
        (.string("2026-03-14T10:30:00.123+01:00"), 1_773_480_600),
        (.string("2026-03-14T07:00:00-0230"), 1_773_480_600),
        (.string("2026-03-14"), 1_773_446_400),
        (.string("1773480600"), 1_773_480_600),
        (.number("1773480600"), 1_773_480_600),
        (.number("1773480600.9"), 1_773_480_600),
        (.number("1773480600000"), 1_773_480_600),
        (.string("1969-12-31T23:59:59Z"), -1),
        (.string("2024-02-29"), 1_709_164_800),
        (.string("2026-02-29"), nil),
        (.string("2026-13-01"), nil),
        (.string("2026-03-14T24:00:00Z"), nil),
        (.string("2026-03-14T09:30:00Zjunk"), nil),
        (.string("14/03/2026"), nil),
        (.string("next tuesday"), nil),
        (.bool(true), nil),
        (.null, nil),
    ]

    @Test("times: RFC 3339 / ISO 8601 strings and epoch seconds", arguments: times)
    func time(_ value: JSONValue, _ seconds: Int?) {
        #expect(Timestamp.epochSeconds(value) == seconds)
    }

    /// (time, bucketing, label)
    static let buckets: [(String, TimeBucketing, String)] = [
        ("2026-03-14T23:59:59Z", .day, "2026-03-14"),
        ("2026-03-14T23:30:00-01:00", .day, "2026-03-15"),
        ("1969-12-31T23:59:59Z", .day, "1969-12-31"),
        ("2026-03-14T12:00:00Z", .month, "2026-03"),
        ("2026-03-14T12:00:00Z", .week, "2026-W11"),
        ("2026-01-01", .week, "2026-W01"),      // a Thursday
        ("2021-01-03", .week, "2020-W53"),      // a Sunday in the last week of 2020
        ("2024-12-30", .week, "2025-W01"),      // a Monday in the first week of 2025
        ("2027-01-01", .week, "2026-W53"),
    ]

    @Test("buckets are UTC days, ISO weeks or months", arguments: buckets)
    func bucket(_ time: String, _ bucketing: TimeBucketing, _ label: String) throws {
        let seconds = try #require(Timestamp.epochSeconds(.string(time)))
        #expect(bucketing.label(epochSeconds: seconds) == label)
    }

    @Test("counts per role, category and language, time bucket; indexes continue per conversation")
    func counts() {
        var summary = AuditSummary(bucketing: .day, worstLimit: 10)
        let a = JSONValue.string("A"), b = JSONValue.number("7")
        let day1 = JSONValue.string("2026-03-14T10:00:00Z"), day2 = JSONValue.string("2026-03-15T10:00:00Z")
        let out = [
            summary.add(line: [auditMessage(a, .customer, auditVerdict(.close, "you idiot", [(.insult, 4, 9)]), time: day1)]),
            summary.add(line: [auditMessage(a, .agent, auditVerdict(.allow, "sorry"), time: day1)]),
            summary.add(line: [auditMessage(b, .customer, auditVerdict(.review, "merde", [(.profanity, 0, 5)], language: .fr), time: day2)]),
            summary.add(line: [auditMessage(nil, .bot, auditVerdict(.allow, "hello"))]),
            summary.add(line: [auditMessage(a, .bot, auditVerdict(.allow, "bye")), auditMessage(a, .customer, auditVerdict(.allow, "ok"))]
                .enumerated().map { var m = $0.element; m.index = $0.offset; return m }),
        ].flatMap { $0 }
        #expect(out.map(\.index) == [0, 1, 0, nil, 2, 3])
        #expect(summary.lines == 5 && summary.conversations == 2 && summary.totals.messages == 6 && summary.totals.flagged == 2)
        #expect(summary.roles[.customer]?.messages == 3 && summary.roles[.customer]?.flagged == 2)
        #expect(summary.roles[.agent]?.flagged == 0 && summary.roles[.bot]?.messages == 2)
        #expect(summary.categoryLanguages == [.insult: ["en": 1], .profanity: ["fr": 1]])
        #expect(summary.sortedBuckets.map(\.label) == ["2026-03-14", "2026-03-15", TimeBucketing.noTime])
        #expect(summary.worstConversations.map(\.name) == ["A", "7"])
    }

    @Test("only the worst N conversations keep their flagged messages, ranked by decision, flagged count, id")
    func worst() {
        var summary = AuditSummary(worstLimit: 2)
        func flag(_ id: String, _ decision: Decision) {
            _ = summary.add(line: [auditMessage(.string(id), .customer, auditVerdict(decision, "x", [(.insult, 0, 1)]))])
        }
        flag("C", .review)
        flag("D", .review)
        flag("B", .review)      // ties with C and D; B sorts first, so D leaves
        flag("A", .escalate)    // C leaves
        flag("D", .review)      // D has two flagged now and comes back, its first message not kept
        let worst = summary.worstConversations
        #expect(worst.map(\.name) == ["A", "D"])
        #expect(worst[1].flagged == 2 && worst[1].kept.count == 1)
        for _ in 0..<(AuditSummary.messagesKeptPerConversation + 5) { flag("A", .close) }
        #expect(summary.worstConversations[0].kept.count == AuditSummary.messagesKeptPerConversation)
        #expect(summary.worstConversations[0].decision == .escalate)
    }

    static let hostile = [
        "<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "'><svg onload=alert(1)>", "a & b",
    ]

    @Test("the HTML report escapes every text from the input")
    func escaping() {
        var summary = AuditSummary(worstLimit: 10)
        summary.inputs = Self.hostile
        summary.policy = Self.hostile[1]
        for (k, text) in Self.hostile.enumerated() {
            let message = "say \(text) now"
            let verdict = auditVerdict(.close, message, [(.insult, 4, 4 + text.utf8.count)], rule: Self.hostile[(k + 1) % 4], language: nil)
            _ = summary.add(line: [auditMessage(.string(text), .customer, verdict, text: message, time: .string(text))])
        }
        let html = AuditReportHTML.render(summary)
        #expect(!html.contains("<script") && !html.contains("<img") && !html.contains("<svg onload"))
        for text in Self.hostile { #expect(!html.contains(text)) }
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"))
        #expect(html.contains("<mark class=\"insult\" title=\"insult (severity 3) &quot;&gt;&lt;img src=x onerror=alert(1)&gt;\">&lt;script&gt;"))
        #expect(html.contains("a &amp; b") && html.contains("&#39;&gt;&lt;svg onload"))
        #expect(AuditReportHTML.escape("<a href='x'>\"&\"</a>") == "&lt;a href=&#39;x&#39;&gt;&quot;&amp;&quot;&lt;/a&gt;")
    }

    /// (text, spans as UTF-8 byte offsets, expected HTML)
    static let highlights: [(String, [(Category, Int, Int)], String)] = [
        ("you idiot", [(.insult, 4, 9)], "you <mark class=\"insult\" title=\"insult (severity 3) r\">idiot</mark>"),
        ("😀 f<ck", [(.profanity, 5, 9)], "😀 <mark class=\"profanity\" title=\"profanity (severity 3) r\">f&lt;ck</mark>"),
        ("So eine Scheiße!", [(.profanity, 0, 16), (.profanity, 8, 17)],
         "<mark class=\"profanity\" title=\"profanity (severity 3) r; profanity (severity 3) r\">So eine Scheiße!</mark>"),
        ("e\u{301}t\u{301}é", [(.insult, 0, 3), (.sexual, 6, 8)],
         "<mark class=\"insult\" title=\"insult (severity 3) r\">e\u{301}</mark>t\u{301}<mark class=\"sexual\" title=\"sexual (severity 3) r\">é</mark>"),
        ("no findings <b>", [], "no findings &lt;b&gt;"),
    ]

    @Test("spans are marked, pieces escaped one by one", arguments: highlights)
    func highlight(_ text: String, _ spans: [(Category, Int, Int)], _ html: String) {
        #expect(AuditReportHTML.highlighted(text, auditVerdict(.close, text, spans).findings) == html)
    }

    @Test("long unmarked stretches are shortened around the marks, on character boundaries")
    func longText() {
        let text = String(repeating: "é", count: 1000) + " idiot " + String(repeating: "ü", count: 1000)
        let start = 2001
        let html = AuditReportHTML.highlighted(text, auditVerdict(.close, text, [(.insult, start, start + 5)]).findings)
        #expect(html.contains(">idiot</mark>"))
        #expect(html.hasPrefix("<span class=\"gap\">… "))
        #expect(html.hasSuffix(" bytes …</span>"))
        #expect(!html.contains("\u{FFFD}"))
        #expect(html.utf8.count < 1000)
    }

    @Test("the indented JSON writer keeps flat containers on one line")
    func indented() throws {
        let value = try JSONParser.parse(Array(#"{"a":{"b":1,"c":[1,2]},"d":[],"e":[{"f":"x"}]}"#.utf8))
        #expect(JSONWriter.encodeIndented(value) == """
            {
              "a": {
                "b": 1,
                "c": [1,2]
              },
              "d": [],
              "e": [
                {"f":"x"}
              ]
            }

            """)
    }
}

@Suite("decorum audit, end to end")
struct AuditEndToEndTests {
    static let folder = Fixtures.root.appendingPathComponent("audit")

    /// Runs `audit` in the fixture folder with a summary and a report in a fresh temporary
    /// folder; returns the run, the summary and the HTML.
    func audit(_ arguments: [String], input: String = "") throws -> (DecorumRun, String, String) {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("decorum-audit-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let summary = scratch.appendingPathComponent("summary.json"), html = scratch.appendingPathComponent("report.html")
        let run = try runDecorum(["audit", "--summary", summary.path, "--html", html.path] + arguments, input: input, in: Self.folder)
        return (run, (try? String(contentsOf: summary, encoding: .utf8)) ?? "", (try? String(contentsOf: html, encoding: .utf8)) ?? "")
    }

    /// Checks that the page fetches nothing and runs nothing: no script, link, image or
    /// frame, and no tag with a `src`, `href` or event attribute.
    func expectSelfContained(_ html: String) {
        #expect(html.hasPrefix("<!DOCTYPE html>") && html.hasSuffix("</html>\n"))
        for needle in ["<script", "<link", "<img", "<iframe", "url(", "@import"] {
            #expect(!html.contains(needle), "the report holds \(needle)")
        }
        let tags = html.split(separator: "<").dropFirst().map { $0.prefix { $0 != ">" } }
        for tag in tags where tag.contains(" src=") || tag.contains(" href=") || tag.contains(" on") {
            Issue.record("the report holds the tag <\(tag)>")
        }
    }

    @Test("message lines: golden JSONL and summary; the report shows charts and marks")
    func messages() throws {
        let (run, summary, html) = try audit(["messages.jsonl", "--jobs", "2"])
        #expect(run.status == 0, "\(run.stderr)")
        try Fixtures.expectGolden(run.stdout, "audit/messages.jsonl")
        try Fixtures.expectGolden(summary, "audit/messages-summary.json")
        #expect(run.stderr.hasPrefix("decorum audit: 12 messages in 5 conversations, 5 flagged, 0 errors"))
        expectSelfContained(html)
        #expect(html.components(separatedBy: "<svg").count == 4)
        #expect(html.contains("<mark class=\"threat\""))
    }

    @Test("conversation objects: golden JSONL and summary")
    func conversations() throws {
        let (run, summary, _) = try audit(["conversations.jsonl"])
        #expect(run.status == 0, "\(run.stderr)")
        try Fixtures.expectGolden(run.stdout, "audit/conversations.jsonl")
        try Fixtures.expectGolden(summary, "audit/conversations-summary.json")
    }

    @Test("malformed lines and messages give error records in place; the rest is audited; status 2")
    func malformed() throws {
        let (run, summary, html) = try audit(["malformed.jsonl"])
        #expect(run.status == 2)
        try Fixtures.expectGolden(run.stdout, "audit/malformed.jsonl")
        try Fixtures.expectGolden(summary, "audit/malformed-summary.json")
        #expect(run.stderr.contains("7 errors"))
        #expect(html.contains("<b>7</b><span>unreadable lines or inputs</span>"))
    }

    @Test("an empty file: no output, zero counts, status 0")
    func empty() throws {
        let (run, summary, html) = try audit(["empty.jsonl"])
        #expect(run.status == 0 && run.stdout.isEmpty)
        try Fixtures.expectGolden(summary, "audit/empty-summary.json")
        #expect(html.contains("No violations.") && html.contains("No conversation had a flagged message."))
    }

    @Test("--only, --jobs 1 and --output write the same lines as the golden file, filtered")
    func onlyAndOutput() throws {
        let output = try temporaryFile("out.jsonl", "")
        let run = try runDecorum(["audit", "--only", "close,escalate", "--jobs", "1", "--output", output, "--quiet", "messages.jsonl"],
                                 in: Self.folder)
        #expect(run.status == 0 && run.stdout.isEmpty && run.stderr.isEmpty)
        let golden = try String(contentsOf: Fixtures.root.appendingPathComponent("golden/audit/messages.jsonl"), encoding: .utf8)
        let expected = golden.split(separator: "\n").filter { $0.contains(#""decision":"close""#) || $0.contains(#""decision":"escalate""#) }
        #expect(try String(contentsOfFile: output, encoding: .utf8) == expected.map { $0 + "\n" }.joined())
    }

    @Test("a line longer than the read buffer is audited whole, with spans into it")
    func hugeLine() throws {
        let filler = String(repeating: "The parcel never came and nobody answered. ", count: 3_000)
        let text = filler + "You idiot."
        let input = #"{"conversation": "H", "speaker": "customer", "lang": "en", "text": "\#(text)"}"#
            + "\n" + #"{"conversation": "H", "speaker": "agent", "lang": "en", "text": "Sorry."}"# + "\n"
        let (run, _, _) = try audit(["--quiet"], input: input)
        #expect(run.status == 0)
        let lines = try records(run.stdout)
        #expect(lines.count == 2)
        let finding = try #require((lines[0]["findings"] as? [[String: Any]])?.first)
        #expect(finding["start"] as? Int == filler.utf8.count + 4 && finding["text"] as? String == "idiot")
        #expect(lines[1]["index"] as? Int == 1 && lines[1]["decision"] as? String == "allow")
    }

    @Test("a closed output pipe (| head) ends the run quietly with status 0")
    func closedPipe() throws {
        let line = #"{"conversation": "P", "speaker": "customer", "lang": "en", "text": "Where is my parcel? It is late again."}"#
        let input = try temporaryFile("many.jsonl", String(repeating: line + "\n", count: 600))
        let binaries = URL(fileURLWithPath: try FileManager.default.destinationOfSymbolicLink(atPath: "/proc/self/exe"))
            .deletingLastPathComponent()
        let process = Process()
        process.executableURL = binaries.appendingPathComponent("decorum")
        process.arguments = ["audit", input]
        let stdout = Pipe(), stderr = Pipe()
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Like `head -1`: read one line, then go away.
        var first = Data()
        while !first.contains(0x0A), let chunk = try stdout.fileHandleForReading.read(upToCount: 1), !chunk.isEmpty { first += chunk }
        try stdout.fileHandleForReading.close()
        let errors = stderr.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        #expect(String(decoding: first, as: UTF8.self).hasPrefix(#"{"conversation":"P","index":0,"#))
        #expect(process.terminationReason == .exit && process.terminationStatus == 0)
        #expect(errors.isEmpty, "\(String(decoding: errors, as: UTF8.self))")
    }

    @Test("hostile ids, roles, times and texts are escaped in the report; bad options are usage errors")
    func hostileInput() throws {
        let hostile = #"<script>alert(1)</script>\"><img src=x onerror=alert(1)>"#
        let input = #"{"conversation": "\#(hostile)", "speaker": "\#(hostile)", "time": "\#(hostile)", "lang": "en", "text": "\#(hostile) you idiot"}"#
        let (run, summary, html) = try audit(["--worst", "3"], input: input)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(summary.contains(#""unknown_roles": 1"#))
        expectSelfContained(html)
        #expect(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;&quot;&gt;&lt;img src=x onerror=alert(1)&gt; you <mark"))
        let bad = try runDecorum(["audit", "--bucket", "year"])
        #expect(bad.status == 2 && bad.stderr.contains("--bucket takes day, week or month, not 'year'"))
    }
}
