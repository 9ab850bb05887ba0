using Site.Core.Diagnostics;

namespace Site.Content.FrontMatter;

/// <summary>Finds the front matter between the first two <c>---</c> lines of a source file.</summary>
public static class FrontMatterSplitter
{
    public static FrontMatterBlock? Split(string text, string file, DiagnosticBag diagnostics)
    {
        if (text.Trim().Length == 0)
        {
            diagnostics.Error(new SourceLocation(file, 1, 1), DiagnosticCode.EmptyFile, "the file is empty", "start it with front matter between two '---' lines (title, date, category)");
            return null;
        }

        var firstEnd = text.IndexOf('\n');
        var firstLine = firstEnd < 0 ? text : text[..firstEnd];
        if (firstLine.TrimEnd() != "---")
        {
            diagnostics.Error(new SourceLocation(file, 1, 1), DiagnosticCode.FrontMatterMissing, "the file does not start with front matter", "put a line '---' first, then the front matter (title, date, category), then another '---'");
            return null;
        }

        var position = firstEnd + 1;
        var line = 2;
        while (position <= text.Length && firstEnd >= 0)
        {
            var end = text.IndexOf('\n', position);
            var current = end < 0 ? text[position..] : text[position..end];
            if (current.TrimEnd() is "---" or "...")
            {
                var body = end < 0 ? string.Empty : text[(end + 1)..];
                return new FrontMatterBlock(text[(firstEnd + 1)..position], 2, body, line + 1);
            }

            if (end < 0)
            {
                break;
            }

            position = end + 1;
            line++;
        }

        diagnostics.Error(new SourceLocation(file, 1, 1), DiagnosticCode.FrontMatterNotClosed, "the front matter is not closed", "add a line '---' after the last front matter key");
        return null;
    }
}
