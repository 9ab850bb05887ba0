using Site.Core.Site;
using Site.Rendering.Views;

namespace Site.Rendering.Pages.Layouts;

/// <summary>Entries shown whole in a listing, with their ids made unique on the page.</summary>
internal static class WholeEntries
{
    public static List<EntryView> Of(EntryViews views, IReadOnlyList<Entry> entries)
    {
        var prefixes = new HashSet<string>(StringComparer.Ordinal);
        return entries.Select(entry =>
        {
            var prefix = entry.Article.Slug;
            for (var n = 2; !prefixes.Add(prefix); n++)
            {
                prefix = $"{entry.Article.Slug}-{n}";
            }

            var view = views.WithBody(entry);
            return view with { Body = FragmentPrefixer.Prefix(view.Body, prefix) };
        }).ToList();
    }
}
