using Site.Benchmarks;

return args switch
{
    ["generate", var n, var folder, ..] => CorpusCommand.Generate(int.Parse(n), folder, SeedOf(args)),
    ["run", ..] => BenchmarkRun.Run(args[1..]),
    ["scan", var folder, ..] => ScanCommand.Run(folder, args.Length > 2 ? int.Parse(args[2]) : 3),
    _ => Usage(),
};

static int SeedOf(string[] args) => args.Length > 3 ? int.Parse(args[3]) : 1;

static int Usage()
{
    Console.Error.WriteLine("""
        usage:
          dotnet run --project tests/Site.Benchmarks -c Release -- generate N FOLDER [SEED]
          dotnet run --project tests/Site.Benchmarks -c Release -- run [--sizes 1000,5000,10000] [--runs 5]
              [--root /dev/shm/site-bench] [--site-dll PATH] [--no-check] [--cache] [--input DIR]
          dotnet run --project tests/Site.Benchmarks -c Release -- scan BUILT-FOLDER [RUNS]
        See docs/performance.md.
        """);
    return 2;
}
