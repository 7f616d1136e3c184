using System;
using System.Buffers;
using System.Text.Json;

namespace LeadKit.Serialization;

/// <summary>
/// The JSON path of a value inside a LeadKit document (<c>$</c> is the document's root), used to
/// name the exact place a read fails: <c>$.emails[1].address</c>.
/// </summary>
/// <remarks>
/// A member's path is kept as its parent's text and its name, and joined only when it is asked for
/// (<see cref="Value"/>, an error): reading a document names a path for every member, and nearly
/// none of them is ever shown.
/// </remarks>
internal readonly record struct DocumentPath
{
    // System.Text.Json writes a name with one of these characters in bracket form (['a.b']); so do we.
    private static readonly SearchValues<char> SpecialCharacters = SearchValues.Create(['.', ' ', '\'', '/', '"', '[', ']', '(', ')', '\t', '\n', '\r', '\f', '\b', '\\', '\u0085', '\u2028', '\u2029']);

    /// <summary>The parent's path text, or <see langword="null"/> when <see cref="_text"/> is the whole path.</summary>
    private readonly string? _parent;

    /// <summary>The whole path, or the member name that follows <see cref="_parent"/>.</summary>
    private readonly string _text;

    /// <summary>Creates a path from its text.</summary>
    /// <param name="value">The path text.</param>
    public DocumentPath(string value)
    {
        _text = value;
    }

    private DocumentPath(string parent, string member)
    {
        _parent = parent;
        _text = member;
    }

    /// <summary>Gets the root of a document.</summary>
    public static DocumentPath Root { get; } = new("$");

    /// <summary>Gets the path text.</summary>
    public string Value => _parent is null ? _text : _parent + "." + _text;

    /// <summary>Returns the path of a member named by the format (a plain camelCase name).</summary>
    public DocumentPath Property(string name) => new(Value, name);

    /// <summary>Returns the path of an array element.</summary>
    public DocumentPath Index(int index) => new(FormattableString.Invariant($"{Value}[{index}]"));

    /// <summary>Returns the path of a dictionary entry (a key that comes from the data).</summary>
    public DocumentPath Key(string key) =>
        key.AsSpan().IndexOfAny(SpecialCharacters) >= 0
            ? new(Value + "['" + key.Replace("'", "\\'", StringComparison.Ordinal) + "']")
            : new(Value + "." + key);

    /// <summary>Creates the exception that reports a problem at this path.</summary>
    public JsonException Error(string message, Exception? innerException = null) =>
        new($"{Value}: {message}", Value, lineNumber: null, bytePositionInLine: null, innerException);

    /// <summary>Creates the exception that reports a missing required member at this path.</summary>
    public JsonException Missing() => Error("this member is required.");

    /// <summary>Returns a required reference, or throws naming this path.</summary>
    public T Required<T>(T? value)
        where T : class =>
        value ?? throw Missing();

    /// <summary>Returns a required value, or throws naming this path.</summary>
    public T RequiredValue<T>(T? value)
        where T : struct =>
        value ?? throw Missing();

    /// <summary>
    /// Runs a domain operation (a constructor, a setter, a restore method) and reports a refusal
    /// as a <see cref="JsonException"/> at this path that keeps the domain's exception as its inner exception.
    /// </summary>
    public T Build<T>(Func<T> build)
    {
        try
        {
            return build();
        }
        catch (LeadKitException ex)
        {
            // LeadKitValidationException among them: its Errors carry the domain's property paths and codes.
            throw Error(ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw Error(ex.Message, ex);
        }
    }

    /// <summary>Runs a domain operation on a state, like <see cref="Build{T}(Func{T})"/>; with a static lambda nothing is allocated.</summary>
    public T Build<TState, T>(TState state, Func<TState, T> build)
    {
        try
        {
            return build(state);
        }
        catch (LeadKitException ex)
        {
            throw Error(ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw Error(ex.Message, ex);
        }
    }

    /// <summary>Runs a domain operation that returns nothing, like <see cref="Build{T}(Func{T})"/>.</summary>
    public void Apply(Action apply)
    {
        try
        {
            apply();
        }
        catch (LeadKitException ex)
        {
            throw Error(ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw Error(ex.Message, ex);
        }
    }

    /// <summary>
    /// Runs a domain operation on a target with a value, like <see cref="Apply(Action)"/>; with a
    /// static lambda nothing is allocated (reading a document applies a few dozen members).
    /// </summary>
    public void Apply<TTarget, TValue>(TTarget target, TValue value, Action<TTarget, TValue> apply)
    {
        try
        {
            apply(target, value);
        }
        catch (LeadKitException ex)
        {
            throw Error(ex.Message, ex);
        }
        catch (ArgumentException ex)
        {
            throw Error(ex.Message, ex);
        }
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
