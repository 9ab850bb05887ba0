namespace Site.Content.Markdown;

/// <summary>Thrown by <see cref="NestingGuard"/> when the Markdown nests too deep: bad input, reported at its line.</summary>
internal sealed class NestingTooDeepException(int line) : Exception($"the Markdown is nested too deep at line {line}")
{
    /// <summary>The 1-based line of the body where a block would have opened too deep.</summary>
    public int Line { get; } = line;
}
