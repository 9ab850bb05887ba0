namespace Site.Checks.Scanning;

/// <summary>Turns a character index into line and column.</summary>
/// <remarks>
/// AngleSharp's own line and column are 16-bit and wrap on long minified lines; its character index does not.
/// A scan asks in document order, so the lines are counted on from the last index asked (a vectorized count of the
/// newlines in between) rather than indexed up front one IndexOf call per line; an earlier index counts from the start.
/// </remarks>
internal sealed class SourceLines(string text)
{
    private int _index;
    private int _line = 1;
    private int _lineStart;

    /// <param name="index">Zero-based index of a character in the text.</param>
    public (int Line, int Column) At(int index)
    {
        if (index < _index)
        {
            (_index, _line, _lineStart) = (0, 1, 0);
        }

        ReadOnlySpan<char> between = text.AsSpan(_index, index - _index);
        int newlines = between.Count('\n');
        if (newlines > 0)
        {
            _line += newlines;
            _lineStart = _index + between.LastIndexOf('\n') + 1;
        }

        _index = index;
        return (_line, index - _lineStart + 1);
    }
}
