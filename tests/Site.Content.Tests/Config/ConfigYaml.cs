using Site.Content.Yaml;
using Site.Core.Diagnostics;

using YamlDotNet.RepresentationModel;

namespace Site.Content.Tests.Config;

/// <summary>A piece of site.yml as the readers get it: a mapping that reports into a bag.</summary>
internal static class ConfigYaml
{
    public static YamlMap Map(string text, DiagnosticBag diagnostics) =>
        new((YamlMappingNode)YamlDocumentReader.Read(text, "site.yml", 1, diagnostics)!, "site.yml", 1, diagnostics);
}
