using System.Globalization;
using System.Text;

namespace Site.Core.Diagnostics;

/// <summary>
/// A diagnostic as a terminal shows it: the <c>file:line:column: error: message (hint)</c> line, then the source line
/// and a caret under the column, as the Rust and Elm compilers do. Colours (ANSI) only when asked for.
/// </summary>
public static class CodeFrame
{
    private const string Reset = "\u001B[0m";
    private const string Bold = "\u001B[1m";
    private const string Red = "\u001B[1;31m";
    private const string Yellow = "\u001B[1;33m";
    private const string Blue = "\u001B[1;34m";

    public static string Render(Diagnostic diagnostic, bool colour)
    {
        var text = new StringBuilder();
        if (colour)
        {
            var (severity, tint) = diagnostic.Severity == Severity.Error ? ("error", Red) : ("warning", Yellow);
            text.Append(Bold).Append(TerminalText.Escape(diagnostic.Location)).Append(Reset).Append(": ")
                .Append(tint).Append(severity).Append(Reset).Append(": ").Append(TerminalText.Escape(diagnostic.Message));
            if (diagnostic.Hint is not null)
            {
                text.Append(" (").Append(TerminalText.Escape(diagnostic.Hint)).Append(')');
            }
        }
        else
        {
            text.Append(diagnostic);
        }

        if (diagnostic.SourceLine is null || diagnostic.Line <= 0)
        {
            return text.ToString();
        }

        var excerpt = SourceExcerpt.Of(diagnostic.SourceLine, diagnostic.Column);
        var number = diagnostic.Line.ToString(CultureInfo.InvariantCulture);
        var gutter = new string(' ', number.Length + 1) + "|";
        var (on, off) = colour ? (Blue, Reset) : (string.Empty, string.Empty);
        text.Append('\n').Append(on).Append(number).Append(" |").Append(off).Append(' ').Append(excerpt.Line.TrimEnd());
        if (diagnostic.Column > 0)
        {
            var (caretOn, caretOff) = colour ? (diagnostic.Severity == Severity.Error ? Red : Yellow, Reset) : (string.Empty, string.Empty);
            text.Append('\n').Append(on).Append(gutter).Append(off).Append(' ')
                .Append(' ', TerminalWidth.Of(excerpt.Before)).Append(caretOn).Append('^').Append(caretOff);
        }

        return text.ToString();
    }

    /// <summary>Whether to colour what is written to a console stream: a terminal, and NO_COLOR (no-color.org) unset.</summary>
    public static bool ColourFor(bool redirected) =>
        !redirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR"));
}
