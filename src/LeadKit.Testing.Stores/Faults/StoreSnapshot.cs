using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Querying;
using LeadKit.Serialization;
using LeadKit.Storage;

namespace LeadKit.Testing.Stores.Faults;

/// <summary>
/// The full content of one workspace as JSON lines, sorted: records (versions and stamps
/// included), the history and opportunities of every record it holds or of
/// <c>alsoFor</c>, users, custom fields, the scoring profile and saved reports. Two snapshots are
/// equal exactly when nothing observable through the repositories changed.
/// </summary>
public static class StoreSnapshot
{
    /// <summary>Reads the content of a workspace.</summary>
    /// <param name="store">The store.</param>
    /// <param name="workspace">The workspace.</param>
    /// <param name="alsoFor">Records whose history and opportunities to read even if they are gone.</param>
    /// <returns>The content, one JSON value per line, in a stable order.</returns>
    public static async Task<List<string>> TakeAsync(ILeadKitStore store, WorkspaceId workspace, IEnumerable<RecordReference>? alsoFor = null)
    {
        var o = LeadKitJsonOptions.Default;
        var lines = new List<string>();
        await using var unit = await store.BeginAsync(workspace);
        var all = new HashSet<RecordReference>(alsoFor ?? []);
        await foreach (var lead in unit.Leads.QueryAsync(RecordQuery.All))
        {
            lines.Add("lead " + JsonSerializer.Serialize(lead, o));
            all.Add(lead.Reference);
        }

        await foreach (var contact in unit.Contacts.QueryAsync(RecordQuery.All))
        {
            lines.Add("contact " + JsonSerializer.Serialize(contact, o));
            all.Add(contact.Reference);
        }

        foreach (var record in all)
        {
            await foreach (var item in unit.History.ListForAsync(record))
            {
                lines.Add("history " + JsonSerializer.Serialize(item, o));
            }

            await foreach (var opportunity in unit.Opportunities.ListForAsync(record))
            {
                lines.Add("opportunity " + JsonSerializer.Serialize(opportunity, o));
            }
        }

        await foreach (var user in unit.Users.ListAsync())
        {
            lines.Add("user " + JsonSerializer.Serialize(user, o));
        }

        foreach (var definition in await unit.CustomFields.GetSchemaAsync())
        {
            lines.Add("field " + JsonSerializer.Serialize(definition, o));
        }

        lines.Add("profile " + JsonSerializer.Serialize(await unit.ScoringProfiles.GetAsync(), o));
        foreach (var report in await unit.SavedReports.ListAsync())
        {
            lines.Add("report " + JsonSerializer.Serialize(report, o));
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
