/// A message time as seconds since 1970-01-01T00:00:00Z, read from a transcript field.
public enum Timestamp {
    /// Epoch numbers from this value up are read as milliseconds (10^11 seconds is the
    /// year 5138).
    static let millisecondThreshold = 100_000_000_000.0

    /// Whole seconds since the epoch (UTC) of `value`: an RFC 3339 / ISO 8601 string
    /// (`2026-03-14T09:30:00Z`, `2026-03-14 09:30:00+01:00`, `2026-03-14`; no offset means
    /// UTC), or epoch seconds as a number or a string of digits (milliseconds from 10^11).
    /// - Returns: nil when `value` is neither.
    public static func epochSeconds(_ value: JSONValue) -> Int? {
        switch value {
        case .number(let text): return epoch(number: text)
        case .string(let text):
            let trimmed = text.trimmingWhitespace()
            if let seconds = epoch(number: trimmed) { return seconds }
            return iso8601(Array(trimmed.utf8))
        default: return nil
        }
    }

    /// `2026-03-14T09:30:00Z` for an instant in seconds since the epoch.
    public static func utcString(epochSeconds: Int) -> String {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        let second = epochSeconds - days * 86_400
        return TimeBucketing.day.label(epochSeconds: epochSeconds)
            + "T\(pad(second / 3600)):\(pad(second / 60 % 60)):\(pad(second % 60))Z"
    }

    private static func pad(_ n: Int) -> String { n < 10 ? "0\(n)" : String(n) }

    private static func epoch(number text: String) -> Int? {
        guard !text.isEmpty, text.utf8.allSatisfy({ ($0 >= 0x30 && $0 <= 0x39) || $0 == 0x2E || $0 == 0x2D }),
              let value = Double(text), value.isFinite else { return nil }
        let seconds = value >= millisecondThreshold ? value / 1000 : value
        guard abs(seconds) < 1e13 else { return nil }
        return Int(seconds.rounded(.down))
    }

    /// `YYYY-MM-DD[(T|t| )hh:mm[:ss[.fraction]]][Z|z|±hh[:]mm|±hh]`.
    private static func iso8601(_ s: [UInt8]) -> Int? {
        var i = 0
        func digits(_ count: Int) -> Int? {
            guard i + count <= s.count else { return nil }
            var v = 0
            for b in s[i..<(i + count)] {
                guard b >= 0x30 && b <= 0x39 else { return nil }
                v = v * 10 + Int(b - 0x30)
            }
            i += count
            return v
        }
        func expect(_ c: Character) -> Bool {
            guard i < s.count, s[i] == c.asciiValue else { return false }
            i += 1
            return true
        }
        guard let year = digits(4), expect("-"), let month = digits(2), expect("-"), let day = digits(2),
              (1...12).contains(month), (1...daysIn(month: month, year: year)).contains(day) else { return nil }
        var seconds = CivilDate.days(year: year, month: month, day: day) * 86_400
        guard i < s.count else { return seconds }
        guard expect("T") || expect("t") || expect(" "), let hour = digits(2), expect(":"), let minute = digits(2),
              hour < 24, minute < 60 else { return nil }
        seconds += hour * 3600 + minute * 60
        if expect(":") {
            guard let second = digits(2), second <= 60 else { return nil }
            seconds += second
            if expect(".") || expect(",") {
                let start = i
                while i < s.count, s[i] >= 0x30 && s[i] <= 0x39 { i += 1 }
                guard i > start else { return nil }
            }
        }
        guard i < s.count else { return seconds }
        if expect("Z") || expect("z") { return i == s.count ? seconds : nil }
        let sign: Int
        if expect("+") { sign = 1 } else if expect("-") { sign = -1 } else { return nil }
        guard let offsetHours = digits(2), offsetHours < 24 else { return nil }
        var offset = offsetHours * 3600
        if i < s.count {
            _ = expect(":")
            guard let offsetMinutes = digits(2), offsetMinutes < 60 else { return nil }
            offset += offsetMinutes * 60
        }
        return i == s.count ? seconds - sign * offset : nil
    }

    private static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}

/// Proleptic Gregorian dates as days since 1970-01-01 (H. Hinnant's civil-date algorithms).
enum CivilDate {
    /// Days since 1970-01-01 of a date.
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// The date of a day count since 1970-01-01.
    static func date(days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }
}

/// How `decorum audit` groups messages in time: by UTC day (`2026-03-14`), ISO week
/// (`2026-W11`) or month (`2026-03`).
public enum TimeBucketing: String, Sendable, CaseIterable {
    case day, week, month

    /// The label of the bucket that holds messages without a (readable) time; sorted last.
    public static let noTime = "no time"

    /// The bucket label of an instant given in seconds since the epoch.
    public func label(epochSeconds: Int) -> String {
        let days = epochSeconds >= 0 ? epochSeconds / 86_400 : (epochSeconds - 86_399) / 86_400
        switch self {
        case .day:
            let d = CivilDate.date(days: days)
            return "\(Self.pad(d.year, 4))-\(Self.pad(d.month, 2))-\(Self.pad(d.day, 2))"
        case .month:
            let d = CivilDate.date(days: days)
            return "\(Self.pad(d.year, 4))-\(Self.pad(d.month, 2))"
        case .week:
            // ISO 8601: weeks start on Monday; week 1 holds the year's first Thursday.
            let weekday = ((days + 3) % 7 + 7) % 7  // 0 = Monday; 1970-01-01 was a Thursday
            let thursday = days - weekday + 3
            let year = CivilDate.date(days: thursday).year
            let week = (thursday - CivilDate.days(year: year, month: 1, day: 1)) / 7 + 1
            return "\(Self.pad(year, 4))-W\(Self.pad(week, 2))"
        }
    }

    private static func pad(_ n: Int, _ width: Int) -> String {
        let s = String(n)
        return s.count >= width ? s : String(repeating: "0", count: width - s.count) + s
    }
}
