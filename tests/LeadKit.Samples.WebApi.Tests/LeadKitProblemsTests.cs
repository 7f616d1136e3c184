using System.IO;
using System.Text.Json;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Reports;
using LeadKit.Scoring;
using LeadKit.Storage;
using LeadKit.Validation;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace LeadKit.Samples.WebApi.Tests;

/// <summary>
/// The mapping of LeadKit's typed errors to problem details, for the errors the HTTP tests cannot
/// provoke on demand (a write that loses a race between the read and the commit).
/// </summary>
public sealed class LeadKitProblemsTests
{
    public static TheoryData<string, int> Cases => new()
    {
        { "conflict", 409 },
        { "not-found", 404 },
        { "report-taken", 409 },
        { "report-not-found", 404 },
        { "report-invalid", 400 },
        { "assignment-refused", 422 },
        { "not-enough-evidence", 422 },
        { "unknown-criterion", 404 },
        { "validation", 400 },
        { "filter", 400 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task TryHandle_MapsTheException_ToItsStatus(string error, int status)
    {
        var (handled, http) = await HandleAsync(Exception(error));

        Assert.True(handled);
        Assert.Equal(status, http.Response.StatusCode);
        http.Response.Body.Position = 0;
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(http.Response.Body);
        Assert.Equal(status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
    }

    [Fact]
    public async Task TryHandle_Validation_ListsThePathsAndCodes()
    {
        var (_, http) = await HandleAsync(Exception("validation"));

        http.Response.Body.Position = 0;
        var problem = await JsonSerializer.DeserializeAsync<JsonElement>(http.Response.Body);
        Assert.Equal("A message.", problem.GetProperty("errors").GetProperty("emails[0].Domain")[0].GetString());
        Assert.Equal("LeadKit.EmailAddress.Domain", problem.GetProperty("codes").GetProperty("emails[0].Domain")[0].GetString());
    }

    [Fact]
    public async Task TryHandle_AnythingElse_IsLeftToTheDefaultHandler()
    {
        var (handled, http) = await HandleAsync(new InvalidOperationException("a bug"));

        Assert.False(handled);
        Assert.Equal(0, http.Response.Body.Length);
    }

    private static Exception Exception(string error) => error switch
    {
        "conflict" => new ConcurrencyConflictException("Lead", Guid.NewGuid().ToString(), 3, 4),
        "not-found" => new RecordNotFoundException("Lead", Guid.NewGuid().ToString()),
        "report-taken" => new ReportException("LeadKit.Report.NameTaken", "A report is named 'X' already.", report: "X"),
        "report-not-found" => new ReportException("LeadKit.Report.NotFound", "No report is named 'X'.", report: "X"),
        "report-invalid" => new ReportException("LeadKit.Report.UnknownField", "No field 'x'.", field: "x"),
        "assignment-refused" => new AssignmentRefusedException(UserId.New(), AssignmentRefusal.NotInWorkspace, "Not in the workspace."),
        "not-enough-evidence" => new NotEnoughEvidenceException("Too few closed leads.", 3, 1),
        "unknown-criterion" => new LeadKitValidationException("ScoringProfile", [new ValidationError("Criteria", LeadKitProblems.UnknownCriterion, "The profile has no criterion 'x'.")]),
        "validation" => new LeadKitValidationException("Lead", [new ValidationError("emails[0].Domain", "LeadKit.EmailAddress.Domain", "A message.")]),
        "filter" => Assert.ThrowsAny<Querying.FilterException>(() => Querying.Filter.Parse("stars >")),
        _ => throw new ArgumentOutOfRangeException(nameof(error), error, null),
    };

    private static async Task<(bool Handled, HttpContext Http)> HandleAsync(Exception exception)
    {
        var services = new ServiceCollection().AddLogging().AddProblemDetails().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Response.Body = new MemoryStream();
        var handler = ActivatorUtilities.CreateInstance<LeadKitProblems>(services);
        return (await handler.TryHandleAsync(http, exception, CancellationToken.None), http);
    }
}
