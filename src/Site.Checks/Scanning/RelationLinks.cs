namespace Site.Checks.Scanning;

/// <summary>The links whose targets the relation rules judge (broken-canonical, broken-hreflang), not the link rule.</summary>
internal static class RelationLinks
{
    /// <summary>What separates the tokens of a rel attribute (HTML's white space).</summary>
    public static readonly char[] RelSeparators = [' ', '\t', '\n', '\r', '\f'];

    public static bool IsJudgedApart(ScannedElement link)
    {
        string[] rel = (link.GetAttribute("rel") ?? "").Split(RelSeparators, StringSplitOptions.RemoveEmptyEntries);
        return rel.Contains("canonical", StringComparer.OrdinalIgnoreCase)
            || (rel.Contains("alternate", StringComparer.OrdinalIgnoreCase) && link.HasAttribute("hreflang"));
    }
}
