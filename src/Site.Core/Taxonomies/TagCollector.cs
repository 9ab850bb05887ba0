using Site.Core.Diagnostics;
using Site.Core.Site;
using Site.Core.Slugs;

namespace Site.Core.Taxonomies;

/// <summary>Gathers the tags of one language's articles: spellings with the same slug are one tag, shown in its most frequent spelling.</summary>
public static class TagCollector
{
    /// <param name="articles">The language's articles, newest first; each tag lists them in that order.</param>
    /// <param name="slugsByEntry">Filled with each entry's tag slugs, in the order written, so that nobody slugifies them again.</param>
    public static IReadOnlyList<Tag> Collect(string language, IReadOnlyList<Entry> articles, DiagnosticBag diagnostics, IDictionary<Entry, IReadOnlyList<string>>? slugsByEntry = null)
    {
        var bySlug = new Dictionary<string, TagBuilder>(StringComparer.Ordinal);
        // A site writes a few hundred tags thousands of times: each spelling is slugified once.
        var slugOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var entry in articles)
        {
            var slugs = new List<string>(entry.Article.Tags.Count);
            slugsByEntry?.Add(entry, slugs);
            for (var i = 0; i < entry.Article.Tags.Count; i++)
            {
                var spelling = entry.Article.Tags[i];
                if (!slugOf.TryGetValue(spelling, out var slug))
                {
                    slugOf[spelling] = slug = Slugifier.Slugify(spelling);
                }

                slugs.Add(slug);
                if (slug.Length == 0)
                {
                    diagnostics.Error(entry.Article.LocationOfTag(i), DiagnosticCode.NoLetterOrDigit, $"the tag '{spelling}' has no letter or digit to make its URL from", "write the tag with at least one letter or digit");
                    continue;
                }

                if (!bySlug.TryGetValue(slug, out var builder))
                {
                    bySlug[slug] = builder = new TagBuilder(slug);
                }

                builder.Add(spelling, entry);
            }
        }

        var tags = new List<Tag>(bySlug.Count);
        foreach (var builder in bySlug.Values.OrderBy(b => b.Slug, StringComparer.Ordinal))
        {
            var tag = builder.Build(language);
            if (builder.Spellings.Count > 1)
            {
                var spellings = string.Join(" and ", builder.Spellings.Select(s => $"'{s.Key}' ({string.Join(", ", s.Value.Order(StringComparer.Ordinal))})"));
                diagnostics.Warning(
                    new SourceLocation(builder.Spellings.SelectMany(s => s.Value).Min(StringComparer.Ordinal)!),
                    DiagnosticCode.TagsMerged, $"tags {spellings} have the same URL '{tag.Path}' and are merged as '{tag.Name}'",
                    "write the tag the same way in every article");
            }

            tags.Add(tag);
        }

        return tags;
    }

    private sealed class TagBuilder(string slug)
    {
        private readonly List<Entry> _entries = [];

        public string Slug { get; } = slug;

        /// <summary>Each spelling with the files using it, in the order first met.</summary>
        public SortedDictionary<string, List<string>> Spellings { get; } = new(StringComparer.Ordinal);

        public void Add(string spelling, Entry entry)
        {
            if (!Spellings.TryGetValue(spelling, out var files))
            {
                Spellings[spelling] = files = [];
            }

            files.Add(entry.Article.SourcePath);
            if (_entries.Count == 0 || !ReferenceEquals(_entries[^1], entry))
            {
                _entries.Add(entry);
            }
        }

        public Tag Build(string language)
        {
            var name = Spellings.OrderByDescending(s => s.Value.Count).ThenBy(s => s.Key, StringComparer.Ordinal).First().Key;
            return new Tag(language, Slug, name, _entries);
        }
    }
}
