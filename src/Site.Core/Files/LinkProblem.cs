namespace Site.Core.Files;

/// <summary>Why a symbolic link leads nowhere.</summary>
internal enum LinkProblem
{
    None,

    /// <summary>It, or a link it leads to, names something that does not exist.</summary>
    Dangling,

    /// <summary>It leads back to itself through more links than any real chain has.</summary>
    Loop,
}
