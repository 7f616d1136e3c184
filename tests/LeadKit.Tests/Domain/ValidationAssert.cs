using LeadKit.Validation;

namespace LeadKit.Tests.Domain;

/// <summary>Assertions on <see cref="LeadKitValidationException"/> shared by the domain tests.</summary>
internal static class ValidationAssert
{
    /// <summary>Runs <paramref name="action"/>, expects it to be refused with exactly one error, and checks where and why.</summary>
    public static ValidationError Single(Action action, string propertyPath, string errorCode)
    {
        var ex = Assert.Throws<LeadKitValidationException>(action);
        var error = Assert.Single(ex.Errors);
        Assert.Equal(propertyPath, error.PropertyPath);
        Assert.Equal(errorCode, error.ErrorCode);
        return error;
    }

    /// <summary>Runs <paramref name="func"/> (a constructor or factory), expects exactly one error, and checks where and why.</summary>
    public static ValidationError Single(Func<object?> func, string propertyPath, string errorCode) =>
        Single(() => { _ = func(); }, propertyPath, errorCode);

    /// <summary>Runs <paramref name="action"/> and expects one of the errors to carry <paramref name="errorCode"/> at <paramref name="propertyPath"/>.</summary>
    public static LeadKitValidationException Contains(Action action, string propertyPath, string errorCode)
    {
        var ex = Assert.Throws<LeadKitValidationException>(action);
        Assert.Contains(ex.Errors, e => e.PropertyPath == propertyPath && e.ErrorCode == errorCode);
        return ex;
    }

    /// <summary>Runs <paramref name="func"/> and expects one of the errors to carry <paramref name="errorCode"/> at <paramref name="propertyPath"/>.</summary>
    public static LeadKitValidationException Contains(Func<object?> func, string propertyPath, string errorCode) =>
        Contains(() => { _ = func(); }, propertyPath, errorCode);
}
