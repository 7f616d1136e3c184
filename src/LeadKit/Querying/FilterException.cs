namespace LeadKit.Querying;

/// <summary>
/// Thrown when a filter or sort is refused: an unknown field, a literal that does not suit the
/// field's type, an operator the field does not support. Filters parsed from text throw the
/// derived <see cref="FilterSyntaxException"/>, which adds the column.
/// </summary>
public class FilterException : LeadKitException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="message">What is wrong, naming the field.</param>
    /// <param name="field">The field concerned, as the filter language writes it, if any.</param>
    public FilterException(string message, string? field = null)
        : base(message.EndsWith('.') ? message : message + ".")
    {
        Field = field;
    }

    /// <summary>Gets the field concerned, as the filter language writes it (e.g. <c>created</c>), or <see langword="null"/>.</summary>
    public string? Field { get; }
}
