using LeadKit.CustomFields;

namespace LeadKit.Leads;

/// <summary>Validates a whole <see cref="Lead"/>, including its custom-field values against a schema.</summary>
public sealed class LeadValidator : ContactRecordValidator<Lead>
{
    /// <summary>Creates a validator without user-defined fields.</summary>
    public LeadValidator()
        : this(CustomFieldSchema.Empty)
    {
    }

    /// <summary>Creates a validator for the database's user-defined fields.</summary>
    /// <param name="schema">The user-defined fields.</param>
    public LeadValidator(CustomFieldSchema schema)
        : base(schema)
    {
    }
}
