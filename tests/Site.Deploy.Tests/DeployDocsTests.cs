using System.Text.RegularExpressions;
using Site.Deploy.Tests.Support;

namespace Site.Deploy.Tests;

/// <summary>The README and the guides lead somewhere: every relative link of theirs names a file or folder of the repository.</summary>
public sealed partial class DeployDocsTests
{
    public static TheoryData<string> Documents() =>
        new(new[] { "README.md" }.Concat(Directory.EnumerateFiles(RepositoryFile.Path("docs"), "*.md").Select(f => "docs/" + Path.GetFileName(f))).Order(StringComparer.Ordinal));

    [Theory]
    [MemberData(nameof(Documents))]
    public void GivenADocumentThenEachOfItsRelativeLinksLeadsToAFileOfTheRepository(string document)
    {
        var folder = Path.GetDirectoryName(RepositoryFile.Path(document))!;

        // Links inside code (fenced blocks, `spans`) are examples of what authors write, not links of the document.
        var prose = InlineCode().Replace(FencedCode().Replace(RepositoryFile.Read(document), string.Empty), string.Empty);

        var broken = MarkdownLink().Matches(prose)
            .Select(m => m.Groups["target"].Value.Split('#')[0])
            .Where(target => target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
            .ToList();

        Assert.Empty(broken);
    }

    [GeneratedRegex(@"^(```|~~~).*?^\1", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex FencedCode();

    [GeneratedRegex(@"`[^`\n]*`")]
    private static partial Regex InlineCode();

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();
}
