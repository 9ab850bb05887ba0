namespace Site.Core.Model;

/// <summary>The order of every listing: newest first, then by title, then by source file.</summary>
public sealed class ArticleOrder : IComparer<Article>
{
    public static readonly ArticleOrder NewestFirst = new();

    public int Compare(Article? x, Article? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? 1 : -1;
        }

        var byDate = y.Date.CompareTo(x.Date);
        if (byDate != 0)
        {
            return byDate;
        }

        var byTitle = string.CompareOrdinal(x.Title, y.Title);
        return byTitle != 0 ? byTitle : string.CompareOrdinal(x.SourcePath, y.SourcePath);
    }
}
