using System.Collections.Generic;
using System.Collections.Immutable;
using LeadKit.Leads;

namespace LeadKit.Querying;

/// <summary>Orders records by sort keys, then id, then kind: a total order.</summary>
internal sealed class SortComparer(ImmutableArray<SortKey> keys) : IComparer<ContactRecord>
{
    public int Compare(ContactRecord? x, ContactRecord? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        foreach (var key in keys)
        {
            var order = key.Compare(x, y);
            if (order != 0)
            {
                return order;
            }
        }

        var (left, right) = (x.Reference, y.Reference);
        var byId = left.Id.CompareTo(right.Id);
        return byId != 0 ? byId : left.Kind.CompareTo(right.Kind);
    }
}
