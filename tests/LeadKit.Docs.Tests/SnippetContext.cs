namespace LeadKit.Docs.Tests;

/// <summary>
/// What the pages' prose introduces before their code: the names a block may use without declaring them,
/// with their types, and a few types of the reader's own application that examples refer to. One table for
/// every page, so a name means the same everywhere in the docs.
/// </summary>
internal static class SnippetContext
{
    /// <summary>Names a block may use undeclared, with their types.</summary>
    public static readonly IReadOnlyDictionary<string, string> Names = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["args"] = "string[]",
        ["app"] = "WebApplication",
        ["builder"] = "WebApplicationBuilder",
        ["cancellationToken"] = "CancellationToken",
        ["clock"] = "IClock",
        ["connectionString"] = "string",
        ["context"] = "OperationContext",
        ["path"] = "string",
        ["section"] = "IConfigurationSection",
        ["store"] = "ILeadKitStore",
        ["workspace"] = "WorkspaceId",
        ["workspaceId"] = "WorkspaceId",
        ["lead"] = "Lead",
        ["leadId"] = "LeadId",
        ["leadId1"] = "LeadId",
        ["leadId2"] = "LeadId",
        ["selection"] = "LeadSelection",
        ["editor"] = "BulkEditor",
        ["catalog"] = "FieldCatalog",
        ["request"] = "BulkEditRequest",
        ["profile"] = "ScoringProfile",
        ["asOf"] = "Instant",
        ["reports"] = "LeadReports",
        ["zone"] = "DateTimeZone",
        ["storedLeads"] = "IReadOnlyList<Lead>",
    };

    /// <summary>Types of the reader's own application that examples use.</summary>
    public const string Types = """
        """;
}
