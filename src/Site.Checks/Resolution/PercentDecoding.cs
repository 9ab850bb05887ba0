using System.Text;

namespace Site.Checks.Resolution;

/// <summary>Decodes %XX sequences as UTF-8, as servers do for paths; '+' stays a plus.</summary>
internal static class PercentDecoding
{
    public static string Decode(string value)
    {
        if (!value.Contains('%'))
        {
            return value;
        }

        var decoded = new StringBuilder(value.Length);
        var bytes = new List<byte>();
        for (int i = 0; i < value.Length; i++)
        {
            if (value[i] == '%' && i + 2 < value.Length && IsHex(value[i + 1]) && IsHex(value[i + 2]))
            {
                bytes.Add(Convert.ToByte(value.Substring(i + 1, 2), 16));
                i += 2;
                continue;
            }

            Flush(bytes, decoded);
            decoded.Append(value[i]);
        }

        Flush(bytes, decoded);
        return decoded.ToString();
    }

    private static void Flush(List<byte> bytes, StringBuilder decoded)
    {
        if (bytes.Count > 0)
        {
            decoded.Append(Encoding.UTF8.GetString([.. bytes]));
            bytes.Clear();
        }
    }

    private static bool IsHex(char c) => char.IsAsciiHexDigit(c);
}
