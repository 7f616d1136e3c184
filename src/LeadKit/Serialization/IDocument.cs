using System.Text.Json;

namespace LeadKit.Serialization;

/// <summary>
/// A wire document: the JSON shape of one domain type, and the one place its mapping lives
/// (<see cref="From"/> one way, <see cref="ToValue"/> the other, through the domain's own API).
/// </summary>
/// <typeparam name="TSelf">The document type.</typeparam>
/// <typeparam name="TValue">The domain type it carries.</typeparam>
internal interface IDocument<TSelf, TValue>
    where TSelf : class, IDocument<TSelf, TValue>
{
    /// <summary>Gets a value indicating whether the document is a top-level document that carries a <c>schemaVersion</c>.</summary>
    static virtual bool IsVersioned => false;

    /// <summary>Gets the token the document starts with.</summary>
    static virtual JsonTokenType StartToken => JsonTokenType.StartObject;

    /// <summary>Builds the document of a domain value.</summary>
    static abstract TSelf From(TValue value);

    /// <summary>Rebuilds the domain value through the domain's API, so that JSON can never build an invalid object.</summary>
    /// <param name="path">Where this document sits, for error messages.</param>
    /// <exception cref="JsonException">The document is not a valid value; the domain's refusal is the inner exception.</exception>
    TValue ToValue(DocumentPath path);
}
