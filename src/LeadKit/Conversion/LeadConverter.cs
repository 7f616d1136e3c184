using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Contacts;
using LeadKit.CustomFields;
using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Utility;
using LeadKit.Validation;

namespace LeadKit.Conversion;

/// <summary>
/// Converts leads into business contacts (the contact manager's "Convert To"): plan first, then commit.
/// A lead becomes a business contact with the <b>same identifier</b> (the lead's GUID as its
/// <see cref="ContactId"/>), the same creation stamp, every shared field, e-mail address, phone
/// number, postal address, the comments and the score state; its custom-field values go to the
/// contact's fields of the same name and a compatible type, and those with no place are reported
/// (and kept on the lead); its history and opportunities move to the contact. The Details page
/// starts empty. The lead stays, marked converted (<see cref="Lead.ConvertedTo"/>), and the
/// contact links back (<see cref="BusinessContact.ConvertedFrom"/>); both get a
/// <see cref="ActivityKind.Converted"/> history entry. Everything happens in one unit of work.
/// </summary>
/// <example>
/// <code>
/// var converter = new LeadConverter(new OperationContext(store, workspace, clock, actingUser));
/// ConversionPlan plan = await converter.PlanAsync(LeadSelection.Of(leadId));
/// foreach (var unmapped in plan.Leads[0].Unmapped) Console.WriteLine(unmapped);
/// ConversionResult result = await converter.CommitAsync(plan);
/// </code>
/// </example>
public sealed class LeadConverter
{
    private readonly OperationContext _context;

    /// <summary>Creates the operation.</summary>
    /// <param name="context">Where and as whom it runs.</param>
    public LeadConverter(OperationContext context)
    {
        _context = context ?? throw new ArgumentNullException(nameof(context));
    }

    /// <summary>Plans the conversion of the selected leads; writes nothing.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="options">The options; <see cref="ConversionOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the work.</param>
    /// <returns>The plan: per lead, what will be copied and mapped, what has no place, and what stops it.</returns>
    /// <exception cref="LeadKitValidationException">A value of <see cref="ConversionOptions.ContactFieldValues"/> names no custom field of business contacts or does not fit it.</exception>
    public async Task<ConversionPlan> PlanAsync(LeadSelection leads, ConversionOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(leads);
        options ??= ConversionOptions.Default;
        var unit = await _context.Store.BeginAsync(_context.Workspace, _context.ActingUser, cancellationToken).ConfigureAwait(false);
        await using (unit.ConfigureAwait(false))
        {
            var schema = await unit.CustomFields.GetSchemaAsync(cancellationToken).ConfigureAwait(false);
            CheckContactFieldValues(options, schema);
            var planned = new List<LeadConversion>();
            await foreach (var (id, lead) in leads.ReadAsync(unit, cancellationToken).ConfigureAwait(false))
            {
                planned.Add(lead is null ? Missing(id) : await PlanLeadAsync(unit, lead, schema, options, cancellationToken).ConfigureAwait(false));
            }

            return new ConversionPlan(planned, options, schema.For(RecordKind.BusinessContact), _context.Clock.GetCurrentInstant());
        }
    }

    /// <summary>
    /// Carries out a plan in one unit of work. A lead that could not be converted when planned,
    /// that changed since (another version), or that was converted meanwhile fails; under
    /// <see cref="FailurePolicy.AllOrNothing"/> (the plan's default) one failure means nothing is written.
    /// </summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The report and the leads converted.</returns>
    /// <exception cref="LeadKitException">The business contacts' custom fields changed since the plan was made: plan again.</exception>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the conversion was saved; nothing was written.</exception>
    public async Task<ConversionResult> CommitAsync(ConversionPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var converted = new List<ConvertedLead>();
        var report = await OperationRun<Conversion>.RunAsync(
            _context,
            plan.Options.Policy,
            dryRun: false,
            async (unit, run, ct) =>
            {
                var schema = await unit.CustomFields.GetSchemaAsync(ct).ConfigureAwait(false);
                var contactFields = schema.For(RecordKind.BusinessContact).ToList();
                if (contactFields.Count != plan.ContactFields.Count || contactFields.Except(plan.ContactFields).Any())
                {
                    throw new LeadKitException("The custom fields of business contacts changed since the conversion was planned: plan it again. Nothing was written.");
                }

                foreach (var planned in plan.Leads)
                {
                    var reference = RecordReference.To(planned.Lead);
                    if (!planned.CanConvert)
                    {
                        run.Report(RecordOutcome.Failed(reference, planned.RefusedReason!, planned.Problems));
                        continue;
                    }

                    var lead = await unit.Leads.FindAsync(planned.Lead, ct).ConfigureAwait(false);
                    if (lead is null || lead.Version != planned.LeadVersion)
                    {
                        var reason = lead is null
                            ? $"Lead {planned.Lead} was deleted after the conversion was planned."
                            : $"Lead {planned.Lead} was changed after the conversion was planned (version {planned.LeadVersion} then, {lead.Version} now): plan it again.";
                        run.Report(RecordOutcome.Failed(reference, reason, [new ValidationError(string.Empty, "LeadKit.Conversion.Stale", reason)]));
                        continue;
                    }

                    var fresh = await PlanLeadAsync(unit, lead, schema, plan.Options, ct).ConfigureAwait(false);
                    if (!fresh.CanConvert)
                    {
                        run.Report(RecordOutcome.Failed(reference, fresh.RefusedReason!, fresh.Problems));
                        continue;
                    }

                    var conversion = Convert(lead, fresh, schema, plan.Options);
                    var outcome = RecordOutcome.Changed(reference, [new FieldChange("convertedTo", null, fresh.Contact.ToString())], conversion.Contact.Reference);
                    await run.ChangeAsync(outcome, conversion, ct).ConfigureAwait(false);
                }
            },
            async (unit, batch, ct) =>
            {
                if (_context.Rescorer is { } rescorer)
                {
                    await rescorer.RescoreAsync(unit, [.. batch.Select(c => c.Contact)], ct).ConfigureAwait(false);
                }

                // The update is the step that may conflict; everything after it only adds and moves.
                await unit.Leads.UpdateAsync([.. batch.Select(c => c.Lead)], ct).ConfigureAwait(false);
                await OperationRun<Conversion>.ThenAsync(async () =>
                {
                    await unit.Contacts.AddAsync([.. batch.Select(c => c.Contact)], ct).ConfigureAwait(false);
                    foreach (var c in batch)
                    {
                        await unit.History.RelinkAsync(c.Lead.Reference, c.Contact.Reference, ct).ConfigureAwait(false);
                        await unit.Opportunities.RelinkAsync(c.Lead.Reference, c.Contact.Reference, ct).ConfigureAwait(false);
                    }

                    await unit.History.AddAsync([.. batch.SelectMany(c => new HistoryItem[] { c.LeadEntry, c.ContactEntry })], ct).ConfigureAwait(false);
                }).ConfigureAwait(false);
                converted.AddRange(batch.Select(c => new ConvertedLead(c.Lead.Id, c.Contact.Id, c.Unmapped)));
            },
            cancellationToken).ConfigureAwait(false);
        return new ConversionResult(report, report.IsCommitted ? converted : [], plan);
    }

    /// <summary>Plans and commits in one call: <see cref="PlanAsync"/>, then <see cref="CommitAsync"/>.</summary>
    /// <param name="leads">The leads.</param>
    /// <param name="options">The options; <see cref="ConversionOptions.Default"/> when <see langword="null"/>.</param>
    /// <param name="cancellationToken">Cancels the work; nothing is written.</param>
    /// <returns>The report, the leads converted and the plan.</returns>
    /// <exception cref="LeadKitValidationException">A value of <see cref="ConversionOptions.ContactFieldValues"/> names no custom field of business contacts or does not fit it.</exception>
    /// <exception cref="ConcurrencyConflictException">A lead was changed by someone else while the conversion was saved; nothing was written.</exception>
    public async Task<ConversionResult> ConvertAsync(LeadSelection leads, ConversionOptions? options = null, CancellationToken cancellationToken = default)
    {
        var plan = await PlanAsync(leads, options, cancellationToken).ConfigureAwait(false);
        return await CommitAsync(plan, cancellationToken).ConfigureAwait(false);
    }

    private static LeadConversion Missing(LeadId id)
    {
        var message = $"Lead {id} was not found in this workspace.";
        return new LeadConversion(id, new ContactId(id.Value), 0, string.Empty, [], [], [], 0, 0, [new ValidationError(string.Empty, "LeadKit.Conversion.NotFound", message)]);
    }

    private static void CheckContactFieldValues(ConversionOptions options, CustomFieldSchema schema)
    {
        foreach (var (name, value) in options.ContactFieldValues)
        {
            var definition = schema.Find(RecordKind.BusinessContact, name)
                ?? throw Preconditions.Invalid(nameof(ConversionOptions), $"ContactFieldValues[{name}]", "LeadKit.Conversion.UnknownContactField", $"Business contacts have no custom field '{name}'.");
            var errors = definition.Check(value ?? throw new ArgumentException($"The value for '{name}' is null.", nameof(options)));
            if (errors.Count > 0)
            {
                throw new LeadKitValidationException(nameof(ConversionOptions), errors.Select(e => e.Within($"ContactFieldValues[{name}]")));
            }
        }
    }

    private static async Task<LeadConversion> PlanLeadAsync(IUnitOfWork unit, Lead lead, CustomFieldSchema schema, ConversionOptions options, CancellationToken cancellationToken)
    {
        var contact = new ContactId(lead.Id.Value);
        var copied = RecordField.BuiltIn.Where(f => f.Editor is not null).SelectMany(f => f.Editor!.Display(f.Editor.Capture(lead)) is { } text ? new[] { new FieldChange(f.Name, text, text) } : []).ToList();
        var mappings = lead.CustomFields.Select(kv => CustomFieldMapping.Map(kv.Key, kv.Value, schema.Find(RecordKind.Lead, kv.Key), schema)).ToList();
        var mapped = mappings.Where(m => m.IsMapped).Select(m => m.ContactField!).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var filled = options.ContactFieldValues.Where(kv => !mapped.Contains(kv.Key))
            .Select(kv => new FieldChange(RecordField.Custom(schema.Find(RecordKind.BusinessContact, kv.Key)!.Name).Name, null, kv.Value.ToInvariantString()))
            .ToList();

        var problems = new List<ValidationError>();
        if (lead.ConvertedTo is { } existing)
        {
            problems.Add(Problem("LeadKit.Conversion.AlreadyConverted", $"Lead {lead.Id} was already converted into business contact {existing}: a lead is converted once."));
        }
        else if (await unit.Contacts.FindAsync(contact, cancellationToken).ConfigureAwait(false) is not null)
        {
            problems.Add(Problem("LeadKit.Conversion.ContactExists", $"A business contact with the lead's identifier {contact} exists already."));
        }

        var unmapped = mappings.Where(m => !m.IsMapped).ToList();
        if (options.UnmappedFields == UnmappedFieldPolicy.Refuse && unmapped.Count > 0)
        {
            problems.Add(Problem("LeadKit.Conversion.Unmapped", $"Custom fields have no place on a business contact: {string.Join("; ", unmapped.Select(u => $"{u.LeadField} ({u.Reason})"))}."));
        }

        foreach (var required in schema.For(RecordKind.BusinessContact).Where(d => d.IsRequired && !mapped.Contains(d.Name) && !options.ContactFieldValues.Keys.Contains(d.Name, StringComparer.OrdinalIgnoreCase)))
        {
            problems.Add(Problem("LeadKit.Conversion.RequiredContactField", $"Business contacts require custom field '{required.Name}' and no value of the lead maps to it: give one in ConversionOptions.ContactFieldValues."));
        }

        var history = 0;
        await foreach (var _ in unit.History.ListForAsync(lead.Reference, cancellationToken).ConfigureAwait(false))
        {
            history++;
        }

        var opportunities = 0;
        await foreach (var _ in unit.Opportunities.ListForAsync(lead.Reference, cancellationToken).ConfigureAwait(false))
        {
            opportunities++;
        }

        return new LeadConversion(lead.Id, contact, lead.Version, lead.Name.FullName, copied, mappings, filled, history, opportunities, problems);
    }

    private Conversion Convert(Lead lead, LeadConversion plan, CustomFieldSchema schema, ConversionOptions options)
    {
        // The contact keeps the lead's identity: same GUID, same creation stamp.
        var contact = BusinessContact.FromLead(lead, plan.Contact, lead.CreatedAt, lead.CreatedBy);
        foreach (var mapping in plan.CustomFields.Where(m => m.IsMapped))
        {
            contact.SetCustomField(schema.Find(RecordKind.BusinessContact, mapping.ContactField!)!, mapping.ContactValue);
        }

        foreach (var (name, value) in options.ContactFieldValues)
        {
            var definition = schema.Find(RecordKind.BusinessContact, name)!;
            if (!contact.CustomFields.ContainsKey(definition.Name))
            {
                contact.SetCustomField(definition, value);
            }
        }

        lead.MarkConverted(plan.Contact);
        var unmapped = plan.Unmapped;
        var body = unmapped.Count == 0
            ? null
            : "Not carried over (no place on a business contact; kept on the lead):\n" + string.Join("\n", unmapped.Select(u => $"{u.LeadField} = {u.Value.ToInvariantString()}: {u.Reason}"));
        var leadEntry = Activities.Create(_context, lead.Reference, ActivityKind.Converted, $"Converted into business contact {lead.Name.FullName}", [new FieldChange("convertedTo", null, plan.Contact.ToString())], body, contact.Reference);
        var contactEntry = Activities.Create(_context, contact.Reference, ActivityKind.Converted, $"Converted from lead {lead.Name.FullName}", [new FieldChange("convertedFrom", null, lead.Id.ToString())], body, lead.Reference);
        return new Conversion(lead, contact, leadEntry, contactEntry, unmapped);
    }

    private static ValidationError Problem(string code, string message) => new(string.Empty, code, message);

    /// <summary>A converted lead waiting to be saved: the marked lead, the new contact, their history entries.</summary>
    private sealed record Conversion(Lead Lead, BusinessContact Contact, ActivityEntry LeadEntry, ActivityEntry ContactEntry, IReadOnlyList<CustomFieldMapping> Unmapped);
}
