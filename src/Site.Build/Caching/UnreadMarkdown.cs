using System.IO.Hashing;
using System.Runtime.InteropServices;
using Site.Build.Plan;
using Site.Core.Diagnostics;
using Site.Core.Files;
using Site.Core.Model;

namespace Site.Build.Caching;

/// <summary>
/// The Markdown of an article found in the build cache without reading its file (<see cref="ArticleStore.FindUnread"/>):
/// read from the file each time it is asked for, from where the front matter ends, and only if the file still holds
/// the text the article was parsed from.
/// </summary>
/// <param name="changed">Called before failing when the file holds another text: whatever trusted its size and time must not again.</param>
internal sealed class UnreadMarkdown(SourceTree input, string sourcePath, int bodyStart, Hash128 textHash, Action changed) : IStoredText
{
    public string Read()
    {
        var text = input.ReadText(sourcePath, new DiagnosticBag());
        if (text is null || bodyStart > text.Length || Hash128.Of(MemoryMarshal.AsBytes(text.AsSpan())) != textHash)
        {
            changed();
            throw new SourceChangedException(sourcePath);
        }

        return text[bodyStart..];
    }
}

/// <summary>An input file changed (or went away) after the build had taken what it says: the build is to be run again.</summary>
internal sealed class SourceChangedException(string sourcePath) : IOException($"'{sourcePath}' changed while the site was built")
{
    /// <summary>Relative to the input folder, with '/'.</summary>
    public string SourcePath { get; } = sourcePath;
}
