import Foundation
import PackagePlugin

/// Compiles the package's `Lexicons/` folder and embeds it into the target: the files as
/// Swift string literals, and a snapshot of the compiled data that the library decodes at
/// start-up, so that the library and the `decorum` binary need no data files at run time
/// and do not compile the data at each launch. A problem in a data file fails the build.
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
                displayName: "Compiling and embedding \(files.count) data files from Lexicons/",
                executable: try context.tool(named: "decorum-embed").url,
                arguments: [output.path, root.path] + files.map(\.path),
                // Dictionaries then iterate in the same order at every build, so that the
                // same files always give the same snapshot.
                environment: ["SWIFT_DETERMINISTIC_HASHING": "1"],
                inputFiles: files,
                outputFiles: [output]
            )
        ]
    }
}
