using System.Text.RegularExpressions;

using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Rendering.I18n;

/// <summary>
/// Finds the UI strings the layouts use (<c>t.key</c>, or <c>language.t.key</c> on the root page) that no language
/// defines: Liquid would print nothing for them, silently.
/// </summary>
public static partial class UiStringUses
{
    public static void Check(SourceTree theme, IReadOnlySet<string> defined, DiagnosticBag diagnostics)
    {
        foreach (var relative in theme.Files(ThemeLayout.Layouts, diagnostics, "*.liquid", recursive: false))
        {
            var file = theme.DisplayPath(relative);
            var text = theme.ReadText(relative, diagnostics);
            if (text is null)
            {
                continue;
            }

            foreach (Match block in LiquidBlock().Matches(text))
            {
                foreach (Match use in Use().Matches(block.Value))
                {
                    var key = use.Groups["key"];
                    if (!defined.Contains(key.Value))
                    {
                        var at = block.Index + key.Index;
                        var line = text.AsSpan(0, at).Count('\n') + 1;
                        var column = at - (text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1) + 1;
                        diagnostics.Error(
                            new SourceLocation(file, line, column),
                            DiagnosticCode.MissingUiString, $"the UI string '{key.Value}' is used here but no language defines it",
                            $"add '{key.Value}: …' to every file of {ThemeLayout.Folder}/{ThemeLayout.Strings}/, or correct the name");
                    }
                }
            }
        }
    }

    [GeneratedRegex(@"\{\{.*?\}\}|\{%.*?%\}", RegexOptions.Singleline)]
    private static partial Regex LiquidBlock();

    [GeneratedRegex(@"(?<![\w.])(?:[A-Za-z_]\w*\.)?t\.(?<key>[A-Za-z_]\w*)")]
    private static partial Regex Use();
}
