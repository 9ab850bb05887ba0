namespace Site.Core.Model;

/// <summary>A text a build keeps outside memory while it runs (a body's HTML, an article's Markdown); each call reads it again.</summary>
public interface IStoredText
{
    string Read();
}
