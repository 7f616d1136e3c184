using System.Collections.Generic;

namespace LeadKit.Querying;

/// <content>Building conditions and sort keys on a field, the C# form of the filter language.</content>
public sealed partial class RecordField
{
    /// <summary>Builds <c>field = value</c>.</summary>
    /// <param name="value">The literal (strings, numbers, Booleans, dates and instants convert implicitly).</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The literal does not suit the field's type.</exception>
    public Filter EqualTo(FilterValue value) => new ComparisonFilter(this, ComparisonOperator.Equal, value);

    /// <summary>Builds <c>field != value</c>, the exact negation of <see cref="EqualTo"/>.</summary>
    /// <param name="value">The literal.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The literal does not suit the field's type.</exception>
    public Filter NotEqualTo(FilterValue value) => new ComparisonFilter(this, ComparisonOperator.NotEqual, value);

    /// <summary>Builds <c>field &lt; value</c>.</summary>
    /// <param name="value">The literal.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The literal does not suit the field's type, or is <c>true</c>/<c>false</c>.</exception>
    public Filter LessThan(FilterValue value) => new ComparisonFilter(this, ComparisonOperator.LessThan, value);

    /// <summary>Builds <c>field &lt;= value</c>.</summary>
    /// <param name="value">The literal.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The literal does not suit the field's type, or is <c>true</c>/<c>false</c>.</exception>
    public Filter LessThanOrEqualTo(FilterValue value) => new ComparisonFilter(this, ComparisonOperator.LessThanOrEqual, value);

    /// <summary>Builds <c>field &gt; value</c>.</summary>
    /// <param name="value">The literal.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The literal does not suit the field's type, or is <c>true</c>/<c>false</c>.</exception>
    public Filter GreaterThan(FilterValue value) => new ComparisonFilter(this, ComparisonOperator.GreaterThan, value);

    /// <summary>Builds <c>field &gt;= value</c>.</summary>
    /// <param name="value">The literal.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The literal does not suit the field's type, or is <c>true</c>/<c>false</c>.</exception>
    public Filter GreaterThanOrEqualTo(FilterValue value) => new ComparisonFilter(this, ComparisonOperator.GreaterThanOrEqual, value);

    /// <summary>Builds <c>field contains "text"</c> (case-insensitive).</summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The field does not hold text.</exception>
    public Filter Contains(string text) => new TextFilter(this, TextOperator.Contains, text);

    /// <summary>Builds <c>field starts-with "text"</c> (case-insensitive).</summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The field does not hold text.</exception>
    public Filter StartsWith(string text) => new TextFilter(this, TextOperator.StartsWith, text);

    /// <summary>Builds <c>field ends-with "text"</c> (case-insensitive).</summary>
    /// <param name="text">The text to look for.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The field does not hold text.</exception>
    public Filter EndsWith(string text) => new TextFilter(this, TextOperator.EndsWith, text);

    /// <summary>Builds <c>field is empty</c>: the record has no value for the field.</summary>
    /// <returns>The condition.</returns>
    public Filter IsEmpty() => new EmptinessFilter(this, negated: false);

    /// <summary>Builds <c>field is not empty</c>: the record has at least one value for the field.</summary>
    /// <returns>The condition.</returns>
    public Filter IsNotEmpty() => new EmptinessFilter(this, negated: true);

    /// <summary>Builds <c>field in (a, b, …)</c>: some value of the field equals one of the literals.</summary>
    /// <param name="values">The literals, at least one, all of one kind.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The list is empty, mixes kinds, or a literal does not suit the field's type.</exception>
    public Filter In(params FilterValue[] values) => new InFilter(this, values);

    /// <summary>Builds <c>field in (a, b, …)</c> from a sequence of literals.</summary>
    /// <param name="values">The literals, at least one, all of one kind.</param>
    /// <returns>The condition.</returns>
    /// <exception cref="FilterException">The list is empty, mixes kinds, or a literal does not suit the field's type.</exception>
    public Filter In(IEnumerable<FilterValue> values) => new InFilter(this, values);

    /// <summary>Builds an ascending sort key on this field.</summary>
    /// <returns>The key.</returns>
    /// <exception cref="FilterException">The field is not sortable.</exception>
    public SortKey Ascending() => new(this, SortDirection.Ascending);

    /// <summary>Builds a descending sort key on this field.</summary>
    /// <returns>The key.</returns>
    /// <exception cref="FilterException">The field is not sortable.</exception>
    public SortKey Descending() => new(this, SortDirection.Descending);
}
