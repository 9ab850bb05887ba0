using System.Text;
using Site.Core.Diagnostics;

namespace Site.Cli;

/// <summary>Whether what the program writes goes to a terminal that shows colours.</summary>
internal static class Terminal
{
    /// <summary>Colours only on the process's own stderr, when it is a terminal and NO_COLOR is unset; never into a file, a pipe or a test's writer.</summary>
    public static bool Colours(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && CodeFrame.ColourFor(Console.IsErrorRedirected);

    /// <summary>
    /// A writer for many lines to <paramref name="writer"/>, sent in large writes when it is the process's stderr:
    /// Console.Error flushes every line, one system call each, and a build of 50,000 articles reports 47,000 warnings.
    /// Dispose it (which flushes it) unless it is <paramref name="writer"/> itself.
    /// </summary>
    public static TextWriter Batched(TextWriter writer) =>
        ReferenceEquals(writer, Console.Error) && Console.Error.Encoding.CodePage == Encoding.UTF8.CodePage
            ? new StreamWriter(Console.OpenStandardError(), new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), 1 << 16)
            : writer;
}
