using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Cli.Hosting;
using LeadKit.Cli.Storage;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Storage;

namespace LeadKit.Cli.Commands;

/// <summary>
/// Reads lead ids given on the command line: a whole id (a GUID), or the start of one, at least
/// <see cref="MinimumPrefix"/> characters long, that only one lead of the workspace has (as the
/// human output of <c>lead list</c> shows ids on a narrow console).
/// </summary>
internal static class LeadIds
{
    /// <summary>The fewest characters an id prefix may have.</summary>
    public const int MinimumPrefix = 8;

    /// <summary>The length of a whole id's text (<c>D</c> format).</summary>
    private const int WholeLength = 36;

    /// <summary>How many leads an ambiguous prefix's message names.</summary>
    private const int CandidatesNamed = 5;

    /// <summary>Parses a whole lead id.</summary>
    /// <param name="text">The text: a GUID as <c>lead add</c> prints it.</param>
    /// <returns>The id.</returns>
    /// <exception cref="CliException">The text is not a lead id (exit code 1, like an unknown id).</exception>
    public static LeadId Parse(string text) =>
        LeadId.TryParse(text?.Trim(), out var id)
            ? id
            : throw new CliException($"'{text}' is not a lead id: ids are GUIDs such as 0193f1c2-7a4b-7cde-8f01-23456789abcd, as `lead add` and `lead list` print them.");

    /// <summary>Checks that a text is a lead id or the start of one, before the database is opened.</summary>
    /// <param name="text">The text.</param>
    /// <returns>The text, trimmed.</returns>
    /// <exception cref="CliException">The text is neither (exit code 1, like an unknown id).</exception>
    public static string Check(string text)
    {
        var trimmed = text?.Trim() ?? string.Empty;
        return LeadId.TryParse(trimmed, out _) || IsPrefix(trimmed)
            ? trimmed
            : throw new CliException(
                $"'{text}' is not a lead id: ids are GUIDs such as 0193f1c2-7a4b-7cde-8f01-23456789abcd, as `lead add` and `lead list` print them, "
                + $"or their first {MinimumPrefix} or more characters when only one lead's id starts with them.");
    }

    /// <summary>Resolves whole ids and id prefixes to the workspace's lead ids.</summary>
    /// <param name="session">The session.</param>
    /// <param name="texts">The texts: whole ids (taken as they are, found or not) or prefixes.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The ids, in the order given.</returns>
    /// <exception cref="CliException">A text is not an id, or a prefix matches no lead or several (exit code 1).</exception>
    public static async Task<List<LeadId>> ResolveAsync(WorkspaceSession session, IEnumerable<string> texts, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(session);
        var checkedTexts = texts.Select(Check).ToList();
        var ids = new List<LeadId>(checkedTexts.Count);
        IUnitOfWork? work = null;
        try
        {
            foreach (var text in checkedTexts)
            {
                if (LeadId.TryParse(text, out var id))
                {
                    ids.Add(id);
                    continue;
                }

                work ??= await session.BeginAsync(cancellationToken);
                ids.Add(await FindByPrefixAsync(work, text, cancellationToken));
            }
        }
        finally
        {
            if (work is not null)
            {
                await work.DisposeAsync();
            }
        }

        return ids;
    }

    /// <summary>Resolves one whole id or id prefix.</summary>
    /// <param name="session">The session.</param>
    /// <param name="text">The text.</param>
    /// <param name="cancellationToken">Cancels the reads.</param>
    /// <returns>The id.</returns>
    /// <exception cref="CliException">The text is not an id, or a prefix matches no lead or several (exit code 1).</exception>
    public static async Task<LeadId> ResolveAsync(WorkspaceSession session, string text, CancellationToken cancellationToken) =>
        (await ResolveAsync(session, [text], cancellationToken))[0];

    /// <summary>
    /// Gives each id the shortest start (at least <see cref="MinimumPrefix"/> characters) that no
    /// other id of the set shares.
    /// </summary>
    /// <param name="sortedIds">Every lead id of the workspace, in id order (which is the order of their text).</param>
    /// <returns>The unique prefix of each id.</returns>
    public static Dictionary<Guid, string> UniquePrefixes(IReadOnlyList<Guid> sortedIds)
    {
        ArgumentNullException.ThrowIfNull(sortedIds);
        var texts = sortedIds.Select(id => id.ToString("D")).ToList();
        var prefixes = new Dictionary<Guid, string>(texts.Count);
        for (var i = 0; i < texts.Count; i++)
        {
            var shared = Math.Max(
                i > 0 ? CommonLength(texts[i - 1], texts[i]) : 0,
                i + 1 < texts.Count ? CommonLength(texts[i], texts[i + 1]) : 0);
            var length = Math.Max(MinimumPrefix, shared + 1);
            if (length < WholeLength && texts[i][length - 1] == '-')
            {
                length++; // never end a prefix on a dash
            }

            prefixes[sortedIds[i]] = texts[i][..Math.Min(length, WholeLength)];
        }

        return prefixes;
    }

    private static int CommonLength(string a, string b)
    {
        var n = 0;
        while (n < a.Length && n < b.Length && a[n] == b[n])
        {
            n++;
        }

        return n;
    }

    /// <summary>Whether the text is the start of an id's text (<c>D</c> format), at least <see cref="MinimumPrefix"/> characters long.</summary>
    private static bool IsPrefix(string text)
    {
        if (text.Length < MinimumPrefix || text.Length >= WholeLength)
        {
            return false;
        }

        for (var i = 0; i < text.Length; i++)
        {
            var dash = i is 8 or 13 or 18 or 23;
            if (dash ? text[i] != '-' : !Uri.IsHexDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// Finds the one lead whose id starts with the prefix. Ids order as their text does, so those
    /// ids lie from the prefix padded with zeros onwards: the padded id itself and a short keyset
    /// page after it tell none, one or several apart, and name a few of several.
    /// </summary>
    private static async Task<LeadId> FindByPrefixAsync(IUnitOfWork work, string prefix, CancellationToken cancellationToken)
    {
        var lower = prefix.ToLowerInvariant();
        var low = Guid.Parse(lower + Guid.Empty.ToString("D")[lower.Length..]);
        var matches = new List<Guid>();
        if (low != Guid.Empty && await work.Leads.FindAsync(new LeadId(low), cancellationToken) is not null)
        {
            matches.Add(low);
        }

        var page = await work.Leads.PageAsync(new RecordQuery(Filter.All, SortSpec.ById), CandidatesNamed + 1, new PageCursor([], low), cancellationToken);
        matches.AddRange(page.Items.Select(lead => lead.Id.Value).Where(id => id.ToString("D").StartsWith(lower, StringComparison.Ordinal)));
        return matches.Count switch
        {
            1 => new LeadId(matches[0]),
            0 => throw new CliException($"No lead of this workspace has an id that starts with '{prefix}'."),
            _ => throw new CliException(
                $"'{prefix}' is ambiguous: the ids of several leads start with it ({string.Join(", ", matches.Take(CandidatesNamed).Select(id => id.ToString("D")))}{(matches.Count > CandidatesNamed ? ", …" : string.Empty)}). Give more characters of the id."),
        };
    }
}
