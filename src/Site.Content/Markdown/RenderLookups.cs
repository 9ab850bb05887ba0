using Site.Content.Media;
using Site.Core.Model;

namespace Site.Content.Markdown;

/// <summary>
/// What the rendering of one body looked up outside its article: the size of each picture and the hash its variants
/// are named by, and where each linked
/// source file is published. The rendered body stays right for as long as every answer stays the same, which is
/// what lets a cache keep it when other articles or images change.
/// </summary>
public sealed class RenderLookups
{
    private readonly List<ImageLookup> _images;
    private readonly List<LinkLookup> _links;

    public RenderLookups()
        : this([], [])
    {
    }

    public RenderLookups(IEnumerable<ImageLookup> images, IEnumerable<LinkLookup> links)
    {
        _images = [.. images];
        _links = [.. links];
    }

    public IReadOnlyList<ImageLookup> Images => _images;

    public IReadOnlyList<LinkLookup> Links => _links;

    /// <summary>Whether the site would give every answer the same way today.</summary>
    public bool StillHold(ImageSizes images, SourceLinkMap links) =>
        _images.All(i => images.Find(i.Url) == i.Size && images.Responsive(i.Url)?.Hash == i.Hash) && _links.All(l => links.SitePathOf(l.Source) == l.SitePath);

    internal void Record(string url, ImageSize? size, string? hash) => _images.Add(new ImageLookup(url, size, hash));

    internal string? Record(string source, string? sitePath)
    {
        _links.Add(new LinkLookup(source, sitePath));
        return sitePath;
    }
}

/// <summary>
/// A picture's URL as written, the size found for it (none when it is not a readable /media/ image) and the hash of
/// its responsive variants (none when it has none): a picture whose bytes change gets new variant names.
/// </summary>
public sealed record ImageLookup(string Url, ImageSize? Size, string? Hash = null);

/// <summary>A linked source file and where it is published (nowhere when it is not).</summary>
public sealed record LinkLookup(string Source, string? SitePath);
