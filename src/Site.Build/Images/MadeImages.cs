using Site.Build.Plan;

namespace Site.Build.Images;

/// <summary>What the "make images" step did: the plan rows of the variants, and how many were made or reused.</summary>
internal sealed record MadeImages(IReadOnlyList<PlannedPage> Rows, int Pictures, int Made, int Reused)
{
    public static MadeImages None { get; } = new([], 0, 0, 0);

    /// <summary>The progress line's detail: "12 images: 40 variants made, 20 reused".</summary>
    public string Summary => $"{Pictures} {(Pictures == 1 ? "image" : "images")}: {Made} {(Made == 1 ? "variant" : "variants")} made, {Reused} reused";
}
