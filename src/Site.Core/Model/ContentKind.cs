namespace Site.Core.Model;

/// <summary>Whether a source file is a dated article or a stand-alone page.</summary>
public enum ContentKind
{
    Article,
    Page,
}
