using System;
using System.Globalization;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Leads;
using LeadKit.Storage;
using LeadKit.Utility;
using NodaTime;

namespace LeadKit.Operations;

/// <summary>
/// Adds to a lead's comments and saves the lead: a paragraph of text, or the "add timestamp"
/// action, which appends the clock's current date and time in the user's zone and culture (the
/// culture's short date and time), optionally followed by text. Each call is one unit of work.
/// </summary>
/// <example>
/// <code>
/// var comments = new LeadComments(new OperationContext(store, workspace, clock, actingUser));
/// await comments.AddTimestampAsync(leadId, DateTimeZoneProviders.Tzdb["Europe/Paris"], CultureInfo.GetCultureInfo("fr-FR"), "Called back, wants a demo.");
/// </code>
/// </example>
public sealed class LeadComments
{
    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs.</param>
    public LeadComments(OperationContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>Appends a paragraph to a lead's comments and saves the lead.</summary>
    /// <param name="lead">The lead.</param>
    /// <param name="text">The text (not blank).</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The text appended.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The text is blank, or the comments would grow past <see cref="ContactRecord.MaxCommentsLength"/>.</exception>
    /// <exception cref="RecordNotFoundException">The workspace has no such lead.</exception>
    /// <exception cref="ConcurrencyConflictException">The lead was changed by someone else meanwhile; nothing was written.</exception>
    public Task<string> AddCommentAsync(LeadId lead, string text, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw Preconditions.Invalid(nameof(Lead), nameof(ContactRecord.Comments), "LeadKit.Comments.TextRequired", "A comment needs text.");
        }

        return ChangeAsync(lead, l =>
        {
            l.AppendComment(text);
            return text;
        }, cancellationToken);
    }

    /// <summary>
    /// The "add timestamp" action: appends the clock's current date and time, formatted for the
    /// user's zone and culture, then (on the next line) the text if given, and saves the lead.
    /// </summary>
    /// <param name="lead">The lead.</param>
    /// <param name="zone">The user's time zone.</param>
    /// <param name="culture">The user's culture.</param>
    /// <param name="text">Text to write after the timestamp, if any.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The text appended: the timestamp, and the text on the next line when given.</returns>
    /// <exception cref="Validation.LeadKitValidationException">The comments would grow past <see cref="ContactRecord.MaxCommentsLength"/>.</exception>
    /// <exception cref="RecordNotFoundException">The workspace has no such lead.</exception>
    /// <exception cref="ConcurrencyConflictException">The lead was changed by someone else meanwhile; nothing was written.</exception>
    public Task<string> AddTimestampAsync(LeadId lead, DateTimeZone zone, CultureInfo culture, string? text = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(zone);
        ArgumentNullException.ThrowIfNull(culture);
        return ChangeAsync(lead, l =>
        {
            var stamp = l.AddTimestamp(_context.Clock, zone, culture);
            if (string.IsNullOrWhiteSpace(text))
            {
                return stamp;
            }

            l.AppendComment(text);
            return stamp + "\n" + text;
        }, cancellationToken);
    }

    private async Task<string> ChangeAsync(LeadId id, Func<Lead, string> change, CancellationToken cancellationToken)
    {
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var lead = await unit.Leads.GetAsync(id, cancellationToken).ConfigureAwait(false);
            var appended = change(lead);
            if (_context.Rescorer is { } rescorer)
            {
                await rescorer.RescoreAsync(unit, [lead], cancellationToken).ConfigureAwait(false);
            }

            await unit.Leads.UpdateAsync([lead], cancellationToken).ConfigureAwait(false);
            await unit.CommitAsync(cancellationToken).ConfigureAwait(false);
            return appended;
        }
    }
}
