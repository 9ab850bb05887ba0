using Site.Core.Diagnostics;
using Site.Core.Model;

namespace Site.Content.FrontMatter;

/// <summary>Reads the name and language of a source file from <c>&lt;name&gt;.&lt;lang&gt;.md</c>; no suffix means the default language.</summary>
public static class SourceFileName
{
    public static (string Name, string Language)? Parse(string sourcePath, SiteConfig config, DiagnosticBag diagnostics)
    {
        var parts = Path.GetFileName(sourcePath).Split('.');
        var at = new SourceLocation(sourcePath);
        switch (parts.Length)
        {
            case 2 when parts[0].Length > 0:
                return (parts[0], config.DefaultLanguage);
            case 3 when parts[0].Length > 0:
                if (config.FindLanguage(parts[1]) is null)
                {
                    diagnostics.Error(at, DiagnosticCode.UnknownLanguage, $"'.{parts[1]}' is not a language of the site", $"name the file <name>.<lang>.md with one of: {string.Join(", ", config.Languages.Select(l => l.Code))}");
                    return null;
                }

                return (parts[0], parts[1]);
            default:
                diagnostics.Error(at, DiagnosticCode.InvalidFileName, "the file name must be <name>.<lang>.md, with no other dot", "rename it, for example my-article.fr.md");
                return null;
        }
    }
}
