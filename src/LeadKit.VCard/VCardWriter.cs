using System;
using System.Collections.Generic;
using System.IO;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.VCard.Syntax;

namespace LeadKit.VCard;

/// <summary>
/// Writes cards in the version you choose, as UTF-8 with CR LF line ends: lines folded at 75 octets,
/// text escaped, binary values as <c>ENCODING=BASE64</c> (2.1), <c>ENCODING=b</c> (3.0) or
/// <c>data:</c> URIs (4.0), and in 2.1 quoted-printable for text that is not plain ASCII or does not
/// fit on a line. What each version can hold is in <c>docs/vcard.md</c>.
/// </summary>
public static class VCardWriter
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Formats one card.</summary>
    /// <param name="card">The card.</param>
    /// <param name="version">The version to write (the card's own <see cref="VCard.Version"/> is not used).</param>
    /// <returns>The card's text, from <c>BEGIN:VCARD</c> to <c>END:VCARD</c> and its line end.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="card"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not a version.</exception>
    public static string Write(VCard card, VCardVersion version)
    {
        ArgumentNullException.ThrowIfNull(card);
        CheckVersion(version);
        var output = new StringBuilder();
        AppendCard(output, card, version);
        return output.ToString();
    }

    /// <summary>Writes cards to a stream as they come (a list: <c>cards.ToAsyncEnumerable()</c>).</summary>
    /// <param name="stream">The stream; written to and flushed, not closed.</param>
    /// <param name="cards">The cards.</param>
    /// <param name="version">The version to write.</param>
    /// <param name="cancellationToken">Cancels the writing.</param>
    /// <returns>A task that completes when every card is written.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="stream"/> or <paramref name="cards"/> is null.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="version"/> is not a version.</exception>
    public static Task WriteAsync(Stream stream, IAsyncEnumerable<VCard> cards, VCardVersion version, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentNullException.ThrowIfNull(cards);
        CheckVersion(version);
        return WriteCoreAsync(stream, cards, version, cancellationToken);
    }

    private static async Task WriteCoreAsync(Stream stream, IAsyncEnumerable<VCard> cards, VCardVersion version, CancellationToken cancellationToken)
    {
        var output = new StringBuilder();
        await foreach (var card in cards.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            ArgumentNullException.ThrowIfNull(card, nameof(cards));
            output.Clear();
            AppendCard(output, card, version);
            await stream.WriteAsync(Utf8NoBom.GetBytes(output.ToString()), cancellationToken).ConfigureAwait(false);
        }

        await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    private static void AppendCard(StringBuilder output, VCard card, VCardVersion version)
    {
        output.Append("BEGIN:VCARD\r\nVERSION:").Append(VCard.VersionText(version)).Append("\r\n");
        foreach (var property in card.Properties)
        {
            PropertyFormatter.Append(output, property, version);
        }

        output.Append("END:VCARD\r\n");
    }

    private static void CheckVersion(VCardVersion version)
    {
        if (!Enum.IsDefined(version))
        {
            throw new ArgumentOutOfRangeException(nameof(version), version, "Unknown vCard version.");
        }
    }
}
