using System;
using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Serialization;
using LeadKit.Storage;

namespace LeadKit.Operations;

/// <summary>
/// Writes and reads the <see cref="OperationUndoEntry.Before"/> documents: a lead in LeadKit's JSON
/// format holding the previous values of an operation's fields. The holder is a copy of the lead's
/// identity (id, name, creation) with those values restored onto it, so the document stays small and
/// every value goes through the JSON format, whose round trip is exact.
/// </summary>
internal static class UndoDocuments
{
    /// <summary>Writes the previous state of a lead: <paramref name="restore"/> puts the previous values onto a blank holder.</summary>
    public static string Write(Lead lead, Action<Lead> restore)
    {
        var holder = Lead.Restore(lead.Id, lead.Name, lead.CreatedAt, lead.CreatedBy);
        restore(holder);
        return JsonSerializer.Serialize(holder, LeadKitJsonOptions.Default);
    }

    /// <summary>Reads a document written by <see cref="Write"/>.</summary>
    public static Lead Read(string json) =>
        JsonSerializer.Deserialize<Lead>(json, LeadKitJsonOptions.Default) ?? throw new JsonException("An undo document is null.");
}
