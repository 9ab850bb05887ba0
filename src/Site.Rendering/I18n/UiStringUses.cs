using System.Text.RegularExpressions;

using Site.Core.Diagnostics;

namespace Site.Rendering.I18n;

/// <summary>
/// Finds the UI strings the layouts use (<c>t.key</c>, or <c>language.t.key</c> on the root page) that no language
/// defines: Liquid would print nothing for them, silently.
/// </summary>
public static partial class UiStringUses
{
    public static void Check(string themeDirectory, IReadOnlySet<string> defined, DiagnosticBag diagnostics)
    {
        var layouts = Path.Combine(themeDirectory, "layouts");
        if (!Directory.Exists(layouts))
        {
            return;
        }

        foreach (var path in Directory.EnumerateFiles(layouts, "*.liquid").Order(StringComparer.Ordinal))
        {
            var file = $"theme/layouts/{Path.GetFileName(path)}";
            var text = File.ReadAllText(path);
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
                            $"the UI string '{key.Value}' is used here but no language defines it",
                            $"add '{key.Value}: …' to every file of theme/i18n/, or correct the name");
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
