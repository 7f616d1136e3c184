using System;
using System.Buffers;
using System.IO;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Serialization;

namespace LeadKit.Cli.Rendering;

/// <summary>
/// Writes the one JSON document of a <c>--json</c> command to standard output, domain objects in
/// the library's own format (<see cref="LeadKitJsonOptions.ConfigureForLeadKit"/>). Long documents
/// are flushed as they are written, so a listing streams instead of waiting for the last record.
/// </summary>
internal sealed class JsonOutput : IDisposable
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly TextWriter _output;

    /// <summary>Starts a document.</summary>
    /// <param name="output">Standard output.</param>
    public JsonOutput(TextWriter output)
    {
        _output = output ?? throw new ArgumentNullException(nameof(output));

        // Standard output is not HTML: keep names such as "José" readable.
        Writer = new Utf8JsonWriter(_buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping });
    }

    /// <summary>Gets the options that write LeadKit's domain types.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    /// <summary>Gets the writer of the document.</summary>
    public Utf8JsonWriter Writer { get; }

    /// <summary>Writes a domain object (a lead, a user) in the library's JSON format.</summary>
    /// <typeparam name="T">Its type.</typeparam>
    /// <param name="value">The object.</param>
    public void WriteValue<T>(T value) =>
        JsonSerializer.Serialize(Writer, value, (JsonTypeInfo<T>)SerializerOptions.GetTypeInfo(typeof(T)));

    /// <summary>Writes a named property holding a domain object.</summary>
    /// <typeparam name="T">Its type.</typeparam>
    /// <param name="name">The property name.</param>
    /// <param name="value">The object.</param>
    public void WriteValue<T>(string name, T value)
    {
        Writer.WritePropertyName(name);
        WriteValue(value);
    }

    /// <summary>Passes what is written so far on to standard output.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the text is written.</returns>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        await Writer.FlushAsync(cancellationToken);
        if (_buffer.WrittenCount > 0)
        {
            // A flushed Utf8JsonWriter ends on a whole token, so no character is split here.
            await _output.WriteAsync(Encoding.UTF8.GetString(_buffer.WrittenSpan).AsMemory(), cancellationToken);
            _buffer.ResetWrittenCount();
        }
    }

    /// <summary>Ends the document with a line break and flushes standard output.</summary>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    public async Task CompleteAsync(CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await _output.WriteLineAsync();
        await _output.FlushAsync(cancellationToken);
    }

    /// <summary>Writes a whole, small document.</summary>
    /// <param name="output">Standard output.</param>
    /// <param name="write">Writes the document's one value.</param>
    /// <param name="cancellationToken">Cancels the write.</param>
    /// <returns>A task that completes when the document is written.</returns>
    public static async Task WriteAsync(TextWriter output, Action<JsonOutput> write, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var json = new JsonOutput(output);
        write(json);
        await json.CompleteAsync(cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose() => Writer.Dispose();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions().ConfigureForLeadKit();
        options.MakeReadOnly();
        return options;
    }
}
