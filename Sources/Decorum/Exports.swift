// The engine is the library's API; this module adds the data compiled into it at build
// time (`DecorumData.bundled()`, `Moderator(policy:)`), so that users write `import Decorum`.
@_exported import DecorumEngine
