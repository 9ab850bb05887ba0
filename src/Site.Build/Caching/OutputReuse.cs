using System.IO.Hashing;
using System.Text;
using Site.Build.Output;
using Site.Build.Plan;
using Site.Build.Search;
using Site.Checks;
using Site.Core.Diagnostics;
using Site.Core.Files;

namespace Site.Build.Caching;

/// <summary>
/// For <c>site build</c> with a build cache: the manifest of the output the last build published, the input as it is
/// now, and the decisions made from them: whether nothing changed at all (the build then ends at once), and which
/// files can be carried from the previous output because what they are made from did not change.
/// </summary>
internal sealed class OutputReuse
{
    /// <summary>
    /// How close to the start of a build a file may have been written and still be trusted by its size and time: a
    /// file system's clock may not tick between two writes this close, so a second edit could keep both.
    /// </summary>
    public static readonly TimeSpan SameStampWindow = TimeSpan.FromSeconds(2);

    private const string Magic = "site-output-manifest/5";

    private static readonly Hash128 CodeVersion = CodeIdentity();

    private readonly string _file;
    private readonly Lazy<(Dictionary<string, FileStamp> Files, bool NothingElse)> _output;
    private readonly Lazy<Dictionary<string, PageScan>?> _baseScans;
    private readonly Lazy<Dictionary<string, PageScan>> _scans;
    private readonly bool _inputsPlain;
    private readonly long _trustedBefore;

    private OutputReuse(string file, string output, OutputManifest? previous, Dictionary<string, FileStamp> inputs, bool inputsTrusted, Lazy<(Dictionary<string, FileStamp> Files, bool NothingElse)> outputNow, bool inputsPlain, long trustedBefore)
    {
        _inputsPlain = inputsPlain;
        _trustedBefore = trustedBefore;
        _file = file;
        Output = output;
        Previous = previous;
        Inputs = inputs;
        InputsTrusted = inputsTrusted;
        _output = outputNow;
        _baseScans = new(() => Previous is null ? null : ReadFile(ScansFile, reader => OutputManifest.ReadScans(reader, Previous.ScansId)));
        _scans = new(() => (_baseScans.Value is not { } scans ? null
            : Previous!.DeltaId.Length == 0 ? scans
            : ReadFile(DeltaFile, reader => OutputManifest.ReadScansDelta(reader, Previous.DeltaId, Previous.ScansId, scans))) ?? new(StringComparer.Ordinal));
    }

    public string Output { get; }

    /// <summary>The manifest of the output as the last build published it; null when there is none or it is unusable.</summary>
    public OutputManifest? Previous { get; }

    /// <summary>The input's and theme's files as this build found them when it started.</summary>
    public Dictionary<string, FileStamp> Inputs { get; }

    public bool InputsTrusted { get; }

    /// <summary>
    /// An input file's size and time as listed when this build started (by its path relative to the input folder),
    /// when they can be trusted to tell an edit: written more than <see cref="SameStampWindow"/> before, and no
    /// symbolic link in the input (whose stamp says nothing of what it leads to); null otherwise.
    /// </summary>
    public FileStamp? TrustedInput(string path) =>
        _inputsPlain && Inputs.TryGetValue(InputLayout.Folder + "/" + path, out var stamp) && stamp.Modified < _trustedBefore ? stamp : null;

    /// <summary>The scans the previous build kept, by page (read once, when first asked); empty when unusable.</summary>
    public Dictionary<string, PageScan> PreviousScans => _scans.Value;

    private string ScansFile => Path.ChangeExtension(_file, ".scans");

    private string DeltaFile => Path.ChangeExtension(_file, ".scans-delta");

    /// <summary>
    /// The files of the previous output that are still there, with their sizes and times as they are now (looked at
    /// once, when first asked, by their paths: the output is not listed).
    /// </summary>
    public Dictionary<string, FileStamp> OutputNow => _output.Value.Files;

    /// <summary>
    /// Whether every folder of the previous output still has the time it was published with: then no file or folder
    /// was added to the output, removed or renamed since (each would have changed the time of the folder holding it).
    /// </summary>
    public bool OutputHoldsNothingElse => _output.Value.NothingElse;

    /// <summary>
    /// Starts listing the output and reading the previous scans on another thread, for a build that will compare its
    /// pages with them: the work overlaps the loading and assembling of the site, which leave a core idle at times.
    /// </summary>
    public void Prefetch()
    {
        if (Previous is not null)
        {
            _ = Task.Run(() => (OutputNow, PreviousScans));
        }
    }

    /// <summary>Lists the input and theme and reads the manifest of <paramref name="options"/>' output.</summary>
    public static OutputReuse Open(BuildOptions options)
    {
        var started = DateTime.UtcNow;
        var file = ManifestPath(options);
        // The input and theme are listed on another core while the manifest is read.
        var listing = Task.Run(() => (Input: Stamps(options.InputDirectory), Theme: Stamps(options.ThemeDirectory)));
        var previous = ReadFile(file, OutputManifest.Read);
        var outputNow = new Lazy<(Dictionary<string, FileStamp>, bool)>(() => previous is null ? ([], false) : LookAt(options.OutputDirectory, previous));
        if (previous is not null)
        {
            // Whether nothing changed or some files are carried over, the output is listed: on another core, meanwhile.
            _ = Task.Run(() => outputNow.Value);
        }

        var ((input, plainInput), (theme, plainTheme)) = listing.GetAwaiter().GetResult();
        var inputs = new Dictionary<string, FileStamp>(input.Count + theme.Count, StringComparer.Ordinal);
        foreach (var (path, stamp) in input)
        {
            inputs[InputLayout.Folder + "/" + path] = stamp;
        }

        foreach (var (path, stamp) in theme)
        {
            inputs[ThemeLayout.Folder + "/" + path] = stamp;
        }

        var recent = (started - SameStampWindow).Ticks;
        var trusted = plainInput && plainTheme && inputs.Values.All(s => s.Modified < recent);
        return new OutputReuse(file, options.OutputDirectory, previous, inputs, trusted, outputNow, plainInput, recent);
    }

    private static (Dictionary<string, FileStamp> Files, bool Plain) Stamps(string folder) => (FileStamps.Of(folder, out var plain), plain);

    /// <summary>The size of the manifest the last build into <paramref name="options"/>' output left, if any: the measure of the site's size the heap's room is taken from.</summary>
    public static long? ManifestLength(BuildOptions options) =>
        new FileInfo(ManifestPath(options)) is { Exists: true } manifest ? manifest.Length : null;

    private static string ManifestPath(BuildOptions options) =>
        Path.Combine(options.CacheDirectory!, "outputs", $"{Hex(Hash(Encoding.UTF8.GetBytes(options.OutputDirectory)))}.manifest");

    /// <summary>The previous output's files and folders as they are now, by their paths: no folder is listed.</summary>
    private static (Dictionary<string, FileStamp> Files, bool NothingElse) LookAt(string output, OutputManifest previous)
    {
        var files = FileStamps.OfFiles(output, [.. previous.Rows.Keys, .. previous.Others.Keys]);
        var folders = FileStamps.OfFolders(output, [.. previous.Folders.Keys]);
        var nothingElse = folders.Count == previous.Folders.Count && previous.Folders.All(f => folders.TryGetValue(f.Key, out var now) && now == f.Value);
        return (files, nothingElse);
    }

    /// <summary>
    /// Hashes what a build's result depends on besides its input and theme files: the code, the options, the folders
    /// and the Pagefind binary that would index the site. It is known before <c>site.yml</c> or the theme is read, so
    /// that a build with nothing changed reads neither: what they decide (whether the site has search pages) follows
    /// from their files, whose stamps the manifest holds, and from this key.
    /// </summary>
    public static Hash128 BuildKey(BuildOptions options)
    {
        var named = options.Pagefind ?? Environment.GetEnvironmentVariable(PagefindLocator.EnvironmentVariable);
        var pagefind = options.IndexSearch ? PagefindLocator.Find(options.InputDirectory, named) : null;
        var hash = new FingerprintBuilder().Add(CodeVersion)
            .Add(options.InputDirectory).Add(options.ThemeDirectory).Add(options.OutputDirectory)
            .Add(options.BaseUrl?.AbsoluteUri).Add(options.Drafts ? 1 : 0).Add(options.Future ? 1 : 0).Add(options.Check ? 1 : 0)
            .Add(options.CheckPlaceholderBaseUrl ? 1 : 0).Add(options.DeploymentVariable).Add(options.RequireSearch ? 1 : 0)
            .Add(options.IndexSearch ? 1 : 0).Add(named).Add(options.SitemapLimit).Add(pagefind);
        if (pagefind is not null && new FileInfo(pagefind) is { Exists: true } binary)
        {
            hash.Add(binary.Length).Add(binary.LastWriteTimeUtc.Ticks);
        }

        return hash.ToFingerprint().Value;
    }

    /// <summary>
    /// What every page's fingerprint starts from, by content rather than by object: the code, <c>site.yml</c>, the
    /// theme's layouts and UI strings, the base URL given on the command line and the sitemap's size limit.
    /// </summary>
    public static string ContentKey(BuildOptions options)
    {
        var scratch = new DiagnosticBag();
        var hash = new FingerprintBuilder().Add(CodeVersion).Add(options.BaseUrl?.AbsoluteUri).Add(options.SitemapLimit);
        var input = SourceTree.Input(options.InputDirectory);
        hash.Add(Hash(input.ReadBytes(InputLayout.ConfigFile, scratch) ?? []));
        var theme = SourceTree.Theme(options.ThemeDirectory);
        foreach (var folder in new[] { ThemeLayout.Layouts, ThemeLayout.Strings })
        {
            foreach (var file in theme.Files(folder, scratch))
            {
                hash.Add(file).Add(Hash(theme.ReadBytes(file, scratch) ?? []));
            }
        }

        return Hex(hash.Add(scratch.Count).ToFingerprint().Value);
    }

    /// <summary>
    /// Nothing this build would make differs from the published output: the same options and code, every input file
    /// as it was (and old enough to be trusted), no held-back article due yet, and the output as it was published.
    /// </summary>
    public bool UpToDate(Hash128 buildKey, DateTimeOffset now)
    {
        if (Previous is not { } previous || previous.BuildKey != buildKey || !previous.InputsTrusted || now.UtcTicks >= previous.ValidUntil
            || !SameStamps(Inputs, previous.Inputs))
        {
            return false;
        }

        var output = OutputNow;
        return OutputHoldsNothingElse
            && output.Count == previous.Rows.Count + previous.Others.Count
            && previous.Rows.All(r => output.TryGetValue(r.Key, out var stamp) && stamp == r.Value.Stamp)
            && previous.Others.All(o => output.TryGetValue(o.Key, out var stamp) && stamp == o.Value);
    }

    /// <summary>
    /// Whether the input and theme changed in a few texts only since the last build (at most eight files, or one in a
    /// hundred, each an article or a page): then most pages are carried over. Any other change (<c>site.yml</c>, a layout, a
    /// stylesheet, an image, many texts) makes most pages again.
    /// </summary>
    public bool ChangedInFewTexts()
    {
        if (Previous is not { } previous)
        {
            return false;
        }

        var texts = new[] { $"{InputLayout.Folder}/{InputLayout.Articles}/", $"{InputLayout.Folder}/{InputLayout.Pages}/" };
        var changed = Inputs.Where(f => !previous.Inputs.TryGetValue(f.Key, out var stamp) || stamp != f.Value).Select(f => f.Key)
            .Concat(previous.Inputs.Keys.Where(path => !Inputs.ContainsKey(path)))
            .ToList();
        return changed.Count <= Math.Max(8, Inputs.Count / 100) && changed.All(path => texts.Any(folder => path.StartsWith(folder, StringComparison.Ordinal)));
    }

    /// <summary>
    /// How to publish <paramref name="made"/> by changing the published output in place rather than swapping a whole
    /// new folder in: when the build wrote fewer files than it carried over (counting the files to delete; a patch
    /// renames each file written, a swap links each file carried and then deletes the whole previous output), and the
    /// output holds nothing but the previous build's rows (no file or folder of anyone else's, no search index), so
    /// that the patched output is exactly what a swap would publish. Null when the output is to be swapped.
    /// </summary>
    public OutputPatch? Patch(ReusedWrite made)
    {
        if (Previous is not { Others.Count: 0 } previous)
        {
            return null;
        }

        var output = OutputNow;
        var deleted = previous.Rows.Keys.Where(path => !made.Rows.ContainsKey(path) && output.ContainsKey(path)).ToList();
        return (made.Made.Count + deleted.Count) * 2 > previous.Rows.Count || !OutputHoldsNothingElse ? null : new OutputPatch(made.Made, deleted);
    }

    /// <summary>
    /// Records the published output in the build cache, for the next build to compare itself with. The site is
    /// published already: a manifest that cannot be written (a full disk) only means that the next build renders
    /// everything.
    /// </summary>
    /// <param name="indexed">
    /// Whether Pagefind wrote into the output: its files are then listed; otherwise the output holds the plan's rows
    /// alone (the staging folder started empty), and only the files this build wrote are looked at, a carried file
    /// being the previous one under a second name, with its size and time.
    /// </param>
    /// <param name="patched">The patch the output was published with, when it was patched in place: only the folders it touched have another time.</param>
    public void Remember(ReusedWrite made, Hash128 buildKey, DateTimeOffset? nextPublication, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Finding> findings, IReadOnlyList<KeyValuePair<string, int>> byKind, bool indexed = true, OutputPatch? patched = null)
    {
        try
        {
            // A delta amends the scans file the previous manifest named; a whole file gets an id of its own.
            var delta = Delta(made.Scans);
            var (scansId, deltaId) = delta is null ? (Guid.NewGuid().ToString("N"), string.Empty) : (Previous!.ScansId, Guid.NewGuid().ToString("N"));
            var manifest = Manifest(made, buildKey, nextPublication, diagnostics, findings, byKind, indexed, patched, scansId, deltaId);
            if (delta is { } amended)
            {
                SaveDelta(manifest, amended.Removed, amended.Changed);
            }
            else
            {
                Save(manifest, made.Scans);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Save writes a temporary file and renames it: the manifest is whole or absent, never half written.
        }
    }

    private OutputManifest Manifest(ReusedWrite made, Hash128 buildKey, DateTimeOffset? nextPublication, IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<Finding> findings, IReadOnlyList<KeyValuePair<string, int>> byKind, bool indexed, OutputPatch? patched, string scansId, string deltaId)
    {
        var stamps = indexed ? FileStamps.Of(Output, out _) : null;
        var rows = new Dictionary<string, ManifestRow>(made.Rows.Count, StringComparer.Ordinal);
        foreach (var (path, row) in made.Rows)
        {
            // A carried row keeps the stamp it was published with; a row written now has none yet.
            var found = stamps is not null ? (stamps.TryGetValue(path, out var listed) ? listed : (FileStamp?)null)
                : row.Stamp != default ? row.Stamp
                : StampOf(path);

            // A file that vanished since it was published has no stamp: the next build writes it again.
            rows[path] = row with { Fingerprint = found is null ? null : row.Fingerprint, Stamp = found ?? default };
        }

        stamps ??= [];
        var others = stamps.Where(s => !rows.ContainsKey(s.Key)).ToDictionary(s => s.Key, s => s.Value, StringComparer.Ordinal);
        List<string> folders = ["", .. OutputPatch.FoldersHolding(rows.Keys.Concat(others.Keys))];
        var folderStamps = patched is null || Previous is null ? FileStamps.OfFolders(Output, folders) : PatchedFolders(folders, patched, Previous);

        return new OutputManifest
        {
            ScansId = scansId,
            DeltaId = deltaId,
            BuildKey = buildKey,
            Inputs = Inputs,
            InputsTrusted = InputsTrusted,
            ValidUntil = nextPublication?.UtcTicks ?? long.MaxValue,
            Rows = rows,
            Others = others,
            Folders = folderStamps,
            Diagnostics = diagnostics,
            Findings = findings,
            PagesByKind = byKind,
        };
    }

    /// <summary>
    /// The folders of an output patched in place: those holding a file the patch moved or deleted, and those it made,
    /// are looked at again; the others kept the time they had, since nothing else changed the output (the condition
    /// of a patch, <see cref="OutputHoldsNothingElse"/>).
    /// </summary>
    private Dictionary<string, FileStamp> PatchedFolders(List<string> folders, OutputPatch patched, OutputManifest previous)
    {
        var touched = OutputPatch.FoldersHolding(patched.Moved.Concat(patched.Deleted));
        var again = folders.Where(f => f.Length == 0 || touched.Contains(f) || !previous.Folders.ContainsKey(f)).ToHashSet(StringComparer.Ordinal);
        var stamps = FileStamps.OfFolders(Output, [.. again]);
        foreach (var folder in folders)
        {
            if (!again.Contains(folder) && previous.Folders.TryGetValue(folder, out var kept))
            {
                stamps[folder] = kept;
            }
        }

        return stamps;
    }

    /// <summary>A published file's size and time, as <see cref="FileStamps"/> lists them; null when it is gone.</summary>
    private FileStamp? StampOf(string path) =>
        new FileInfo(Path.Combine(Output, path)) is { Exists: true } file ? new FileStamp(file.Length, file.LastWriteTimeUtc.Ticks) : null;

    /// <summary>
    /// Removes the manifest before the output is swapped: a build killed in between leaves none, never a wrong one.
    /// The scans file stays: without a manifest that names it, it is ignored, and a delta may amend it (below).
    /// </summary>
    public void Forget()
    {
        foreach (var file in new[] { _file, DeltaFile })
        {
            if (File.Exists(file))
            {
                File.Delete(file);
            }
        }
    }

    /// <summary>Writes the scans, then the manifest that names them.</summary>
    private void Save(OutputManifest manifest, IReadOnlyCollection<PageScan> scans)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        WriteFile(ScansFile, writer => OutputManifest.WriteScans(writer, manifest.ScansId, scans));
        WriteFile(_file, manifest.Write);
    }

    /// <summary>
    /// The pages whose scans are not the scans file's (by object: a carried page keeps the scan read from it) and the
    /// pages it has that this build has not, when they are few enough to be written as a delta of the scans file;
    /// null when the whole file is to be written again. After one edit, a delta holds a few pages instead of every
    /// page's scan (64 MB at 5,000 articles); it grows with each build, and once it holds an eighth of the pages the
    /// next build writes the scans file whole again.
    /// </summary>
    private (List<string> Removed, List<PageScan> Changed)? Delta(IReadOnlyList<PageScan> scans)
    {
        if (Previous is null || _baseScans.Value is not { } baseScans || baseScans.Count == 0)
        {
            return null;
        }

        var limit = baseScans.Count / 8;
        var changed = new List<PageScan>();
        var present = new HashSet<string>(scans.Count, StringComparer.Ordinal);
        foreach (var scan in scans)
        {
            present.Add(scan.Path);
            if (!baseScans.TryGetValue(scan.Path, out var kept) || !ReferenceEquals(kept, scan))
            {
                changed.Add(scan);
            }
        }

        var removed = baseScans.Keys.Where(path => !present.Contains(path)).ToList();
        return changed.Count + removed.Count > limit ? null : (removed, changed);
    }

    /// <summary>Writes the delta, then the manifest that names it and the scans file it amends, which is left as it is.</summary>
    private void SaveDelta(OutputManifest manifest, IReadOnlyCollection<string> removed, IReadOnlyCollection<PageScan> changed)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
        WriteFile(DeltaFile, writer => OutputManifest.WriteScansDelta(writer, manifest.DeltaId, manifest.ScansId, removed, changed));
        WriteFile(_file, manifest.Write);
    }

    /// <summary>Writes a file whole or not at all (temporary file, rename), its content followed by its checksum.</summary>
    private static void WriteFile(string file, Action<BinaryWriter> write)
    {
        var temporary = file + ".tmp";
        using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 16))
        {
            var hashing = new HashingStream(stream);
            using (var writer = new BinaryWriter(hashing, Encoding.UTF8, leaveOpen: true))
            {
                writer.Write(Magic);
                write(writer);
            }

            Span<byte> checksum = stackalloc byte[16];
            hashing.Hash.WriteLittleEndian(checksum);
            stream.Write(checksum);
        }

        File.Move(temporary, file, overwrite: true);
    }

    /// <summary>What a file written by <see cref="WriteFile"/> holds, or null when it is missing or damaged.</summary>
    private static T? ReadFile<T>(string file, Func<BinaryReader, T?> read)
        where T : class
    {
        try
        {
            var bytes = CacheFiles.ReadAllBytes(file);
            if (bytes.Length < 16
                || Hash128.ReadLittleEndian(bytes.AsSpan(bytes.Length - 16)) != Hash(bytes.AsSpan(0, bytes.Length - 16)))
            {
                return null;
            }

            // Visible: the scans keep their references undecoded in this buffer until asked (StoredReferences).
            using var reader = new BinaryReader(new MemoryStream(bytes, 0, bytes.Length - 16, writable: false, publiclyVisible: true), Encoding.UTF8);
            return reader.ReadString() == Magic ? read(reader) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or OverflowException or ArgumentException)
        {
            return null;
        }
    }

    private static bool SameStamps(Dictionary<string, FileStamp> now, Dictionary<string, FileStamp> before) =>
        now.Count == before.Count && now.All(f => before.TryGetValue(f.Key, out var stamp) && stamp == f.Value);

    private static Hash128 Hash(ReadOnlySpan<byte> bytes) => Hash128.Of(bytes);

    private static string Hex(Hash128 value) => value.ToHex();

    /// <summary>The code that makes and checks pages: any change to it (a new build of ours, another package) changes every fingerprint.</summary>
    private static Hash128 CodeIdentity()
    {
        var hash = new FingerprintBuilder().Add(Magic);
        Type[] types =
        [
            typeof(SiteBuilder), typeof(Site.Rendering.Pages.PageRenderer), typeof(Site.Content.Markdown.MarkdownRenderer),
            typeof(Site.Core.Site.SiteModel), typeof(Site.Checks.LinkChecker), typeof(Markdig.Markdown), typeof(Fluid.FluidParser),
            typeof(YamlDotNet.RepresentationModel.YamlStream), typeof(AngleSharp.Html.Parser.HtmlParser), typeof(SkiaSharp.SKBitmap),
            typeof(object),
        ];
        foreach (var type in types)
        {
            hash.Add(type.Assembly.ManifestModule.ModuleVersionId.ToString());
        }

        return hash.ToFingerprint().Value;
    }
}
