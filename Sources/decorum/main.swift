import DecorumCLI

#if canImport(Glibc)
import Glibc
#endif

exit(DecorumCommand.main(arguments: Array(CommandLine.arguments.dropFirst())))
