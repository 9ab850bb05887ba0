using System.Text;

using Site.TestSupport;

namespace Site.Build.Tests.Hardening;

/// <summary>
/// Files a test row writes into a test site, as alternating path and content: a path under <c>theme/</c> goes to the
/// theme, any other to the input; a null content deletes the file; <see cref="InvalidByte"/> stands for a byte that is
/// not UTF-8.
/// </summary>
internal static class InputFiles
{
    public const char InvalidByte = '\uFFFF';

    public const string Valid = "---\ntitle: A\ndate: 2021-06-16T18:00:00+02:00\ncategory: monde\n---\nTexte.\n";

    public static string[] Of(params (string Path, string? Content)[] files) => files.SelectMany(f => new[] { f.Path, f.Content! }).ToArray();

    /// <summary>The test site's site.yml with one piece of text replaced.</summary>
    public static string Config(string valid, string broken)
    {
        Assert.Contains(valid, TestSite.BilingualConfig);
        return TestSite.BilingualConfig.Replace(valid, broken);
    }

    /// <summary>A file of the default theme with one piece of text replaced.</summary>
    public static string Theme(string path, string valid, string broken)
    {
        var text = File.ReadAllText(Path.Combine(RepositoryPaths.Theme, path));
        Assert.Contains(valid, text);
        return text.Replace(valid, broken);
    }

    public static void WriteInto(TestSite site, string[] files)
    {
        for (var i = 0; i < files.Length; i += 2)
        {
            var (path, content) = (files[i], files[i + 1]);
            var full = path.StartsWith("theme/", StringComparison.Ordinal) ? Path.Combine(site.Theme, path["theme/".Length..]) : Path.Combine(site.Input, path);
            if (content is null)
            {
                File.Delete(full);
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(full)!);
            File.WriteAllBytes(full, Bytes(content));
        }
    }

    private static byte[] Bytes(string content) =>
        content.Split(InvalidByte).SelectMany((part, i) => (i == 0 ? [] : new byte[] { 0xFF }).Concat(Encoding.UTF8.GetBytes(part))).ToArray();
}
