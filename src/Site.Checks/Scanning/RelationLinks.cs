namespace Site.Checks.Scanning;

/// <summary>The links whose targets the relation rules judge (broken-canonical, broken-hreflang), not the link rule.</summary>
internal static class RelationLinks
{
    public static bool IsJudgedApart(ScannedElement link)
    {
        string[] rel = (link.GetAttribute("rel") ?? "").Split([' ', '\t', '\n', '\r', '\f'], StringSplitOptions.RemoveEmptyEntries);
        return rel.Contains("canonical", StringComparer.OrdinalIgnoreCase)
            || (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && link.HasAttribute("hreflang"));
    }
}
