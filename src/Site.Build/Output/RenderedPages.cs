using Site.Checks;

namespace Site.Build.Output;

/// <summary>What a publisher rendered, as the link check needs it.</summary>
/// <param name="ToCheck">The pages to check.</param>
/// <param name="All">Every page of the site as it will be, where fragments are looked up.</param>
/// <param name="Files">Every file of the site as it will be.</param>
internal sealed record RenderedPages(IReadOnlyList<PageScan> ToCheck, IReadOnlyDictionary<string, PageScan> All, OutputFileSet Files);
