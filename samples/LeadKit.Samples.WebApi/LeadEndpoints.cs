using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.BulkEdit;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Querying;
using LeadKit.Storage;
using LeadKit.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using NodaTime;

namespace LeadKit.Samples.WebApi;

/// <summary>What a client sends to create a lead; every value is checked by LeadKit's own types.</summary>
/// <param name="Name">The name (required), e.g. <c>Ann Lee</c> or <c>Lee, Ann</c>.</param>
/// <param name="Emails">E-mail addresses (business).</param>
/// <param name="Phones">Phone numbers with their kind, e.g. <c>{"kind": "Mobile", "number": "+44 7700 900123"}</c>.</param>
/// <param name="Company">The company.</param>
/// <param name="Title">The job title.</param>
/// <param name="Source">The lead source.</param>
/// <param name="AssignedTo">The id of the user to assign it to.</param>
internal sealed record LeadInput(string? Name, string[]? Emails = null, PhoneInput[]? Phones = null, string? Company = null, string? Title = null, string? Source = null, Guid? AssignedTo = null);

/// <summary>A phone number with its kind.</summary>
/// <param name="Kind">Business, Mobile, Home, …</param>
/// <param name="Number">The number as typed.</param>
internal sealed record PhoneInput(string Kind, string Number);

/// <summary>Edits of one lead through LeadKit's field catalogue, e.g. <c>{"field": "title", "op": "set", "value": "Buyer"}</c>.</summary>
/// <param name="Edits">The edits, applied together.</param>
internal sealed record LeadPatch(FieldEditInput[] Edits);

/// <summary>One edit: a catalogue field, <c>set</c>, <c>clear</c>, <c>add</c> or <c>remove</c>, and the value in the field's text form.</summary>
/// <param name="Field">The field's name, as in filters (<c>title</c>, <c>source</c>, <c>custom.Budget</c>).</param>
/// <param name="Op">The operation.</param>
/// <param name="Value">The value, for set, add and remove.</param>
internal sealed record FieldEditInput(string Field, string Op, string? Value = null);

/// <summary>A page of leads and the cursor to the next one.</summary>
/// <param name="Items">The leads, in LeadKit's JSON format.</param>
/// <param name="NextCursor">Pass as <c>after</c> to read on; null on the last page.</param>
/// <param name="Stars">The displayed stars of each lead, by id (<see cref="ContactRecord.Stars"/>: the one place they are computed).</param>
internal sealed record LeadPage(IReadOnlyList<Lead> Items, string? NextCursor, IReadOnlyDictionary<string, int> Stars);

/// <summary>What an erasure did.</summary>
/// <param name="Erased">The erased lead's id.</param>
/// <param name="Operation">The audit operation (kind <c>Erasure</c>), which holds nothing about the person.</param>
/// <param name="Removed">What was removed, counted.</param>
internal sealed record ErasureOutput(string Erased, string Operation, string? Removed);

/// <summary>Leads: list (filter, sort, keyset paging), read, create, edit and delete with ETag/If-Match, comment.</summary>
internal static class LeadEndpoints
{
    /// <summary>Maps the lead endpoints.</summary>
    public static void MapLeads(this RouteGroupBuilder api)
    {
        var leads = api.MapGroup("/leads").WithTags("Leads");
        leads.MapGet("/", ListAsync).WithSummary("Lists leads: filter and sort in LeadKit's language, keyset paging.");
        leads.MapGet("/{id:guid}", GetAsync).WithName("GetLead").WithSummary("Reads a lead; its ETag is its version.");
        leads.MapPost("/", CreateAsync).WithSummary("Creates a lead, scored with the workspace's profile.");
        leads.MapPatch("/{id:guid}", PatchAsync).WithSummary("Edits a lead through the field catalogue; needs If-Match.");
        leads.MapDelete("/{id:guid}", DeleteAsync).WithSummary("Deletes a lead (restorable from its history); needs If-Match.");
        leads.MapPost("/{id:guid}/comments", CommentAsync).WithSummary("Appends a paragraph to the lead's comments.");
        leads.MapPost("/{id:guid}/erase", EraseAsync).WithSummary("Erases a person for good (right to erasure): the lead, present or deleted, with its history, opportunities and undo entries; one audit operation stays.");
    }

    private static async Task<IResult> ListAsync(OperationContext context, string? filter, string? sort, int? pageSize, string? after, CancellationToken cancellationToken)
    {
        var size = pageSize ?? 50;
        if (size is < 1 or > 500)
        {
            throw Invalid("pageSize", "LeadKit.Sample.PageSize", $"pageSize must be 1 to 500 (was {size}).");
        }

        var query = new RecordQuery(Filter.Parse(filter ?? string.Empty), SortSpec.Parse(sort ?? string.Empty));
        await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken);
        var page = await unit.Leads.PageAsync(query, size, after is null ? null : PageCursor.Parse(after), cancellationToken);
        return Results.Ok(new LeadPage(page.Items, page.NextCursor?.ToString(), page.Items.ToDictionary(l => l.Id.ToString(), l => l.Stars)));
    }

    private static async Task<IResult> GetAsync(Guid id, OperationContext context, HttpContext http, CancellationToken cancellationToken)
    {
        await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken);
        var lead = await unit.Leads.GetAsync(new LeadId(id), cancellationToken);
        return WithETag(http, lead, Results.Ok(lead));
    }

    private static async Task<IResult> CreateAsync(LeadInput input, OperationContext context, HttpContext http, CancellationToken cancellationToken)
    {
        var lead = Lead.Create(At("name", () => PersonName.Parse(input.Name ?? string.Empty)), context.Clock, context.ActingUser);
        for (var i = 0; i < (input.Emails?.Length ?? 0); i++)
        {
            var text = input.Emails![i];
            At($"emails[{i}]", () => lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse(text))));
        }

        for (var i = 0; i < (input.Phones?.Length ?? 0); i++)
        {
            var phone = input.Phones![i];
            At($"phones[{i}]", () => lead.AddPhone(new PhoneNumber(
                Enum.TryParse<PhoneKind>(phone.Kind, ignoreCase: true, out var kind) ? kind : throw Invalid("kind", "LeadKit.Sample.PhoneKind", $"'{phone.Kind}' is not a phone kind ({string.Join(", ", Enum.GetNames<PhoneKind>())})."),
                phone.Number)));
        }

        At("company", () => lead.SetCompanyName(input.Company));
        At("title", () => lead.SetJobTitle(input.Title));
        At("source", () => lead.SetSource(input.Source is null ? null : new LeadSource(input.Source)));
        lead.SetAssignedTo(input.AssignedTo is { } user ? new UserId(user) : null);

        await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken);
        if (context.Rescorer is { } rescorer)
        {
            await rescorer.RescoreAsync(unit, [lead], cancellationToken);   // picklists, then the stored score
        }

        await unit.Leads.AddAsync([lead], cancellationToken);
        await unit.CommitAsync(cancellationToken);
        var saved = await ReadAsync(context, lead.Id, cancellationToken);
        return WithETag(http, saved, Results.CreatedAtRoute("GetLead", new { id = lead.Id.Value }, saved));
    }

    private static async Task<IResult> PatchAsync(Guid id, LeadPatch patch, BulkEditor editor, OperationContext context, HttpContext http, CancellationToken cancellationToken)
    {
        var version = RequiredVersion(http);
        var edits = await ParseEditsAsync(editor, patch.Edits, cancellationToken);

        // The version is part of the selection, and the store checks it again when it writes: a stale If-Match changes nothing.
        var selection = LeadSelection.Matching(RecordField.Id.EqualTo(id.ToString()) & RecordField.Version.EqualTo(version));
        var result = await editor.ApplyAsync(new BulkEditRequest(selection, edits), cancellationToken);
        if (result.Report.Outcomes.Count == 0)
        {
            return await PreconditionFailedAsync(context, new LeadId(id), cancellationToken);
        }

        if (!result.Report.IsCommitted)
        {
            var failure = result.Report.Failures.First();
            throw new LeadKitValidationException(nameof(Lead), failure.Errors.Count > 0 ? failure.Errors : [new ValidationError("edits", "LeadKit.Sample.EditRefused", failure.Reason ?? "The edit was refused.")]);
        }

        var saved = await ReadAsync(context, new LeadId(id), cancellationToken);
        return WithETag(http, saved, Results.Ok(saved));
    }

    private static async Task<IResult> DeleteAsync(Guid id, LeadDeletion deletion, OperationContext context, HttpContext http, CancellationToken cancellationToken)
    {
        var version = RequiredVersion(http);
        var selection = LeadSelection.Matching(RecordField.Id.EqualTo(id.ToString()) & RecordField.Version.EqualTo(version));
        var report = await deletion.DeleteAsync(selection, cancellationToken: cancellationToken);
        return report.Outcomes.Count == 0 ? await PreconditionFailedAsync(context, new LeadId(id), cancellationToken) : Results.NoContent();
    }

    private static async Task<IResult> EraseAsync(Guid id, OperationContext context, CancellationToken cancellationToken)
    {
        var report = await new RecordErasure(context).EraseAsync(RecordReference.To(new LeadId(id)), cancellationToken);
        return Results.Ok(new ErasureOutput(id.ToString(), report.Operation!.Value.ToString(), report.Outcomes[0].Reason));
    }

    private static async Task<IResult> CommentAsync(Guid id, CommentInput input, LeadComments comments, OperationContext context, HttpContext http, CancellationToken cancellationToken)
    {
        await comments.AddCommentAsync(new LeadId(id), input.Text ?? string.Empty, cancellationToken);
        var saved = await ReadAsync(context, new LeadId(id), cancellationToken);
        return WithETag(http, saved, Results.Ok(saved));
    }

    /// <summary>The edits of a request, each read through the workspace's field catalogue; a refusal names <c>edits[i]</c>.</summary>
    internal static async Task<List<FieldEdit>> ParseEditsAsync(BulkEditor editor, IEnumerable<FieldEditInput> edits, CancellationToken cancellationToken)
    {
        var catalog = await editor.GetCatalogAsync(cancellationToken);
        return [.. edits.Select((e, i) => At($"edits[{i}]", () => FieldEdit.Parse(
            catalog.Get(e.Field),
            Enum.TryParse<EditOperation>(e.Op, ignoreCase: true, out var op) ? op : throw Invalid("op", "LeadKit.Sample.EditOperation", $"'{e.Op}' is not set, clear, add or remove."),
            e.Value,
            CultureInfo.InvariantCulture)))];
    }

    /// <summary>Reads a lead in its own unit of work.</summary>
    internal static async Task<Lead> ReadAsync(OperationContext context, LeadId id, CancellationToken cancellationToken)
    {
        await using var unit = await context.Store.BeginAsync(context.Workspace, context.ActingUser, cancellationToken);
        return await unit.Leads.GetAsync(id, cancellationToken);
    }

    /// <summary>A lead's entity tag: its version, quoted.</summary>
    internal static string ETagOf(Lead lead) => string.Create(CultureInfo.InvariantCulture, $"\"{lead.Version}\"");

    private static IResult WithETag(HttpContext http, Lead lead, IResult result)
    {
        http.Response.Headers.ETag = ETagOf(lead);
        return result;
    }

    /// <summary>The version an <c>If-Match</c> header names; a missing one is 428, a malformed one 400.</summary>
    private static long RequiredVersion(HttpContext http)
    {
        var header = http.Request.Headers.IfMatch.ToString();
        if (header.Length == 0)
        {
            throw new PreconditionRequiredException();
        }

        var text = header.Trim();
        text = text.StartsWith("W/", StringComparison.Ordinal) ? text[2..] : text;
        return text.Length > 2 && text[0] == '"' && text[^1] == '"' && long.TryParse(text[1..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var version)
            ? version
            : throw Invalid("If-Match", "LeadKit.Sample.IfMatch", $"If-Match must be one entity tag as the lead's ETag gives it, e.g. \"3\" (was {header}).");
    }

    private static async Task<IResult> PreconditionFailedAsync(OperationContext context, LeadId id, CancellationToken cancellationToken)
    {
        var current = await ReadAsync(context, id, cancellationToken);   // 404 when it does not exist
        return Results.Problem(
            statusCode: StatusCodes.Status412PreconditionFailed,
            title: "The lead changed since you read it.",
            detail: string.Create(CultureInfo.InvariantCulture, $"Lead {id} is at version {current.Version}; read it again and retry with If-Match {ETagOf(current)}."));
    }

    /// <summary>Runs a value's construction, prefixing the paths of its validation errors with where it came from.</summary>
    internal static T At<T>(string path, Func<T> make)
    {
        try
        {
            return make();
        }
        catch (LeadKitValidationException invalid)
        {
            throw new LeadKitValidationException(invalid.TypeName, invalid.Errors.Select(e => e.Within(path)));
        }
    }

    private static void At(string path, Action apply) => At(path, () =>
    {
        apply();
        return true;
    });

    /// <summary>A validation error the sample raises itself.</summary>
    internal static LeadKitValidationException Invalid(string path, string code, string message) =>
        new("Request", [new ValidationError(path, code, message)]);
}

/// <summary>A comment to append.</summary>
/// <param name="Text">The paragraph.</param>
internal sealed record CommentInput(string? Text);

/// <summary>An unconditional write to a lead: 428, the If-Match header is required.</summary>
internal sealed class PreconditionRequiredException() : Exception("This request changes a lead: send If-Match with the ETag you read it with.");
