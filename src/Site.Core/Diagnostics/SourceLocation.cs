namespace Site.Core.Diagnostics;

/// <summary>A place in an input file; line and column are 1-based, 0 when unknown.</summary>
public readonly record struct SourceLocation(string File, int Line = 0, int Column = 0)
{
    public SourceLocation Offset(int lines) => this with { Line = Line + lines };
}
