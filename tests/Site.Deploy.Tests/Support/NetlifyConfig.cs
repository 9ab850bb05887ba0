using Tomlyn;
using Tomlyn.Model;

namespace Site.Deploy.Tests.Support;

/// <summary>netlify.toml as Netlify reads it: the build table, the redirect rules in order, the header rules.</summary>
internal sealed class NetlifyConfig
{
    private NetlifyConfig(TomlTable root) => Root = root;

    public TomlTable Root { get; }

    public TomlTable Build => (TomlTable)Root["build"];

    public IReadOnlyList<TomlTable> Redirects => ((TomlTableArray)Root["redirects"]).ToList();

    public IReadOnlyList<TomlTable> Headers => ((TomlTableArray)Root["headers"]).ToList();

    public static NetlifyConfig Load() => new(TomlSerializer.Deserialize<TomlTable>(RepositoryFile.Read("netlify.toml"))!);

    /// <summary>The headers of the rule whose path is exactly <paramref name="path"/>.</summary>
    public TomlTable HeadersFor(string path)
    {
        var rule = Assert.Single(Headers, h => (string)h["for"] == path);
        return (TomlTable)rule["values"];
    }
}
