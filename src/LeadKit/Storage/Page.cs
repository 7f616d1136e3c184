using System;
using System.Collections.Generic;

namespace LeadKit.Storage;

/// <summary>One page of a keyset-paged query.</summary>
/// <typeparam name="T">The record type.</typeparam>
public sealed class Page<T>
{
    /// <summary>Creates a page.</summary>
    /// <param name="items">The records of the page, in order.</param>
    /// <param name="nextCursor">Where the next page starts, or <see langword="null"/> when this is the last page.</param>
    public Page(IReadOnlyList<T> items, PageCursor? nextCursor)
    {
        Items = items ?? throw new ArgumentNullException(nameof(items));
        NextCursor = nextCursor;
    }

    /// <summary>Gets the records of the page, in order.</summary>
    public IReadOnlyList<T> Items { get; }

    /// <summary>Gets where the next page starts, or <see langword="null"/> when there is no more.</summary>
    public PageCursor? NextCursor { get; }
}
