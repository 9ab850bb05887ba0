using System.CommandLine;

namespace Site.Cli.Commands;

/// <summary>The <c>--base-url</c> option: an absolute http or https address, refused as a usage error otherwise.</summary>
internal static class BaseUrlOption
{
    public static Option<Uri?> Create(string description) => new("--base-url")
    {
        Description = description,
        CustomParser = result =>
        {
            var text = result.Tokens.Count > 0 ? result.Tokens[0].Value : string.Empty;
            if (Uri.TryCreate(text, UriKind.Absolute, out var url) && url.Scheme is "http" or "https")
            {
                return url;
            }

            result.AddError($"--base-url must be an absolute http or https address, not '{text}'");
            return null;
        },
    };
}
