import Foundation
import PackagePlugin

/// Embeds the package's `Lexicons/` folder into the target as Swift string literals, so
/// that the library and the `decorum` binary need no data files at run time.
@main
struct EmbedData: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) async throws -> [Command] {
        let root = context.package.directoryURL.appending(path: "Lexicons")
        var files: [URL] = []
        if let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil) {
            for case let url as URL in walker
            where ["lex", "txt", "yaml"].contains(url.pathExtension) && url.lastPathComponent != "README.md" {
                files.append(url)
            }
        }
        files.sort { $0.path < $1.path }
        let output = context.pluginWorkDirectoryURL.appending(path: "EmbeddedData.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) data files from Lexicons/",
                executable: try context.tool(named: "decorum-embed").url,
                arguments: [output.path, root.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
