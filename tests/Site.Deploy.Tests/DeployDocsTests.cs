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

        var broken = MarkdownLink().Matches(RepositoryFile.Read(document))
            .Select(m => m.Groups["target"].Value.Split('#')[0])
            .Where(target => target.Length > 0 && !target.Contains("://", StringComparison.Ordinal) && !target.StartsWith("mailto:", StringComparison.Ordinal))
            .Where(target => !File.Exists(Path.Combine(folder, target)) && !Directory.Exists(Path.Combine(folder, target)))
            .ToList();

        Assert.Empty(broken);
    }

    [GeneratedRegex(@"\]\((?<target>[^)\s]+)(?:\s+""[^""]*"")?\)")]
    private static partial Regex MarkdownLink();
}
