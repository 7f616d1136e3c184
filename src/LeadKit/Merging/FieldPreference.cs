using System;
using LeadKit.Leads;

namespace LeadKit.Merging;

/// <summary>
/// "Take field <see cref="Field"/> from lead <see cref="Lead"/>": a merge's explicit choice of the
/// winning value of one single-valued field, even an empty one.
/// </summary>
public sealed record FieldPreference
{
    /// <summary>Creates a preference.</summary>
    /// <param name="field">The field's name in the workspace's field catalogue (<c>title</c>, <c>custom.Budget</c>, an alias such as <c>jobTitle</c>).</param>
    /// <param name="lead">The lead whose value wins: the master or one of the leads merged.</param>
    /// <exception cref="ArgumentException"><paramref name="field"/> is blank.</exception>
    public FieldPreference(string field, LeadId lead)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(field);
        Field = field.Trim();
        Lead = lead;
    }

    /// <summary>Gets the field's name, as given.</summary>
    public string Field { get; }

    /// <summary>Gets the lead whose value wins.</summary>
    public LeadId Lead { get; }

    /// <summary>Returns <c>field=lead</c>, the console's <c>--prefer</c> form.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => $"{Field}={Lead}";
}
