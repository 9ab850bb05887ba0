using Site.Core.Diagnostics;

namespace Site.Cli;

/// <summary>Whether what the program writes goes to a terminal that shows colours.</summary>
internal static class Terminal
{
    /// <summary>Colours only on the process's own stderr, when it is a terminal and NO_COLOR is unset; never into a file, a pipe or a test's writer.</summary>
    public static bool Colours(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && CodeFrame.ColourFor(Console.IsErrorRedirected);
}
