using System.Text;

namespace Site.TestSupport;

/// <summary>A small real site in a temporary folder: input/, a copy of the default theme, and room for output/.</summary>
public sealed class TestSite : IDisposable
{
    public const string BilingualConfig = """
        title: { fr: "Le Journal", en: "The Paper" }
        description: { fr: "Un journal", en: "A paper" }
        baseUrl: https://example.org/
        defaultLanguage: fr
        languages:
          - { code: fr, name: Français, culture: fr-FR }
          - { code: en, name: English, culture: en-GB }
        pageSize: 10
        lists: summary
        author: "La rédaction"
        timeZone: Europe/Paris
        categories:
          monde: { fr: "Monde", en: "World" }
          economie: { fr: "Économie", en: "Economy" }
        tags:
          "Vladimir Poutine": { en: "Vladimir Putin" }
        """;

    public TestSite(string? config = null)
    {
        Root = Path.Combine(Path.GetTempPath(), "site-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Input);
        CopyFolder(RepositoryPaths.Theme, Theme);
        WriteInput("site.yml", config ?? BilingualConfig);
    }

    public string Root { get; }

    public string Input => Path.Combine(Root, "input");

    public string Theme => Path.Combine(Root, "theme");

    public string Output => Path.Combine(Root, "output");

    public TestSite WriteInput(string relativePath, string text) => WriteBytes(Path.Combine(Input, relativePath), Encoding.UTF8.GetBytes(text));

    public TestSite WriteInputBytes(string relativePath, byte[] bytes) => WriteBytes(Path.Combine(Input, relativePath), bytes);

    public TestSite WriteTheme(string relativePath, string text) => WriteBytes(Path.Combine(Theme, relativePath), Encoding.UTF8.GetBytes(text));

    /// <summary>Writes an article with the usual front matter; <paramref name="extra"/> adds lines to it.</summary>
    public TestSite Article(string path, string title, string date, string category = "monde", string body = "Premier paragraphe.\n", string extra = "") =>
        WriteInput(path, $"---\ntitle: \"{title}\"\ndate: {date}\ncategory: {category}\n{extra}---\n{body}");

    public string ReadOutput(string relativePath) => File.ReadAllText(Path.Combine(Output, relativePath));

    public bool OutputExists(string relativePath) => File.Exists(Path.Combine(Output, relativePath));

    /// <summary>Every output file with its content hash, to compare two builds.</summary>
    public IReadOnlyDictionary<string, string> OutputHashes() =>
        Directory.EnumerateFiles(Output, "*", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .ToDictionary(
                f => Path.GetRelativePath(Output, f),
                f => Convert.ToHexString(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(f))));

    public void Dispose()
    {
        // A process a test killed may still be torn down by the kernel while its last files are listed here
        // ("Directory not empty", seen under load): a few tries, then the failure is reported.
        for (var attempt = 1; Directory.Exists(Root); attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
            }
            catch (IOException) when (attempt < 5)
            {
                Thread.Sleep(200 * attempt);
            }
        }
    }

    private TestSite WriteBytes(string path, byte[] bytes)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return this;
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
