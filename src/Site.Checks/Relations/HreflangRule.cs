using Site.Checks.Rules;

namespace Site.Checks.Relations;

/// <summary>broken-hreflang: the alternates of a page must be valid codes, one per language, name the page itself
/// in its own language and an x-default, and point at pages that exist and name this page back.</summary>
internal static class HreflangRule
{
    public static IEnumerable<Finding> Check(RelationContext context, PageScan page)
    {
        IReadOnlyList<HreflangLink> alternates = page.Head!.Alternates;
        if (alternates.Count == 0)
        {
            yield break;
        }

        var seen = new Dictionary<string, HreflangLink>(StringComparer.OrdinalIgnoreCase);
        var selfLinks = new List<HreflangLink>();
        bool hasDefault = false;
        foreach (HreflangLink alternate in alternates)
        {
            if (!LanguageTags.IsValid(alternate.Hreflang))
            {
                yield return Broken(page, alternate, $"hreflang=\"{alternate.Hreflang}\" is not a BCP 47 language code: write one like fr, en, en-GB or x-default");
            }

            if (!seen.TryAdd(alternate.Hreflang, alternate))
            {
                yield return Broken(page, alternate, $"a second alternate for hreflang=\"{alternate.Hreflang}\" (line {seen[alternate.Hreflang].Link.Line} has one): keep one per language");
                continue;
            }

            bool isDefault = LanguageTags.IsDefault(alternate.Hreflang);
            hasDefault |= isDefault;
            Target target = context.Resolve(page, alternate.Link);
            if (target.State == TargetState.Broken)
            {
                yield return Broken(page, alternate, $"{target.Problem}: the alternate must name a page of the site");
            }
            else if (target.File == page.Path)
            {
                if (!isDefault)
                {
                    selfLinks.Add(alternate);
                }
            }
            else if (target.Page?.Head is { IsRedirect: true })
            {
                yield return Broken(page, alternate, $"\"{target.File}\" is a redirect page: name the page it redirects to");
            }
            else if (!isDefault && target.Page?.Head?.Language is { Length: > 0 } targetLanguage && !LanguageTags.SameLanguage(alternate.Hreflang, targetLanguage))
            {
                yield return Broken(page, alternate, $"hreflang=\"{alternate.Hreflang}\" names \"{target.File}\", whose lang is \"{targetLanguage}\"");
            }
            else if (!isDefault && target.Page?.Head is not null && !context.AlternateTargetsOf(target.Page).Contains(page.Path))
            {
                yield return Broken(page, alternate, $"no return link: \"{target.File}\" has no alternate pointing back at this page");
            }
        }

        string? language = page.Head.Language;
        if (selfLinks.Count == 0)
        {
            string code = string.IsNullOrEmpty(language) ? "its language" : $"hreflang=\"{language}\"";
            yield return Broken(page, alternates[0], $"no self-reference: the alternates must also name this page itself, with {code}");
        }
        else if (!string.IsNullOrEmpty(language) && !selfLinks.Any(self => LanguageTags.SameLanguage(self.Hreflang, language)))
        {
            yield return Broken(page, selfLinks[0], $"the alternate naming this page says hreflang=\"{selfLinks[0].Hreflang}\", but the page's lang is \"{language}\"");
        }

        if (!hasDefault)
        {
            yield return Broken(page, alternates[0], "no x-default: a page with alternates also names the default version, hreflang=\"x-default\"");
        }
    }

    private static Finding Broken(PageScan page, HreflangLink alternate, string message) =>
        Findings.For(page, alternate.Link, FindingKind.BrokenHreflang, message);
}
