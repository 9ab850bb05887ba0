using Site.Core.Site;

namespace Site.Core.Navigation;

/// <summary>
/// What the first page of a language's home shows, as a newspaper's front page: a lead story, the next newest
/// articles as teasers, then one section per category with its newest articles not already shown above.
/// </summary>
/// <param name="Lead">The newest article with <c>featured: true</c>, else the newest article; null when there is none.</param>
public sealed record FrontPage(Entry? Lead, IReadOnlyList<Entry> Teasers, IReadOnlyList<FrontPageSection> Sections)
{
    /// <summary>How many teasers follow the lead.</summary>
    public const int TeaserCount = 6;

    /// <summary>How many articles a category's section lists at most.</summary>
    public const int SectionSize = 3;

    /// <summary>Every article the page shows, in reading order: the lead, the teasers, then each section's.</summary>
    public IEnumerable<Entry> All =>
        (Lead is null ? [] : new[] { Lead }).Concat(Teasers).Concat(Sections.SelectMany(s => s.Entries));

    /// <summary>The front page of <paramref name="language"/> in a built site.</summary>
    public static FrontPage Of(SiteModel site, string language) =>
        Choose(language, site.ArticlesIn(language), site.CategoriesIn(language));

    /// <summary>
    /// Chooses the lead, teasers and sections among the articles of <paramref name="language"/> (newest first); the
    /// categories come in site.yml's order, and one with no article in the language has no section. No article is
    /// shown twice: a category whose articles are all above keeps its section (its name leads to its page) with no
    /// article listed.
    /// </summary>
    public static FrontPage Choose(string language, IEnumerable<Entry> newestFirst, IEnumerable<CategoryListing> categories)
    {
        var articles = newestFirst.Where(e => e.Language == language).ToList();
        var lead = articles.FirstOrDefault(e => e.Article.Featured) ?? articles.FirstOrDefault();
        var teasers = articles.Where(e => e != lead).Take(TeaserCount).ToList();
        var shown = new HashSet<Entry>(teasers);
        if (lead is not null)
        {
            shown.Add(lead);
        }

        var sections = new List<FrontPageSection>();
        foreach (var category in categories.Where(c => c.Language == language))
        {
            var entries = category.Entries.Where(e => e.Language == language).ToList();
            if (entries.Count == 0)
            {
                continue;
            }

            var listed = entries.Where(e => !shown.Contains(e)).Take(SectionSize).ToList();
            shown.UnionWith(listed);
            sections.Add(new FrontPageSection(category, listed));
        }

        return new FrontPage(lead, teasers, sections);
    }
}
