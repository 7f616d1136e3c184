using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Querying;

/// <content>Building filters in C#: fields, <c>and</c>, <c>or</c>, <c>not</c> and their operators.</content>
public abstract partial record Filter
{
    /// <summary>Finds a field by name, to build a condition on it: <c>Filter.Field("source").EqualTo("Web")</c>.</summary>
    /// <param name="name">The field's name as the filter language writes it (<c>company</c>, <c>custom.Employees</c>).</param>
    /// <returns>The field.</returns>
    /// <exception cref="FilterSyntaxException">No field has that name.</exception>
    public static RecordField Field(string name) => RecordField.Parse(name);

    /// <summary>
    /// Combines filters with <c>and</c>. <see cref="All"/> operands are dropped (it is the identity),
    /// nested <c>and</c>s are flattened; no operand left gives <see cref="All"/>, one gives that operand.
    /// </summary>
    /// <param name="filters">The operands.</param>
    /// <returns>The combined filter.</returns>
    public static Filter And(params Filter[] filters) => And((IEnumerable<Filter>)filters);

    /// <summary>Combines a sequence of filters with <c>and</c>, as <see cref="And(Filter[])"/> does.</summary>
    /// <param name="filters">The operands.</param>
    /// <returns>The combined filter.</returns>
    public static Filter And(IEnumerable<Filter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var operands = filters.Select(f => f ?? throw new ArgumentException("An operand is null.", nameof(filters)))
            .Where(f => f is not AllFilter).ToList();
        return operands.Count switch
        {
            0 => All,
            1 => operands[0],
            _ => new AndFilter(operands),
        };
    }

    /// <summary>
    /// Combines filters with <c>or</c>. An <see cref="All"/> operand makes the whole <see cref="All"/>;
    /// nested <c>or</c>s are flattened; one operand gives that operand.
    /// </summary>
    /// <param name="filters">The operands, at least one.</param>
    /// <returns>The combined filter.</returns>
    /// <exception cref="ArgumentException">No operand was given.</exception>
    public static Filter Or(params Filter[] filters) => Or((IEnumerable<Filter>)filters);

    /// <summary>Combines a sequence of filters with <c>or</c>, as <see cref="Or(Filter[])"/> does.</summary>
    /// <param name="filters">The operands, at least one.</param>
    /// <returns>The combined filter.</returns>
    /// <exception cref="ArgumentException">No operand was given.</exception>
    public static Filter Or(IEnumerable<Filter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var operands = filters.Select(f => f ?? throw new ArgumentException("An operand is null.", nameof(filters))).ToList();
        if (operands.Count == 0)
        {
            throw new ArgumentException("'or' needs at least one operand (an empty 'or' would match nothing).", nameof(filters));
        }

        return operands.Any(f => f is AllFilter) ? All : operands.Count == 1 ? operands[0] : new OrFilter(operands);
    }

    /// <summary>Negates a filter with <c>not</c>.</summary>
    /// <param name="filter">The filter to negate.</param>
    /// <returns><c>not (filter)</c>.</returns>
    public static Filter Not(Filter filter) => new NotFilter(filter);

    /// <summary>Combines two filters with <c>and</c> (see <see cref="And(Filter[])"/>).</summary>
    /// <param name="left">The first operand.</param>
    /// <param name="right">The second operand.</param>
    /// <returns>The combined filter.</returns>
    public static Filter operator &(Filter left, Filter right) => And(left, right);

    /// <summary>Combines two filters with <c>or</c> (see <see cref="Or(Filter[])"/>).</summary>
    /// <param name="left">The first operand.</param>
    /// <param name="right">The second operand.</param>
    /// <returns>The combined filter.</returns>
    public static Filter operator |(Filter left, Filter right) => Or(left, right);

    /// <summary>Negates a filter with <c>not</c> (see <see cref="Not"/>).</summary>
    /// <param name="filter">The filter to negate.</param>
    /// <returns>The negated filter.</returns>
    public static Filter operator !(Filter filter) => Not(filter);
}
