using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Querying;

/// <content>Suggesting the field a user probably meant.</content>
public static partial class FilterParser
{
    private static readonly string[] Hints =
        ["fullName", "firstName", "middleName", "lastName", "jobTitle", "companyName", "emails", "phones", "createdAt", "modifiedAt", "criteria", "notes"];

    private static readonly string[] HintTargets =
        ["name", "first", "middle", "last", "title", "company", "email", "phone", "created", "modified", "checked", "comments"];

    private sealed partial class Parser
    {
        private static string Suggest(string word)
        {
            var hint = Array.FindIndex(Hints, h => string.Equals(h, word, StringComparison.OrdinalIgnoreCase));
            if (hint >= 0)
            {
                return $" (did you mean '{HintTargets[hint]}'?)";
            }

            var best = RecordField.BuiltIn
                .Select(f => (f.Name, Distance: Distance(f.Name.ToUpperInvariant(), word.ToUpperInvariant())))
                .OrderBy(c => c.Distance)
                .First();
            return best.Distance <= 2
                ? $" (did you mean '{best.Name}'?)"
                : " (custom fields are written custom.Name; see docs/filter-language.md for the field list)";
        }

        private static int Distance(string a, string b)
        {
            var previous = new int[b.Length + 1];
            var current = new int[b.Length + 1];
            for (var j = 0; j <= b.Length; j++)
            {
                previous[j] = j;
            }

            for (var i = 1; i <= a.Length; i++)
            {
                current[0] = i;
                for (var j = 1; j <= b.Length; j++)
                {
                    var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                    current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
                }

                (previous, current) = (current, previous);
            }

            return previous[b.Length];
        }
    }
}
