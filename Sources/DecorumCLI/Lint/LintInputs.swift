import Foundation

/// Finds the files `decorum lint` reads: files given by name, and files of a known format
/// under folders given by name (hidden folders and `.build`, `node_modules` skipped), less
/// what `.decorum.yml` excludes; `include` narrows what folders give.
enum LintInputs {
    /// A file to lint, or a path that could not be used.
    enum Input: Sendable, Hashable {
        case file(String)
        case problem(InputProblem)
    }

    /// Folders never walked.
    static let skippedFolders: Set<String> = [".build", "node_modules"]

    /// The inputs named by `paths` (the current folder when empty), in order: each given
    /// file, then each folder's files sorted by path.
    static func collect(_ paths: [String], config: LintConfig) -> [Input] {
        let manager = FileManager.default
        var inputs: [Input] = []
        for argument in paths.isEmpty ? ["."] : paths {
            var isFolder: ObjCBool = false
            guard manager.fileExists(atPath: argument, isDirectory: &isFolder) else {
                inputs.append(.problem(InputProblem(path: argument, message: "no such file or folder")))
                continue
            }
            let path = displayPath(argument)
            guard isFolder.boolValue else {
                if config.exclude.contains(where: { $0.matches(path) }) { continue }
                guard LintFormat(path: path) != nil else {
                    inputs.append(.problem(InputProblem(path: path, message: "unknown format; decorum lint reads \(LintFormat.extensionList)")))
                    continue
                }
                inputs.append(.file(path))
                continue
            }
            var found: [String] = []
            walk(argument, into: &found)
            for file in found.sorted() {
                let display = displayPath(file)
                guard LintFormat(path: display) != nil else { continue }
                if config.exclude.contains(where: { $0.matches(display) }) { continue }
                if !config.include.isEmpty, !config.include.contains(where: { $0.matches(display) }) { continue }
                inputs.append(.file(display))
            }
        }
        return inputs
    }

    private static func walk(_ folder: String, into found: inout [String]) {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder) else { return }
        for name in names {
            let path = folder == "." ? name : folder.hasSuffix("/") ? folder + name : folder + "/" + name
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                if name.hasPrefix(".") || skippedFolders.contains(name) { continue }
                walk(path, into: &found)
            } else {
                found.append(path)
            }
        }
    }

    /// `path` without a leading `./`, and relative to the current folder when it lies under it.
    static func displayPath(_ path: String) -> String {
        var path = path
        while path.hasPrefix("./") { path.removeFirst(2) }
        if path.hasPrefix("/") {
            let current = FileManager.default.currentDirectoryPath
            let prefix = current.hasSuffix("/") ? current : current + "/"
            if path.hasPrefix(prefix) { path.removeFirst(prefix.count) }
        }
        return path
    }
}
