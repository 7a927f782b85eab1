@testable import DecorumCLI

/// A JSON Schema (draft-04) validator for the keywords the SARIF 2.1.0 schema uses:
/// `type`, `properties`, `required`, `additionalProperties`, `items`, `enum`, `$ref`
/// (`#/definitions/…`), `minimum`, `maximum`, `minItems`, `uniqueItems`, `pattern`,
/// `oneOf`, `anyOf`. `format`, `default`, `title` and `description` are not checked.
struct JSONSchemaValidator {
    let root: JSONValue

    /// The errors of `value`, each `path: what is wrong`; empty when it is valid.
    func errors(_ value: JSONValue) -> [String] {
        var errors: [String] = []
        check(value, against: root, at: "$", into: &errors)
        return errors
    }

    private func resolve(_ schema: JSONValue) -> JSONValue {
        guard case .string(let ref)? = schema["$ref"] else { return schema }
        guard ref.hasPrefix("#/definitions/"), let target = root["definitions"]?[String(ref.dropFirst("#/definitions/".count))] else {
            return .object([("not-understood", .string(ref))])
        }
        return resolve(target)
    }

    private func check(_ value: JSONValue, against raw: JSONValue, at path: String, into errors: inout [String]) {
        let schema = resolve(raw)
        if case .string(let ref)? = schema["not-understood"] { errors.append("\(path): unresolvable $ref \(ref)"); return }
        if let type = schema["type"] {
            let allowed: [String]
            switch type {
            case .string(let name): allowed = [name]
            case .array(let names): allowed = names.compactMap { if case .string(let n) = $0 { n } else { nil } }
            default: allowed = []
            }
            if !allowed.contains(where: { Self.has(value, type: $0) }) {
                errors.append("\(path): expected \(allowed.joined(separator: " or ")), found \(RecordScanner.kind(value))")
                return
            }
        }
        if case .array(let options)? = schema["enum"], !options.contains(value) {
            errors.append("\(path): \(JSONWriter.encode(value)) is not one of \(JSONWriter.encode(.array(options)))")
        }
        if case .number(let text) = value, let number = Double(text) {
            if case .number(let m)? = schema["minimum"], let minimum = Double(m), number < minimum {
                errors.append("\(path): \(text) is below the minimum \(m)")
            }
            if case .number(let m)? = schema["maximum"], let maximum = Double(m), number > maximum {
                errors.append("\(path): \(text) is above the maximum \(m)")
            }
        }
        if case .string(let text) = value, case .string(let pattern)? = schema["pattern"] {
            if let regex = try? Regex(pattern), (try? regex.firstMatch(in: text)) == nil {
                errors.append("\(path): \"\(text)\" does not match the pattern \(pattern)")
            }
        }
        if case .array(let items) = value {
            if case .number(let m)? = schema["minItems"], let minimum = Int(m), items.count < minimum {
                errors.append("\(path): \(items.count) items, fewer than \(m)")
            }
            if case .bool(true)? = schema["uniqueItems"], Set(items).count != items.count {
                errors.append("\(path): items are not unique")
            }
            if let itemSchema = schema["items"] {
                for (index, item) in items.enumerated() { check(item, against: itemSchema, at: "\(path)[\(index)]", into: &errors) }
            }
        }
        if case .object(let members) = value {
            if case .array(let required)? = schema["required"] {
                for case .string(let name) in required where value[name] == nil {
                    errors.append("\(path): the required property '\(name)' is missing")
                }
            }
            let properties = schema["properties"]
            for (name, member) in members {
                if let propertySchema = properties?[name] {
                    check(member, against: propertySchema, at: "\(path).\(name)", into: &errors)
                } else if let additional = schema["additionalProperties"] {
                    if case .bool(false) = additional {
                        errors.append("\(path): the property '\(name)' is not allowed")
                    } else if case .object = additional {
                        check(member, against: additional, at: "\(path).\(name)", into: &errors)
                    }
                }
            }
        }
        if case .array(let options)? = schema["anyOf"], passing(value, options, at: path) == 0 {
            errors.append("\(path): matches none of anyOf")
        }
        if case .array(let options)? = schema["oneOf"] {
            let count = passing(value, options, at: path)
            if count != 1 { errors.append("\(path): matches \(count) of oneOf, expected exactly 1") }
        }
    }

    /// How many of the schemas `options` accept `value`.
    private func passing(_ value: JSONValue, _ options: [JSONValue], at path: String) -> Int {
        options.count { option in
            var errors: [String] = []
            check(value, against: option, at: path, into: &errors)
            return errors.isEmpty
        }
    }

    private static func has(_ value: JSONValue, type: String) -> Bool {
        switch (type, value) {
        case ("null", .null), ("boolean", .bool), ("number", .number), ("string", .string), ("array", .array), ("object", .object): true
        case ("integer", .number(let text)): !text.contains(".") && !text.lowercased().contains("e")
        default: false
        }
    }
}
