using System;
using System.Text;

namespace LeadKit.Querying;

/// <summary>
/// <c>field contains "text"</c>, <c>field starts-with "text"</c> or <c>field ends-with "text"</c>:
/// true when some text value of the field matches, ordinally ignoring case.
/// </summary>
public sealed record TextFilter : FieldFilter
{
    /// <summary>Creates a text condition.</summary>
    /// <param name="field">A text field or a custom field.</param>
    /// <param name="textOperator">The operator.</param>
    /// <param name="text">The text to look for.</param>
    /// <exception cref="FilterException">The field does not hold text (e.g. <c>manualStars contains "x"</c>).</exception>
    public TextFilter(RecordField field, TextOperator textOperator, string text)
        : base(field)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Enum.IsDefined(textOperator))
        {
            throw new ArgumentOutOfRangeException(nameof(textOperator), textOperator, "Unknown text operator.");
        }

        if (FilterRules.CheckText(field, textOperator, text) is { } error)
        {
            throw new FilterException(error, field.Name);
        }

        Operator = textOperator;
        Text = text;
    }

    /// <summary>Gets the operator.</summary>
    public TextOperator Operator { get; }

    /// <summary>Gets the text to look for.</summary>
    public string Text { get; }

    internal override void WriteTo(StringBuilder builder) =>
        builder.Append(Field.Name).Append(' ').Append(FilterRules.Word(Operator)).Append(' ').Append(FilterText.Quote(Text));
}
