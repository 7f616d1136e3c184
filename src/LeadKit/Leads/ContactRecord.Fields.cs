using System;
using System.Collections.Generic;
using LeadKit.Querying;

namespace LeadKit.Leads;

/// <content>Every lead and business contact gives its field values to filters and scoring rules through <see cref="IRecordFields"/>.</content>
public abstract partial class ContactRecord : IRecordFields
{
    /// <inheritdoc />
    IReadOnlyList<object> IRecordFields.GetValues(RecordField field)
    {
        ArgumentNullException.ThrowIfNull(field);
        return field.GetValues(this);
    }
}
