using Site.Core.Urls;

namespace Site.Content.Markdown.AbsoluteLinks;

/// <summary>Resolves each candidate of a <c>srcset</c> (<c>a.jpg 400w, b.jpg 2x</c>) against the page, descriptors kept.</summary>
internal static class SrcsetUrls
{
    public static string Resolve(string srcset, Uri page) => Resolve(srcset, url => PageRelativeUrl.Resolve(url, page));

    /// <summary>Each candidate's URL as <paramref name="resolve"/> says (null: as written), descriptors kept.</summary>
    public static string Resolve(string srcset, Func<string, string?> resolve)
    {
        var candidates = new List<string>();
        var at = 0;
        while (at < srcset.Length)
        {
            while (at < srcset.Length && (IsSpace(srcset[at]) || srcset[at] == ','))
            {
                at++;
            }

            var start = at;
            while (at < srcset.Length && !IsSpace(srcset[at]))
            {
                at++;
            }

            var url = srcset[start..at];
            var descriptor = string.Empty;
            if (url.EndsWith(','))
            {
                url = url.TrimEnd(',');
            }
            else
            {
                var comma = srcset.IndexOf(',', at);
                var end = comma < 0 ? srcset.Length : comma;
                descriptor = srcset[at..end].Trim();
                at = end;
            }

            if (url.Length > 0)
            {
                var resolved = resolve(url) ?? url;
                candidates.Add(descriptor.Length == 0 ? resolved : resolved + " " + descriptor);
            }
        }

        return string.Join(", ", candidates);
    }

    private static bool IsSpace(char c) => c is ' ' or '\t' or '\n' or '\r' or '\f';
}
