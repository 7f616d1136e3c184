using System;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.Merging;
using LeadKit.Querying;
using LeadKit.Reports;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Validation;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace LeadKit.Samples.WebApi;

/// <summary>
/// LeadKit's typed errors as problem details (RFC 9457): validation → 400 with the field paths in
/// <c>errors</c> (and the stable codes in <c>codes</c>), a filter or sort that does not parse → 400, not found → 404
/// (a lead, an operation, a report, a criterion), a version conflict or a taken report name → 409, a domain
/// refusal (too little data, an assignment to a stranger) → 422. Anything else is left to the default handler
/// (500, no details).
/// </summary>
internal sealed class LeadKitProblems(IProblemDetailsService problems) : IExceptionHandler
{
    /// <summary>The code of LeadKit's error for a criterion the profile does not have.</summary>
    internal const string UnknownCriterion = "LeadKit.ScoringProfile.UnknownCriterion";

    /// <inheritdoc />
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails? details = exception switch
        {
            LeadKitValidationException { Errors: [{ ErrorCode: UnknownCriterion }] } => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "No such criterion." },
            LeadKitValidationException invalid => new HttpValidationProblemDetails(
                invalid.Errors.GroupBy(e => e.PropertyPath).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()))
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "The request is not valid.",
                Extensions = { ["codes"] = invalid.Errors.GroupBy(e => e.PropertyPath).ToDictionary(g => g.Key, g => g.Select(e => e.ErrorCode).ToArray()) },
            },
            FilterException or FormatException or BadHttpRequestException => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The request is not valid." },
            PreconditionRequiredException => new ProblemDetails { Status = StatusCodes.Status428PreconditionRequired, Title = "If-Match is required." },
            ReportException { Code: "LeadKit.Report.NotFound" } => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "No such report." },
            ReportException { Code: "LeadKit.Report.NameTaken" } => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "A report has that name already." },
            ReportException report => new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "The report is not valid.", Extensions = { ["code"] = report.Code, ["field"] = report.Field } },
            MergeRefusedException refused => new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = "The merge was refused.", Extensions = { ["reason"] = refused.Reason.ToString(), ["field"] = refused.Field, ["lead"] = refused.Lead?.ToString() } },
            RecordNotFoundException => new ProblemDetails { Status = StatusCodes.Status404NotFound, Title = "Not found." },
            ConcurrencyConflictException => new ProblemDetails { Status = StatusCodes.Status409Conflict, Title = "Someone else saved it first: read it again." },
            NotEnoughEvidenceException or ScoringException or LeadKitException => new ProblemDetails { Status = StatusCodes.Status422UnprocessableEntity, Title = "LeadKit refused the request." },
            _ => null,
        };
        if (details is null)
        {
            return false;
        }

        details.Detail ??= exception.Message;
        httpContext.Response.StatusCode = details.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = details, Exception = exception });
    }
}
