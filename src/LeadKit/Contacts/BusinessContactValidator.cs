using LeadKit.CustomFields;
using LeadKit.Leads;

namespace LeadKit.Contacts;

/// <summary>Validates a whole <see cref="BusinessContact"/>, including its custom-field values against a schema.</summary>
public sealed class BusinessContactValidator : ContactRecordValidator<BusinessContact>
{
    /// <summary>Creates a validator without user-defined fields.</summary>
    public BusinessContactValidator()
        : this(CustomFieldSchema.Empty)
    {
    }

    /// <summary>Creates a validator for the database's user-defined fields.</summary>
    /// <param name="schema">The user-defined fields.</param>
    public BusinessContactValidator(CustomFieldSchema schema)
        : base(schema)
    {
    }
}
