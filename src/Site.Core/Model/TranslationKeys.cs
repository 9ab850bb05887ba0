using Site.Core.Diagnostics;

namespace Site.Core.Model;

/// <summary>
/// A translationKey written on one file of a translated pair (<c>x.fr.md</c>) also holds for its siblings that have
/// none (<c>x.en.md</c>, same folder and name): adding a key to one file must not silently split a pair that its
/// file names make. A sibling without a key whose siblings have different keys says nothing about which text it
/// translates: that is an error.
/// </summary>
public static class TranslationKeys
{
    public static IReadOnlyList<Article> Share(IReadOnlyList<Article> articles, DiagnosticBag diagnostics)
    {
        var keys = new Dictionary<(ContentKind, string), SortedSet<string>>();
        foreach (var article in articles)
        {
            if (article.TranslationKey is { } key)
            {
                var siblings = (article.Kind, article.Siblings);
                if (!keys.TryGetValue(siblings, out var set))
                {
                    keys[siblings] = set = new SortedSet<string>(StringComparer.Ordinal);
                }

                set.Add(key);
            }
        }

        if (keys.Count == 0)
        {
            return articles;
        }

        var shared = new List<Article>(articles.Count);
        foreach (var article in articles)
        {
            if (article.TranslationKey is not null || !keys.TryGetValue((article.Kind, article.Siblings), out var siblingKeys))
            {
                shared.Add(article);
                continue;
            }

            if (siblingKeys.Count > 1)
            {
                diagnostics.Error(
                    article.LocationOf(FrontMatterKey.Title),
                    DiagnosticCode.ConflictingTranslationKeys, $"'{article.SourcePath}' has no translationKey, and the other languages of '{article.Siblings}' have different ones ({string.Join(", ", siblingKeys.Select(k => $"'{k}'"))})",
                    "add 'translationKey: …' to this file to say which text it translates");
            }

            shared.Add(siblingKeys.Count == 1 ? article with { TranslationKey = siblingKeys.Min } : article);
        }

        return shared;
    }
}
