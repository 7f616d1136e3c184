using System;

namespace LeadKit.Querying;

/// <summary>
/// Thrown when filter or sort text cannot be parsed. The message reads like
/// <c>Expected a value after '=' at column 12, found the end of the filter.</c>;
/// <see cref="Column"/> is the 1-based position of the problem in <see cref="Text"/>.
/// </summary>
public sealed class FilterSyntaxException : FilterException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="reason">What is wrong or what was expected, e.g. <c>Expected a value after '='</c>.</param>
    /// <param name="text">The text that was parsed.</param>
    /// <param name="column">The 1-based column of the problem (one past the end for a problem at the end).</param>
    /// <param name="found">What was found instead, if that helps, e.g. <c>'and'</c> or <c>the end of the filter</c>.</param>
    /// <param name="field">The field concerned, if any.</param>
    public FilterSyntaxException(string reason, string text, int column, string? found = null, string? field = null)
        : base(BuildMessage(reason, column, found), field)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(column, 1);
        Reason = reason;
        Text = text ?? throw new ArgumentNullException(nameof(text));
        Column = column;
        Found = found;
    }

    /// <summary>Gets what is wrong or what was expected, without the position: <c>Expected a value after '='</c>.</summary>
    public string Reason { get; }

    /// <summary>Gets the text that was parsed.</summary>
    public string Text { get; }

    /// <summary>Gets the 1-based column of the problem in <see cref="Text"/>.</summary>
    public int Column { get; }

    /// <summary>Gets what was found instead of what was expected, or <see langword="null"/>.</summary>
    public string? Found { get; }

    private static string BuildMessage(string reason, int column, string? found) =>
        found is null ? $"{reason} at column {column}." : $"{reason} at column {column}, found {found}.";
}
