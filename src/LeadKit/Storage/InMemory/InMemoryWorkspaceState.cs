using System;
using System.Collections.Generic;
using LeadKit.Contacts;
using LeadKit.History;
using LeadKit.Leads;

namespace LeadKit.Storage.InMemory;

/// <summary>
/// The committed records and items of one workspace. Stored records are private copies, replaced (never
/// mutated) on change. The small repositories' values are the store's <see cref="InMemoryKeyValues"/>.
/// </summary>
internal sealed class InMemoryWorkspaceState
{
    public Dictionary<Guid, Lead> Leads { get; } = [];

    public Dictionary<Guid, BusinessContact> Contacts { get; } = [];

    public Dictionary<Guid, HistoryItem> History { get; } = [];

    public Dictionary<Guid, Opportunity> Opportunities { get; } = [];
}
