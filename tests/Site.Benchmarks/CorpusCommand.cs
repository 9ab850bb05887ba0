namespace Site.Benchmarks;

/// <summary>Writes a generated corpus into a folder, unless one of the same size and seed is already there.</summary>
internal static class CorpusCommand
{
    public static int Generate(int articles, string folder, int seed)
    {
        var stamp = Path.Combine(folder, ".corpus");
        var expected = $"{articles} {seed} {CorpusGenerator.Version}";
        if (File.Exists(stamp) && File.ReadAllText(stamp) == expected)
        {
            Console.Error.WriteLine($"corpus {folder} is up to date");
            return 0;
        }

        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }

        var files = new CorpusGenerator(seed).Write(articles, folder);
        File.WriteAllText(stamp, expected);
        Console.Error.WriteLine($"corpus: {articles} articles, {files} files in {folder}");
        return 0;
    }
}
