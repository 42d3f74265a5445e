import Foundation
@testable import Server

/// Checks JSON values against the schemas of the desk's OpenAPI document, for the subset of JSON Schema the
/// document uses: `$ref` (to `#/components/schemas/…`), `type` (a name or a list), `properties`, `required`,
/// `additionalProperties: false`, `items`, `enum`, `pattern` and `minItems`. A keyword it does not know fails the check,
/// so the document cannot silently use more than is validated.
struct OpenAPIValidator {
    let document: [String: Any]
    static let known: Set<String> = ["$ref", "type", "properties", "required", "additionalProperties", "items", "enum",
                                     "pattern", "minItems", "description"]

    init() throws {
        guard let document = try JSONSerialization.jsonObject(with: DeskAssets.openAPIDocument()) as? [String: Any] else {
            throw Problem(text: "openapi.json is not an object")
        }
        self.document = document
    }

    struct Problem: Error, CustomStringConvertible {
        var text: String
        var description: String { text }
    }

    var schemas: [String: Any] { (document["components"] as? [String: Any])?["schemas"] as? [String: Any] ?? [:] }

    /// The problems of `value` against the component schema `name` (empty when it conforms).
    func problems(_ value: Any, against name: String) -> [String] {
        guard let schema = schemas[name] else { return ["no schema \(name)"] }
        var found: [String] = []
        check(value, schema, at: name, &found)
        return found
    }

    /// Keywords anywhere in the component schemas that ``problems(_:against:)`` does not check, as "path: keyword".
    func unvalidatedKeywords() -> [String] {
        var found: [String] = []
        func walk(_ value: Any, _ path: String) {
            guard let schema = value as? [String: Any] else { return }
            for key in schema.keys where !Self.known.contains(key) { found.append("\(path): \(key)") }
            for (name, member) in schema["properties"] as? [String: Any] ?? [:] { walk(member, "\(path).\(name)") }
            if let items = schema["items"] { walk(items, "\(path)[]") }
        }
        for (name, schema) in schemas { walk(schema, name) }
        return found
    }

    /// The schema of the 200 response to GET `path` (as written in the document, e.g. "/api/stories/{id}").
    func responseSchema(get path: String) -> String? {
        guard let item = (document["paths"] as? [String: Any])?[path] as? [String: Any],
              let get = item["get"] as? [String: Any], let responses = get["responses"] as? [String: Any],
              let ok = responses["200"] as? [String: Any], let content = ok["content"] as? [String: Any],
              let json = content["application/json"] as? [String: Any], let schema = json["schema"] as? [String: Any],
              let reference = schema["$ref"] as? String else { return nil }
        return String(reference.split(separator: "/").last ?? "")
    }

    private func check(_ value: Any, _ schemaValue: Any, at path: String, _ found: inout [String]) {
        guard let schema = schemaValue as? [String: Any] else { found.append("\(path): schema is not an object"); return }
        for key in schema.keys where !Self.known.contains(key) { found.append("\(path): keyword \(key) is not validated") }
        if let reference = schema["$ref"] as? String {
            let name = String(reference.split(separator: "/").last ?? "")
            guard let target = schemas[name] else { found.append("\(path): unresolved \(reference)"); return }
            check(value, target, at: path, &found)
            return
        }
        if let type = schema["type"] {
            let types = (type as? [String]) ?? [type as? String ?? ""]
            guard types.contains(where: { Self.matches(value, $0) }) else {
                found.append("\(path): \(Self.kind(of: value)) is not \(types.joined(separator: " or "))")
                return
            }
        }
        if let options = schema["enum"] as? [Any] {
            if !options.contains(where: { "\($0)" == "\(value)" }) { found.append("\(path): \(value) is not one of \(options)") }
        }
        if let pattern = schema["pattern"] as? String, let text = value as? String {
            if text.range(of: pattern, options: .regularExpression) == nil { found.append("\(path): \(text) does not match \(pattern)") }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: Any] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                found.append("\(path): missing \(name)")
            }
            for (name, member) in object {
                if let memberSchema = properties[name] {
                    check(member, memberSchema, at: "\(path).\(name)", &found)
                } else if (schema["additionalProperties"] as? Bool) == false {
                    found.append("\(path): unexpected property \(name)")
                }
            }
        }
        if let array = value as? [Any] {
            if let minimum = schema["minItems"] as? Int, array.count < minimum { found.append("\(path): fewer than \(minimum) items") }
            if let items = schema["items"] {
                for (index, element) in array.enumerated() { check(element, items, at: "\(path)[\(index)]", &found) }
            }
        }
    }

    static func matches(_ value: Any, _ type: String) -> Bool {
        switch type {
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "null": return value is NSNull
        case "boolean":
            guard let number = value as? NSNumber else { return false }
            return isBoolean(number)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(number) else { return false }
            return number.doubleValue == number.doubleValue.rounded()
        case "number":
            guard let number = value as? NSNumber else { return false }
            return !isBoolean(number)
        default: return false
        }
    }

    /// JSON true and false come back as NSNumbers of Objective-C type `c` (char).
    static func isBoolean(_ number: NSNumber) -> Bool { String(cString: number.objCType) == "c" }

    static func kind(of value: Any) -> String {
        switch value {
        case is [String: Any]: return "an object"
        case is [Any]: return "an array"
        case is String: return "a string"
        case is NSNumber: return "a number"
        case is NSNull: return "null"
        default: return "\(type(of: value))"
        }
    }
}
