using LeadKit.Utility;

namespace LeadKit.Storage;

/// <summary>Identifies a workspace: one shared database of leads, contacts and users, isolated from every other workspace.</summary>
[GuidIdentifier(Comparable = true)]
public readonly partial record struct WorkspaceId;
