extension Moderator {
    /// `found` in text order, without a finding that a graver
    /// or equal finding's span already contains, nor one with the same span and category
    /// as a graver one (`f*ck` read as `fuck` and as `feck`), nor one whose span holds a
    /// graver finding of its category (`a m o t h e r f u c k e r` is a motherfucker
    /// after a one-letter word, not an `amotherfucker`).
    ///
    /// - Complexity: O(n log n) for n findings: a text of a megabyte may hold a hundred
    ///   thousand of them, where comparing every pair would take hours.
    static func deduplicated(_ found: [Finding]) -> [Finding] {
        var all = found
        all.sort { ($0.start, -$0.end, -$0.severity.rawValue, $0.rule) < ($1.start, -$1.end, -$1.severity.rawValue, $1.rule) }
        // Every finding whose span contains a later one with another span comes before it
        // in this order, so a sweep that keeps, per severity, the furthest end seen so far
        // tells whether a graver-or-equal finding contains the current one.
        var furthestEnd = [Int](repeating: Int.min, count: Severity.severe.rawValue + 1)
        var kept: [Finding] = []
        var groupStart = 0
        while groupStart < all.count {
            var groupEnd = groupStart + 1
            while groupEnd < all.count, all[groupEnd].range == all[groupStart].range { groupEnd += 1 }
            var categories = Set<Category>()
            for f in all[groupStart..<groupEnd] {
                let contained = (f.severity.rawValue...Severity.severe.rawValue).contains { furthestEnd[$0] >= f.end }
                let repeated = !categories.insert(f.category).inserted
                if !contained && !repeated { kept.append(f) }
            }
            for f in all[groupStart..<groupEnd] { furthestEnd[f.severity.rawValue] = max(furthestEnd[f.severity.rawValue], f.end) }
            groupStart = groupEnd
        }
        let index = SpanIndex(kept)
        return kept.filter { f in
            !stride(from: f.severity.rawValue + 1, through: Severity.severe.rawValue, by: 1).contains {
                index.holdsSpan(category: f.category, severity: $0, within: f.range)
            }
        }
    }
}

/// The spans of findings by category and severity, to ask whether one lies within a range.
private struct SpanIndex {
    /// Per category and severity: the starts in increasing order, and for each position the
    /// smallest end from there on.
    private var starts: [Int: [Int]] = [:]
    private var smallestEndFrom: [Int: [Int]] = [:]

    private static func key(_ category: Category, _ severity: Int) -> Int {
        (Category.allCases.firstIndex(of: category) ?? 0) * 8 + severity
    }

    /// Indexes `findings`, given in order of their starts.
    init(_ findings: [Finding]) {
        var ends: [Int: [Int]] = [:]
        for f in findings {
            let key = Self.key(f.category, f.severity.rawValue)
            starts[key, default: []].append(f.start)
            ends[key, default: []].append(f.end)
        }
        for (key, list) in ends {
            var smallest = list
            for k in stride(from: smallest.count - 2, through: 0, by: -1) { smallest[k] = min(smallest[k], smallest[k + 1]) }
            smallestEndFrom[key] = smallest
        }
    }

    /// Whether a finding of `category` at `severity` has its span within `range`.
    func holdsSpan(category: Category, severity: Int, within range: Range<Int>) -> Bool {
        let key = Self.key(category, severity)
        guard let starts = starts[key], let smallest = smallestEndFrom[key] else { return false }
        var low = 0, high = starts.count
        while low < high {
            let middle = (low + high) / 2
            if starts[middle] < range.lowerBound { low = middle + 1 } else { high = middle }
        }
        return low < starts.count && smallest[low] <= range.upperBound
    }
}
