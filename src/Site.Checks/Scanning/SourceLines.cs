namespace Site.Checks.Scanning;

/// <summary>Turns a character index into line and column.</summary>
/// <remarks>
/// AngleSharp's own line and column are 16-bit and wrap on long minified lines; its character index does not.
/// </remarks>
internal sealed class SourceLines
{
    private readonly List<int> lineStarts = [0];

    public SourceLines(string text)
    {
        // IndexOf is vectorized: a page is searched many characters at a time.
        for (int i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', i + 1))
        {
            lineStarts.Add(i + 1);
        }
    }

    /// <param name="index">Zero-based index of a character in the text.</param>
    public (int Line, int Column) At(int index)
    {
        int found = lineStarts.BinarySearch(index);
        int line = found >= 0 ? found : ~found - 1;
        return (line + 1, index - lineStarts[line] + 1);
    }
}
