namespace Site.Checks.Scanning;

/// <summary>Splits a srcset value into its candidate URLs as the HTML standard does.</summary>
/// <remarks>A URL may itself contain commas (data: URLs); only a comma after whitespace or at its end separates.</remarks>
internal static class SrcsetParser
{
    public static IReadOnlyList<string> Urls(string srcset)
    {
        var urls = new List<string>();
        int i = 0;
        while (i < srcset.Length)
        {
            while (i < srcset.Length && (char.IsWhiteSpace(srcset[i]) || srcset[i] == ','))
            {
                i++;
            }

            int start = i;
            while (i < srcset.Length && !char.IsWhiteSpace(srcset[i]))
            {
                i++;
            }

            if (start == i)
            {
                break;
            }

            string url = srcset[start..i];
            if (url.EndsWith(','))
            {
                urls.Add(url.TrimEnd(','));
                continue;
            }

            urls.Add(url);
            SkipDescriptors(srcset, ref i);
        }

        return urls;
    }

    private static void SkipDescriptors(string srcset, ref int i)
    {
        bool inParentheses = false;
        for (; i < srcset.Length; i++)
        {
            char c = srcset[i];
            if (c == '(')
            {
                inParentheses = true;
            }
            else if (c == ')')
            {
                inParentheses = false;
            }
            else if (c == ',' && !inParentheses)
            {
                i++;
                return;
            }
        }
    }
}
