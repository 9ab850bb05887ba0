using Site.Core.Diagnostics;

namespace Site.Core.Model;

/// <summary>Groups the versions of one text across languages: by file name in the same folder, or by <c>translationKey</c>.</summary>
public static class TranslationPairing
{
    /// <summary>Returns the groups, each with at most one article per language; a second one is reported as an error.</summary>
    public static IReadOnlyList<IReadOnlyList<Article>> Pair(IEnumerable<Article> articles, DiagnosticBag diagnostics)
    {
        var groups = new List<IReadOnlyList<Article>>();
        foreach (var group in articles.GroupBy(a => (a.Kind, a.TranslationGroup)).OrderBy(g => g.Key.TranslationGroup, StringComparer.Ordinal))
        {
            var members = new List<Article>();
            foreach (var article in group.OrderBy(a => a.SourcePath, StringComparer.Ordinal))
            {
                var twin = members.FirstOrDefault(m => m.Language == article.Language);
                if (twin is null)
                {
                    members.Add(article);
                    continue;
                }

                diagnostics.Error(
                    article.LocationOf(article.TranslationKey is null ? FrontMatterKey.Title : FrontMatterKey.TranslationKey),
                    DiagnosticCode.DuplicateTranslation, $"'{article.SourcePath}' and '{twin.SourcePath}' are both the '{article.Language}' version of the same text",
                    "give each translation a different language, or a different translationKey");
            }

            groups.Add(members);
        }

        return groups;
    }
}
