using System;

namespace LeadKit.Csv.Reading;

/// <summary>Picks the delimiter of a file from its header line: the most frequent of comma, semicolon and tab outside quotes (comma on a tie or when none occurs).</summary>
internal static class DelimiterSniffer
{
    internal static char Detect(ReadOnlySpan<char> text)
    {
        int commas = 0, semicolons = 0, tabs = 0;
        var quoted = false;
        foreach (var c in text)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (!quoted)
            {
                switch (c)
                {
                    case ',': commas++; break;
                    case ';': semicolons++; break;
                    case '\t': tabs++; break;
                    case '\r' or '\n': return Pick(commas, semicolons, tabs);
                }
            }
        }

        return Pick(commas, semicolons, tabs);
    }

    private static char Pick(int commas, int semicolons, int tabs) =>
        semicolons > commas && semicolons >= tabs ? ';'
        : tabs > commas && tabs > semicolons ? '\t'
        : ',';
}
