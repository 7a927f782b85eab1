/// An Aho–Corasick automaton over bytes, with a dense transition table: finds every
/// occurrence of every pattern in one pass over the input.
struct AhoCorasick: Sendable {
    /// One occurrence: which pattern, and where it ends (byte offset, exclusive).
    struct Hit: Hashable {
        var pattern: Int32
        var end: Int
    }

    let transitions: [Int32]   // state * 256 + byte → next state
    /// The patterns ending at each state (via failure links too), flattened: state s's are
    /// `outputs[outputStarts[s]..<outputStarts[s + 1]]`.
    let outputStarts: [Int32]
    let outputs: [Int32]
    let patternLengths: [Int]

    /// Compiles `patterns` (non-empty byte strings); pattern ids are their indices.
    init(patterns: [[UInt8]]) {
        var goto: [[UInt8: Int32]] = [[:]]
        var out: [[Int32]] = [[]]
        for (id, pattern) in patterns.enumerated() {
            var state = 0
            for b in pattern {
                if let next = goto[state][b] {
                    state = Int(next)
                } else {
                    goto.append([:])
                    out.append([])
                    goto[state][b] = Int32(goto.count - 1)
                    state = goto.count - 1
                }
            }
            out[state].append(Int32(id))
        }
        var table = [Int32](repeating: 0, count: goto.count * 256)
        var fail = [Int32](repeating: 0, count: goto.count)
        var queue: [Int] = []
        for b in 0..<256 {
            if let next = goto[0][UInt8(b)] {
                table[b] = next
                queue.append(Int(next))
            }
        }
        var head = 0
        while head < queue.count {
            let state = queue[head]
            head += 1
            out[state] += out[Int(fail[state])]
            for b in 0..<256 {
                if let next = goto[state][UInt8(b)] {
                    fail[Int(next)] = table[Int(fail[state]) * 256 + b]
                    table[state * 256 + b] = next
                    queue.append(Int(next))
                } else {
                    table[state * 256 + b] = table[Int(fail[state]) * 256 + b]
                }
            }
        }
        transitions = table
        var starts: [Int32] = [0]
        for list in out { starts.append(starts.last! + Int32(list.count)) }
        outputStarts = starts
        outputs = out.flatMap { $0 }
        patternLengths = patterns.map(\.count)
    }

    /// Every occurrence of a pattern in `bytes`, in order of their end.
    func hits(in bytes: [UInt8]) -> [Hit] {
        var result: [Hit] = []
        var state = 0
        transitions.withUnsafeBufferPointer { transitions in
            for (i, b) in bytes.enumerated() {
                state = Int(transitions[state &* 256 &+ Int(b)])
                for k in Int(outputStarts[state])..<Int(outputStarts[state + 1]) { result.append(Hit(pattern: outputs[k], end: i + 1)) }
            }
        }
        return result
    }
}
