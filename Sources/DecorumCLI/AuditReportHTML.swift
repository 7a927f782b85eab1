import Decorum

/// The HTML report of `decorum audit`: one self-contained page (inline CSS and SVG, no
/// script, no link, nothing fetched) written from an `AuditSummary`: totals, violations by
/// category and language, by role and over time, and the worst conversations with their
/// flagged messages, spans marked with `<mark>`.
///
/// Every text from the input (ids, roles, times, messages, rule names) is escaped, piece by
/// piece, with `escape(_:)`.
public enum AuditReportHTML {
    /// The page for `summary`.
    public static func render(_ summary: AuditSummary) -> String {
        var page = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>Decorum audit</title>
            <style>\(style)</style>
            </head>
            <body>
            <header><h1>Decorum audit</h1>
            <p class="meta">\(escape(summary.inputs.joined(separator: ", "))) · policy \(escape(summary.policy)) · by \(summary.bucketing.rawValue) (UTC)</p></header>

            """
        page += cards(summary)
        page += "<section class=\"charts\">\n"
        page += figure("Violations by category and language", "Flagged messages per category, split by language.", categoryChart(summary))
        page += figure("Violations by role", "Messages per role; the coloured part was flagged, by decision.", roleChart(summary))
        page += "</section>\n"
        page += figure("Over time", "Messages per \(summary.bucketing.rawValue); the coloured part was flagged, by decision.", timeChart(summary), wide: true)
        page += worstSection(summary)
        page += "<footer>Written by <code>decorum audit</code>. A message counts once per category it breaks; highlighted spans are the findings.</footer>\n</body>\n</html>\n"
        return page
    }

    /// `text` with `&`, `<`, `>`, `"` and `'` replaced by character references: safe in
    /// element content and in quoted attributes.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    // MARK: Colours

    static let categoryColors: [Category: String] = [
        .profanity: "#f0a030", .insult: "#e0604a", .sexual: "#c0509a",
        .harassment: "#8060c8", .hate: "#2a7ab0", .threat: "#8b1010",
    ]
    static let languageColors: [String: String] = [
        "en": "#4e79a7", "fr": "#f28e2b", "de": "#59a14f", "es": "#e15759", "unknown": "#9a9a9a",
    ]
    static let decisionColors: [Decision: String] = [
        .allow: "#d5dde5", .review: "#e8b830", .close: "#e0604a", .escalate: "#8b1010",
    ]
    static let flaggedDecisions: [Decision] = [.review, .close, .escalate]

    static let style = """
        body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;margin:0 auto;max-width:1200px;padding:24px;color:#1d2330;background:#f6f7f9}
        h1{margin:0;font-size:26px}h2{font-size:18px;margin:0 0 4px}.meta,.note{color:#5a6270;font-size:14px;margin:4px 0 0}
        .cards{display:flex;flex-wrap:wrap;gap:12px;margin:20px 0}.card{background:#fff;border-radius:8px;padding:12px 18px;min-width:130px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
        .card b{display:block;font-size:28px}.card span{color:#5a6270;font-size:13px}.card.alert b{color:#8b1010}
        .charts{display:grid;grid-template-columns:repeat(auto-fit,minmax(520px,1fr));gap:16px}
        figure{background:#fff;border-radius:8px;margin:0 0 16px;padding:16px;box-shadow:0 1px 3px rgba(0,0,0,.12)}
        figure svg{display:block;max-width:100%;height:auto;margin-top:8px}svg text{font-family:inherit;font-size:12px;fill:#1d2330}
        .empty{color:#5a6270;font-style:italic}
        table{border-collapse:collapse;width:100%;font-size:14px;margin-top:8px}th,td{text-align:left;vertical-align:top;padding:6px 8px;border-top:1px solid #e3e6ea}
        th{font-size:12px;color:#5a6270;font-weight:600}td.text{white-space:pre-wrap;word-break:break-word;max-width:620px}
        .badge{display:inline-block;border-radius:10px;padding:1px 8px;font-size:12px;font-weight:600;color:#fff}
        .badge.allow{background:#8a96a3}.badge.review{background:#c99a10}.badge.close{background:#d04a34}.badge.escalate{background:#8b1010}
        mark{border-radius:3px;padding:0 2px;color:#1d2330}.gap{color:#8a96a3}
        mark.profanity{background:#fbd79a}mark.insult{background:#f7b9ad}mark.sexual{background:#efbde0}mark.harassment{background:#d6c9f3}mark.hate{background:#b9d7ee}mark.threat{background:#8b1010;color:#fff}
        .conversation{margin-top:22px}.conversation h3{margin:0;font-size:16px}
        table{table-layout:fixed}th.n{width:32px}th.role{width:80px}th.time{width:180px}th.decision{width:84px}th.lang{width:44px}th.findings{width:150px}footer{color:#5a6270;font-size:12px;margin-top:24px}code{font-size:13px}
        """

    // MARK: Sections

    private static func cards(_ s: AuditSummary) -> String {
        let flagged = s.totals.flagged
        let share = s.totals.messages > 0 ? " (\(percent(flagged, of: s.totals.messages)))" : ""
        let items: [(String, String, Bool)] = [
            (String(s.totals.messages), "messages", false),
            (String(s.conversations), "conversations", false),
            (String(flagged), "flagged\(share)", flagged > 0),
            (String(s.totals.decisions[.escalate] ?? 0), "escalated", (s.totals.decisions[.escalate] ?? 0) > 0),
            (String(s.errors + s.unreadableInputs), "unreadable lines or inputs", s.errors + s.unreadableInputs > 0),
        ]
        return "<section class=\"cards\">" + items.map { value, label, alert in
            "<div class=\"card\(alert ? " alert" : "")\"><b>\(value)</b><span>\(escape(label))</span></div>"
        }.joined() + "</section>\n"
    }

    private static func figure(_ title: String, _ note: String, _ chart: String, wide: Bool = false) -> String {
        "<figure\(wide ? " class=\"wide\"" : "")><h2>\(escape(title))</h2><p class=\"note\">\(escape(note))</p>\n\(chart)\n</figure>\n"
    }

    private static func worstSection(_ s: AuditSummary) -> String {
        let worst = s.worstConversations
        var out = "<figure><h2>Worst conversations</h2><p class=\"note\">Gravest decision first, then most flagged messages; up to \(s.worstLimit) conversations.</p>\n"
        if worst.isEmpty { return out + "<p class=\"empty\">No conversation had a flagged message.</p></figure>\n" }
        for c in worst {
            out += "<div class=\"conversation\"><h3>\(escape(c.name)) \(badge(c.decision))</h3>"
            out += "<p class=\"note\">\(c.flagged) of \(c.messages) message\(c.messages == 1 ? "" : "s") flagged"
            let notKept = c.flagged - c.kept.count
            if notKept > 0 { out += "; \(notKept) not shown" }
            out += "</p>\n<table><thead><tr><th class=\"n\">#</th><th class=\"role\">role</th><th class=\"time\">time</th><th class=\"decision\">decision</th><th class=\"lang\">lang</th><th>message</th><th class=\"findings\">findings</th></tr></thead><tbody>\n"
            for m in c.kept {
                let time = m.time.map(displayTime) ?? ""
                var findings: [String] = []
                for f in m.verdict.findings {
                    let item = "\(escape(f.category.rawValue)) (\(f.severity.rawValue))"
                    if !findings.contains(item) { findings.append(item) }
                }
                out += "<tr><td>\(m.index.map(String.init) ?? "")</td><td>\(escape(m.role.rawValue))</td><td>\(escape(time))</td>"
                out += "<td>\(badge(m.verdict.decision))</td><td>\(escape(m.verdict.language?.rawValue ?? "?"))</td>"
                out += "<td class=\"text\">\(highlighted(m.text, m.verdict.findings))</td><td>\(findings.joined(separator: "<br>"))</td></tr>\n"
            }
            out += "</tbody></table></div>\n"
        }
        return out + "</figure>\n"
    }

    /// A time as written, with epoch numbers shown as UTC dates.
    static func displayTime(_ value: JSONValue) -> String {
        guard case .number = value, let seconds = Timestamp.epochSeconds(value) else { return RecordScanner.plain(value) }
        return Timestamp.utcString(epochSeconds: seconds)
    }

    private static func badge(_ decision: Decision) -> String {
        "<span class=\"badge \(decision.rawValue)\">\(decision.rawValue)</span>"
    }

    /// Unmarked stretches longer than this many bytes are shortened around the marks.
    static let longGap = 400
    /// Bytes kept at each side of a shortened stretch.
    static let gapContext = 150

    /// `text` escaped, with each finding's span (UTF-8 byte offsets, half-open) in a
    /// `<mark>` titled with its category, severity and rule; overlapping spans share a mark.
    static func highlighted(_ text: String, _ findings: [Finding]) -> String {
        let bytes = Array(text.utf8)
        var spans: [(start: Int, end: Int, findings: [Finding])] = []
        for f in findings.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
            let start = min(max(f.start, 0), bytes.count), end = min(max(f.end, start), bytes.count)
            guard start < end else { continue }
            if let last = spans.last, start < last.end {
                spans[spans.count - 1].end = max(last.end, end)
                spans[spans.count - 1].findings.append(f)
            } else {
                spans.append((start, end, [f]))
            }
        }
        var out = ""
        var position = 0
        for span in spans {
            out += plain(bytes, position, span.start, first: position == 0, last: false)
            let title = span.findings.map { "\($0.category.rawValue) (severity \($0.severity.rawValue)) \($0.rule)" }
            out += "<mark class=\"\(span.findings[0].category.rawValue)\" title=\"\(escape(title.joined(separator: "; ")))\">"
            out += escape(String(decoding: bytes[span.start..<span.end], as: UTF8.self)) + "</mark>"
            position = span.end
        }
        return out + plain(bytes, position, bytes.count, first: position == 0, last: true)
    }

    /// The escaped text of `bytes[from..<to]`, its middle left out when it is long (its
    /// start too when `first`, its end too when `last`).
    private static func plain(_ bytes: [UInt8], _ from: Int, _ to: Int, first: Bool, last: Bool) -> String {
        func text(_ a: Int, _ b: Int) -> String { escape(String(decoding: bytes[a..<b], as: UTF8.self)) }
        guard to - from > longGap else { return text(from, to) }
        /// Moves `i` back to the start of a UTF-8 sequence.
        func boundary(_ i: Int) -> Int {
            var i = i
            while i > 0, i < bytes.count, bytes[i] & 0xC0 == 0x80 { i -= 1 }
            return i
        }
        let head = first ? from : boundary(from + gapContext)
        let tail = last ? to : boundary(to - gapContext)
        return text(from, head) + "<span class=\"gap\">… \(tail - head) bytes …</span>" + text(tail, to)
    }

    // MARK: Charts

    /// Horizontal stacked bars: one row per category, segments per language.
    private static func categoryChart(_ s: AuditSummary) -> String {
        let rows = Category.allCases.compactMap { c in s.categoryLanguages[c].map { (c, $0) } }
        guard !rows.isEmpty else { return "<p class=\"empty\">No violations.</p>" }
        let languages = s.languagesSeen
        let rowsData = rows.map { category, counts in
            (category.rawValue, languages.compactMap { code in counts[code].map { (code, $0, languageColors[code] ?? "#999") } })
        }
        return stackedBars(rowsData, legend: languages.map { ($0, languageColors[$0] ?? "#999") },
                           label: "Flagged messages by category and language")
    }

    /// Horizontal bars: one row per role, messages in grey with the flagged part by decision.
    private static func roleChart(_ s: AuditSummary) -> String {
        guard s.totals.messages > 0 else { return "<p class=\"empty\">No messages.</p>" }
        let rows = s.shownRoles.map { role in
            let counts = s.roles[role] ?? AuditSummary.Counts()
            return (role.rawValue, Decision.allCases.reversed().compactMap { d in
                counts.decisions[d].map { (d.rawValue, $0, decisionColors[d]!) }
            })
        }
        return stackedBars(rows, legend: Decision.allCases.reversed().map { ($0.rawValue, decisionColors[$0]!) },
                           label: "Messages by role and decision", suffix: { segments in
                               let all = segments.reduce(0) { $0 + $1.1 }
                               let flagged = segments.filter { $0.0 != Decision.allow.rawValue }.reduce(0) { $0 + $1.1 }
                               return "\(flagged) of \(all) flagged"
                           })
    }

    /// An SVG of labelled horizontal stacked bars with a legend; `suffix` writes the text
    /// after each bar (the row's total by default).
    private static func stackedBars(_ rows: [(String, [(String, Int, String)])], legend: [(String, String)], label: String,
                                    suffix: (([(String, Int, String)]) -> String)? = nil) -> String {
        let labelWidth = 90.0, barWidth = 330.0, rowHeight = 30.0, top = 34.0, width = 560.0
        let maximum = max(1, rows.map { $0.1.reduce(0) { $0 + $1.1 } }.max() ?? 1)
        let height = top + Double(rows.count) * rowHeight + 6
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"\(escape(label))\">"
        svg += "<title>\(escape(label))</title>" + legendRow(legend, x: labelWidth)
        for (k, row) in rows.enumerated() {
            let y = top + Double(k) * rowHeight
            svg += "<text x=\"\(f(labelWidth - 8))\" y=\"\(f(y + 15))\" text-anchor=\"end\">\(escape(row.0))</text>"
            var x = labelWidth
            var total = 0
            for (name, count, color) in row.1 where count > 0 {
                let w = barWidth * Double(count) / Double(maximum)
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y + 3))\" width=\"\(f(w))\" height=\"18\" fill=\"\(color)\"><title>\(escape(row.0)), \(escape(name)): \(count)</title></rect>"
                if w >= 22 {
                    let ink = color == decisionColors[.allow] ? "#1d2330" : "#fff"
                    svg += "<text x=\"\(f(x + w / 2))\" y=\"\(f(y + 16))\" text-anchor=\"middle\" style=\"fill:\(ink);font-size:11px\">\(count)</text>"
                }
                x += w
                total += count
            }
            let after = suffix?(row.1) ?? String(total)
            svg += "<text x=\"\(f(x + 6))\" y=\"\(f(y + 16))\">\(escape(after))</text>"
        }
        return svg + "</svg>"
    }

    /// Vertical bars per time bucket: all messages in grey, the flagged part by decision.
    private static func timeChart(_ s: AuditSummary) -> String {
        let buckets = s.sortedBuckets
        guard !buckets.isEmpty else { return "<p class=\"empty\">No messages.</p>" }
        let left = 44.0, top = 34.0, plotHeight = 180.0, bottom = 46.0, width = 1100.0
        let plotWidth = width - left - 10
        let slot = plotWidth / Double(buckets.count)
        let barWidth = min(44, max(2, slot * 0.7))
        let highest = max(1, buckets.map(\.counts.messages).max() ?? 1)
        let step = niceStep(highest, parts: 5)
        let ticks = (highest + step - 1) / step
        let maximum = step * ticks
        let labelEvery = max(1, Int((Double(buckets.count) / (plotWidth / 90)).rounded(.up)))
        let height = top + plotHeight + bottom
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\" role=\"img\" aria-label=\"Messages and violations over time\">"
        svg += "<title>Messages and violations over time</title>"
        svg += legendRow([("messages", decisionColors[.allow]!)] + flaggedDecisions.map { ($0.rawValue, decisionColors[$0]!) }, x: left)
        for tick in 0...ticks {
            let y = top + plotHeight - plotHeight * Double(tick) / Double(ticks)
            svg += "<line x1=\"\(f(left))\" y1=\"\(f(y))\" x2=\"\(f(width - 10))\" y2=\"\(f(y))\" stroke=\"#e3e6ea\"/>"
            svg += "<text x=\"\(f(left - 6))\" y=\"\(f(y + 4))\" text-anchor=\"end\">\(step * tick)</text>"
        }
        for (k, bucket) in buckets.enumerated() {
            let x = left + slot * Double(k) + (slot - barWidth) / 2
            func y(_ n: Int) -> Double { top + plotHeight - plotHeight * Double(n) / Double(maximum) }
            let counts = bucket.counts
            let tip = "\(bucket.label): \(counts.messages) messages, \(counts.flagged) flagged"
            svg += "<rect x=\"\(f(x))\" y=\"\(f(y(counts.messages)))\" width=\"\(f(barWidth))\" height=\"\(f(top + plotHeight - y(counts.messages)))\" fill=\"\(decisionColors[.allow]!)\"><title>\(escape(tip))</title></rect>"
            var base = 0
            for decision in flaggedDecisions {
                let n = counts.decisions[decision] ?? 0
                guard n > 0 else { continue }
                svg += "<rect x=\"\(f(x))\" y=\"\(f(y(base + n)))\" width=\"\(f(barWidth))\" height=\"\(f(y(base) - y(base + n)))\" fill=\"\(decisionColors[decision]!)\"><title>\(escape(bucket.label)), \(decision.rawValue): \(n)</title></rect>"
                base += n
            }
            if k % labelEvery == 0 || bucket.label == TimeBucketing.noTime {
                svg += "<text x=\"\(f(x + barWidth / 2))\" y=\"\(f(top + plotHeight + 16))\" text-anchor=\"middle\">\(escape(bucket.label))</text>"
            }
        }
        return svg + "</svg>"
    }

    /// A row of colour keys at the top of a chart.
    private static func legendRow(_ items: [(String, String)], x: Double) -> String {
        var out = ""
        var position = x
        for (name, color) in items {
            out += "<rect x=\"\(f(position))\" y=\"6\" width=\"12\" height=\"12\" rx=\"2\" fill=\"\(color)\"/>"
            out += "<text x=\"\(f(position + 16))\" y=\"16\">\(escape(name))</text>"
            position += 24 + Double(name.count) * 7
        }
        return out
    }

    /// The smallest step of the form 1, 2 or 5 × 10^k such that `parts` steps reach `maximum`
    /// (the chart then draws as many steps as `maximum` needs).
    static func niceStep(_ maximum: Int, parts: Int) -> Int {
        var magnitude = 1
        while true {
            for factor in [1, 2, 5] where factor * magnitude * parts >= maximum { return factor * magnitude }
            magnitude *= 10
        }
    }

    private static func percent(_ part: Int, of whole: Int) -> String {
        "\(Int((Double(part) * 100 / Double(whole)).rounded()))%"
    }

    /// A coordinate with at most one decimal.
    private static func f(_ x: Double) -> String {
        let tenths = Int((x * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(abs(tenths % 10))"
    }
}
