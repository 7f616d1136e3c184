using System;
using System.Text;
using LeadKit.Leads;

namespace LeadKit.Querying;

/// <summary>
/// A filter over leads and business contacts: LeadKit's one filter language, shared by
/// repository queries, bulk-edit selections, reports and the console's <c>--filter</c>.
/// An immutable syntax tree whose cases are <see cref="AllFilter"/>, the field conditions
/// (<see cref="ComparisonFilter"/>, <see cref="TextFilter"/>, <see cref="EmptinessFilter"/>,
/// <see cref="InFilter"/>) and the connectives <see cref="AndFilter"/>, <see cref="OrFilter"/>,
/// <see cref="NotFilter"/>; no other case exists, so storage adapters can translate it exhaustively.
/// Filters compare structurally; <see cref="ToString"/> prints the canonical text, and
/// <see cref="Parse"/> of that text returns an equal filter.
/// </summary>
public abstract partial record Filter
{
    private protected Filter()
    {
    }

    /// <summary>Gets the filter that matches every record (written <c>all</c>; the empty text parses to it).</summary>
    public static Filter All => AllFilter.Instance;

    /// <summary>Parses filter text such as <c>source = "Trade Show" and manualStars &gt;= 3</c>.</summary>
    /// <param name="text">The text; blank text means <see cref="All"/>.</param>
    /// <returns>The filter.</returns>
    /// <exception cref="FilterSyntaxException">The text is not a valid filter; the message gives the column and what was expected.</exception>
    public static Filter Parse(string text) => FilterParser.Parse(text);

    /// <summary>
    /// Compiles the filter into a predicate over records, resolving each field against the domain
    /// model. Compile once and reuse the predicate when testing many records.
    /// </summary>
    /// <returns>The predicate.</returns>
    public Func<ContactRecord, bool> Compile() => FilterCompiler.Compile(this);

    /// <summary>
    /// Compiles the filter into a predicate over records of your own type, read through
    /// <see cref="IRecordFields"/>: a field the type does not have reads as empty. For
    /// <see cref="ContactRecord"/> and its subtypes this is the predicate <see cref="Compile()"/> gives.
    /// Compile once and reuse the predicate when testing many records.
    /// </summary>
    /// <typeparam name="TRecord">The record type.</typeparam>
    /// <returns>The predicate. It throws <see cref="InvalidOperationException"/> when <see cref="IRecordFields.GetValues"/> returns <see langword="null"/>, a <see langword="null"/> value, a value of a type the field does not hold, or several values for a single-valued field.</returns>
    public Func<TRecord, bool> Compile<TRecord>()
        where TRecord : IRecordFields => FilterCompiler.CompileFields<TRecord>(this);

    /// <summary>Tests one record (compiles the filter each time: prefer <see cref="Compile"/> for many records).</summary>
    /// <param name="record">The record.</param>
    /// <returns>Whether the record matches.</returns>
    public bool Matches(ContactRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        return Compile()(record);
    }

    /// <summary>Returns the filter's canonical text, which <see cref="Parse"/> turns back into an equal filter.</summary>
    /// <returns>The text, e.g. <c>source = "Web" and not (rating in ("Poor", "Fair"))</c>.</returns>
    public sealed override string ToString()
    {
        var builder = new StringBuilder();
        WriteTo(builder);
        return builder.ToString();
    }

    /// <summary>Appends the canonical text of this filter.</summary>
    internal abstract void WriteTo(StringBuilder builder);
}
