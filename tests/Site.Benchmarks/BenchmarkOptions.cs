using System.Globalization;

namespace Site.Benchmarks;

/// <summary>The options of <c>run</c>: which corpora, how many runs, where to write, which build.</summary>
/// <param name="Cache">Whether builds keep rendered bodies for the next run (warm builds); by default each build is cold.</param>
internal sealed record BenchmarkOptions(int[] Sizes, int Runs, string Root, string SiteDll, string Theme, bool Check, string? Input, bool Cache = false)
{
    public static BenchmarkOptions? Parse(string[] args)
    {
        var repository = FindRepository();
        var options = new BenchmarkOptions(
            [1000, 5000, 10000],
            5,
            Directory.Exists("/dev/shm") ? "/dev/shm/site-bench" : Path.Combine(Path.GetTempPath(), "site-bench"),
            Path.Combine(repository, "src", "Site.Cli", "bin", "Release", "net10.0", "site.dll"),
            Path.Combine(repository, "theme"),
            true,
            null);
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value");
            options = args[i] switch
            {
                "--sizes" => options with { Sizes = Next().Split(',').Select(s => int.Parse(s, CultureInfo.InvariantCulture)).ToArray() },
                "--runs" => options with { Runs = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--root" => options with { Root = Next() },
                "--site-dll" => options with { SiteDll = Path.GetFullPath(Next()) },
                "--theme" => options with { Theme = Path.GetFullPath(Next()) },
                "--no-check" => options with { Check = false },
                "--cache" => options with { Cache = true },
                "--input" => options with { Input = Path.GetFullPath(Next()) },
                _ => null!,
            };
            if (options is null)
            {
                Console.Error.WriteLine($"unknown option {args[i]}");
                return null;
            }
        }

        return options;
    }

    /// <summary>The corpora to build: the given input folder, or one generated corpus per size.</summary>
    public IEnumerable<(string Name, string Input)> Corpora()
    {
        if (Input is not null)
        {
            yield return (Path.GetFileName(Path.GetDirectoryName(Input)!) ?? "input", Input);
            yield break;
        }

        foreach (var size in Sizes)
        {
            var folder = Path.Combine(Root, $"corpus-{size}");
            CorpusCommand.Generate(size, folder, seed: 1);
            yield return ($"generated {size}", Path.Combine(folder, "input"));
        }
    }

    private static string FindRepository()
    {
        for (var folder = new DirectoryInfo(Environment.CurrentDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Site.sln")))
            {
                return folder.FullName;
            }
        }

        return Environment.CurrentDirectory;
    }
}
