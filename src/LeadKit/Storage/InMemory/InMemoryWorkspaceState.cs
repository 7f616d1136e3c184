using System;
using System.Collections.Generic;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

/// <summary>The committed data of one workspace. Stored records are private copies, replaced (never mutated) on change.</summary>
internal sealed class InMemoryWorkspaceState
{
    public Dictionary<Guid, Lead> Leads { get; } = [];

    public Dictionary<Guid, BusinessContact> Contacts { get; } = [];

    public Dictionary<Guid, HistoryItem> History { get; } = [];

    public Dictionary<Guid, Opportunity> Opportunities { get; } = [];

    public Dictionary<Guid, WorkspaceUser> Users { get; } = [];

    public Dictionary<(RecordKind Kind, string Name), CustomFieldDefinition> CustomFields { get; } = new(CustomFieldKeyComparer.Instance);

    public Scoring.ScoringProfile? ScoringProfile { get; set; }

    public Dictionary<PicklistKind, Picklist> Picklists { get; } = [];

    public Dictionary<string, Reports.SavedReport> SavedReports { get; } = new(StringComparer.OrdinalIgnoreCase);

    public Dictionary<OperationId, OperationSummary> Operations { get; } = [];

    public Dictionary<OperationId, List<OperationUndoEntry>> OperationEntries { get; } = [];

    public List<AssignmentRules.AssignmentRule> AssignmentRules { get; } = [];

    public Dictionary<AssignmentRules.AssignmentRuleId, UserId> AssignmentRuleTurns { get; } = [];

    public bool Contains(RecordReference record) => record.Kind switch
    {
        RecordKind.Lead => Leads.ContainsKey(record.Id),
        RecordKind.BusinessContact => Contacts.ContainsKey(record.Id),
        _ => false,
    };

    internal sealed class CustomFieldKeyComparer : IEqualityComparer<(RecordKind Kind, string Name)>
    {
        public static CustomFieldKeyComparer Instance { get; } = new();

        public bool Equals((RecordKind Kind, string Name) x, (RecordKind Kind, string Name) y) =>
            x.Kind == y.Kind && string.Equals(x.Name, y.Name, StringComparison.OrdinalIgnoreCase);

        public int GetHashCode((RecordKind Kind, string Name) obj) =>
            HashCode.Combine(obj.Kind, StringComparer.OrdinalIgnoreCase.GetHashCode(obj.Name));
    }
}
