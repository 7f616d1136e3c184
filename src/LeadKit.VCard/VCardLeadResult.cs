using System;
using System.Collections.Generic;
using System.Linq;
using LeadKit.Leads;

namespace LeadKit.VCard;

/// <summary>A lead made from a card (unsaved), and every property that did not make it into the lead, and why.</summary>
public sealed class VCardLeadResult
{
    private readonly VCardMappingIssue[] _issues;

    internal VCardLeadResult(Lead? lead, IEnumerable<VCardMappingIssue> issues, int lineNumber)
    {
        Lead = lead;
        _issues = [.. issues];
        LineNumber = lineNumber;
    }

    /// <summary>Gets the lead, or <see langword="null"/> when the card has nothing to name it by (see <see cref="VCardMappingIssueKind.NoName"/>).</summary>
    public Lead? Lead { get; }

    /// <summary>Gets every issue, in the card's order.</summary>
    public IReadOnlyList<VCardMappingIssue> Issues => _issues;

    /// <summary>Gets the issues of kind <see cref="VCardMappingIssueKind.Unmapped"/>: what of the card has no place in a lead.</summary>
    public IEnumerable<VCardMappingIssue> Unmapped => _issues.Where(i => i.Kind == VCardMappingIssueKind.Unmapped);

    /// <summary>Gets the 1-based line of the card's <c>BEGIN:VCARD</c>; 0 for a card built in code.</summary>
    public int LineNumber { get; }

    /// <inheritdoc />
    public override string ToString() => (Lead is null ? "no lead" : Lead.Name.FullName) + FormattableString.Invariant($", {_issues.Length} issues");
}
