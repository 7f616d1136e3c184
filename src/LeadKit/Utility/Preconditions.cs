using System;
using System.Collections.Generic;
using System.Linq;
using FluentValidation;
using FluentValidation.Results;
using LeadKit.Validation;

namespace LeadKit.Utility;

/// <summary>Argument and invariant checks shared by every LeadKit type.</summary>
internal static class Preconditions
{
    internal static T CheckNotNull<T>(T? value, string paramName)
        where T : class =>
        value ?? throw new ArgumentNullException(paramName);

    /// <summary>
    /// How many reads of stored documents (<see cref="Serialization.LeadKitJsonOptions.StoredDocuments"/>)
    /// this thread is inside: while above zero, <see cref="Validated{T}(T, IValidator{T}, string)"/> trusts its values.
    /// </summary>
    [ThreadStatic]
    private static int t_trustedReads;

    /// <summary>
    /// Runs <paramref name="read"/> (synchronous) on <paramref name="state"/> with <see cref="Validated{T}(T, IValidator{T}, string)"/> trusting
    /// its values: for documents LeadKit validated when it wrote them. With a static lambda nothing is allocated.
    /// </summary>
    internal static T TrustedRead<TState, T>(TState state, Func<TState, T> read)
    {
        t_trustedReads++;
        try
        {
            return read(state);
        }
        finally
        {
            t_trustedReads--;
        }
    }

    /// <summary>
    /// Runs a validator and throws <see cref="LeadKitValidationException"/> when it fails; inside a
    /// <see cref="TrustedRead{TState, T}"/> (a store reading back a document it wrote) the value is returned as it is.
    /// </summary>
    internal static T Validated<T>(T value, IValidator<T> validator, string typeName)
    {
        if (t_trustedReads > 0)
        {
            return value;
        }

        var result = validator.Validate(value);
        if (!result.IsValid)
        {
            throw new LeadKitValidationException(typeName, ToErrors(result.Errors));
        }

        return value;
    }

    /// <summary>
    /// <see cref="Validated{T}(T, IValidator{T}, string)"/> with a fast path: <paramref name="accepts"/>
    /// is the validator's rules written out by hand (no FluentValidation context, no reflection), and
    /// a value it accepts is returned at once. Only a value it refuses runs the validator, whose
    /// failures (property paths, codes, messages) are the ones thrown. <paramref name="accepts"/> must
    /// never accept a value the validator refuses; the validator's tests check that they agree.
    /// </summary>
    internal static T Validated<T>(T value, IValidator<T> validator, string typeName, Func<T, bool> accepts) =>
        t_trustedReads > 0 || accepts(value) ? value : Validated(value, validator, typeName);

    internal static IEnumerable<ValidationError> ToErrors(IEnumerable<ValidationFailure> failures) =>
        failures.Select(f => new ValidationError(
            f.PropertyName ?? string.Empty,
            string.IsNullOrEmpty(f.ErrorCode) ? "LeadKit.Invalid" : f.ErrorCode,
            f.ErrorMessage,
            f.AttemptedValue?.ToString()));

    internal static LeadKitValidationException Invalid(string typeName, string path, string code, string message, string? attempted = null) =>
        new(typeName, [new ValidationError(path, code, message, attempted)]);

    /// <summary>Trims a value and maps blank text to <see langword="null"/>.</summary>
    internal static string? NullIfBlank(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var trimmed = value.Trim();
        return trimmed.Length == 0 ? null : trimmed;
    }
}
