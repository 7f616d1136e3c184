using LeadKit.Utility;

namespace LeadKit.Contacts;

/// <summary>Identifies a business contact.</summary>
[GuidIdentifier(Comparable = true)]
public readonly partial record struct ContactId;
