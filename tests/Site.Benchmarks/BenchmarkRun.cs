using System.Diagnostics;
using System.Globalization;

namespace Site.Benchmarks;

/// <summary>
/// Times whole builds of generated corpora as separate processes under <c>/usr/bin/time -v</c>: wall and CPU time,
/// peak memory, pages per second and the time of each build step, median of several runs after one warm-up.
/// </summary>
internal static class BenchmarkRun
{
    public static int Run(string[] args)
    {
        var options = BenchmarkOptions.Parse(args);
        if (options is null)
        {
            return 2;
        }

        if (!File.Exists(options.SiteDll))
        {
            Console.Error.WriteLine($"{options.SiteDll} not found: run 'dotnet build src/Site.Cli -c Release' first, or pass --site-dll");
            return 2;
        }

        Console.WriteLine($"| corpus | check | files | wall s (min–max) | cpu s | pages/s | peak RSS MiB | {string.Join(" | ", BuildMeasurement.StepHeaders)} |");
        Console.WriteLine($"|---|---|---:|---:|---:|---:|---:|{string.Concat(BuildMeasurement.StepHeaders.Select(_ => "---:|"))}");
        foreach (var (name, input) in options.Corpora())
        {
            var output = Path.Combine(options.Root, name + "-out");
            var runs = new List<BuildMeasurement>();
            for (var run = 0; run <= options.Runs; run++)
            {
                var measurement = Measure(options, input, output);
                if (measurement is null)
                {
                    return 1;
                }

                if (run > 0)
                {
                    runs.Add(measurement);
                }
            }

            Console.WriteLine(BuildMeasurement.Row(options.Cache ? name + " (warm cache)" : name, options.Check, runs));
        }

        return 0;
    }

    private static BuildMeasurement? Measure(BenchmarkOptions options, string input, string output)
    {
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardError = true,
            RedirectStandardOutput = true,
        };
        foreach (var argument in new[] { "-v", "dotnet", options.SiteDll, "build", "--input", input, "--output", output, "--theme", options.Theme })
        {
            start.ArgumentList.Add(argument);
        }

        if (!options.Check)
        {
            start.ArgumentList.Add("--no-check");
        }

        if (!options.Cache)
        {
            start.ArgumentList.Add("--no-cache");
        }

        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine($"build of {input} failed with exit {process.ExitCode}:\n{stderr}");
            return null;
        }

        return BuildMeasurement.Parse(stdout.Result, stderr);
    }
}
