using Site.Core.Model;

namespace Site.Content.Loading;

/// <summary>
/// Articles parsed by earlier builds and kept by the build cache, by the exact text of their file: a file whose text
/// did not change (with the same configuration) is not parsed again. Only articles parsed without any diagnostic are
/// kept, so that one taken from here is what parsing the text again would give, warnings included.
/// </summary>
public interface IParsedArticles
{
    /// <summary>A new article equal to the one parsed earlier from exactly this text of this file, or null when none is kept.</summary>
    Article? Find(ContentSource source, string text);

    /// <summary>Keeps an article just parsed from <paramref name="text"/> without any diagnostic (thread-safe).</summary>
    void Keep(ContentSource source, string text, Article article);

    /// <summary>
    /// The article of a file known not to have changed since its text was found or kept here, without reading the
    /// file (its Markdown is read when asked for); null when that cannot be known, and the file is to be read.
    /// </summary>
    Article? FindUnread(ContentSource source);
}
