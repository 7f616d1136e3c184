using System;
using System.Collections.Generic;
using System.Linq;

namespace LeadKit.Validation;

/// <summary>
/// Thrown when a value or record is refused. <see cref="Errors"/> lists every reason with its
/// property path and stable error code.
/// </summary>
public sealed class LeadKitValidationException : LeadKitException
{
    /// <summary>Creates the exception from the errors found.</summary>
    /// <param name="typeName">The name of the type that was being built or changed, e.g. <c>Lead</c>.</param>
    /// <param name="errors">Every reason the value was refused; at least one.</param>
    public LeadKitValidationException(string typeName, IEnumerable<ValidationError> errors)
        : this(typeName, Materialize(errors))
    {
    }

    private LeadKitValidationException(string typeName, IReadOnlyList<ValidationError> errors)
        : base(BuildMessage(typeName, errors))
    {
        TypeName = typeName;
        Errors = errors;
    }

    /// <summary>Gets the name of the type that was refused, e.g. <c>Lead</c>.</summary>
    public string TypeName { get; }

    /// <summary>Gets every reason the value was refused.</summary>
    public IReadOnlyList<ValidationError> Errors { get; }

    private static ValidationError[] Materialize(IEnumerable<ValidationError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        var list = errors.ToArray();
        if (list.Length == 0)
        {
            throw new ArgumentException("A validation exception needs at least one error.", nameof(errors));
        }

        return list;
    }

    private static string BuildMessage(string typeName, IReadOnlyList<ValidationError> errors) =>
        $"{typeName} is invalid: " + string.Join("; ", errors.Select(e => e.ToString()));
}
