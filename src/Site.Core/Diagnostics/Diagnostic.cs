namespace Site.Core.Diagnostics;

/// <summary>A problem found in the input, located in its file (line and column are 1-based, 0 when unknown).</summary>
public sealed record Diagnostic(string File, int Line, int Column, Severity Severity, string Message, string? Hint = null)
{
    /// <summary>What kind of problem this is; the printed text does not show it.</summary>
    public DiagnosticCode Code { get; init; }

    /// <summary>The text of the line the diagnostic points at, for a code frame; null when it is not located on a line or the file could not be read.</summary>
    public string? SourceLine { get; init; }

    public static Diagnostic Error(SourceLocation at, DiagnosticCode code, string message, string? hint = null) =>
        new(at.File, at.Line, at.Column, Severity.Error, message, hint) { Code = code };

    public static Diagnostic Warning(SourceLocation at, DiagnosticCode code, string message, string? hint = null) =>
        new(at.File, at.Line, at.Column, Severity.Warning, message, hint) { Code = code };

    public string Location => Line > 0 ? (Column > 0 ? $"{File}:{Line}:{Column}" : $"{File}:{Line}") : File;

    /// <summary>One line, fit for a terminal: file names and values quoted from the input cannot add lines or escape sequences.</summary>
    public override string ToString()
    {
        var severity = Severity == Severity.Error ? "error" : "warning";
        return TerminalText.Escape(Hint is null ? $"{Location}: {severity}: {Message}" : $"{Location}: {severity}: {Message} ({Hint})");
    }
}
