using LeadKit.History;
using LeadKit.Leads;
using LeadKit.Operations;
using LeadKit.Storage;
using LeadKit.Validation;

namespace LeadKit.Tests.Operations;

public sealed class OutcomeTests
{
    private static readonly RecordReference Ann = RecordReference.To(new LeadId(Guid.Parse("0193b6a1-0000-7000-8000-000000000001")));

    [Fact]
    public void Report_CountsEveryStatus()
    {
        var report = new OperationReport(
        [
            RecordOutcome.Changed(Ann, [new FieldChange("title", null, "CEO")]),
            RecordOutcome.Changed(Ann),
            RecordOutcome.Unchanged(Ann, "already"),
            RecordOutcome.Failed(Ann, "no"),
            RecordOutcome.Skipped(Ann, "not written"),
            RecordOutcome.Created(Ann),
            RecordOutcome.Deleted(Ann),
        ], isCommitted: true);

        Assert.Equal((7, 2, 1, 1, 1, 1, 1), (report.Total, report.Changed, report.Unchanged, report.Failed, report.Skipped, report.Created, report.Deleted));
        Assert.True(report.HasFailures);
        Assert.Equal("no", Assert.Single(report.Failures).Reason);
        Assert.Equal(0, report.Count((OutcomeStatus)42));
        Assert.Equal("7 records (2 changed, 1 unchanged, 1 failed, 1 skipped, 1 created, 1 deleted); committed", report.ToString());
    }

    [Fact]
    public void Report_DryRunCannotBeCommitted_AndOutcomesCannotBeNull()
    {
        Assert.Throws<ArgumentException>(() => new OperationReport([], isCommitted: true, isDryRun: true));
        Assert.Throws<ArgumentException>(() => new OperationReport([null!], isCommitted: false));
        Assert.Equal("0 records (none); dry run", new OperationReport([], false, true).ToString());
    }

    [Fact]
    public void Failed_FromAValidationException_KeepsItsErrors()
    {
        var exception = new LeadKitValidationException("Lead", [new ValidationError("Emails[50]", "LeadKit.Record.TooManyEntries", "Too many.")]);

        var outcome = RecordOutcome.Failed(Ann, exception);

        Assert.True(outcome.IsFailure);
        Assert.Equal(exception.Message, outcome.Reason);
        Assert.Equal("LeadKit.Record.TooManyEntries", Assert.Single(outcome.Errors).ErrorCode);
        Assert.Empty(RecordOutcome.Failed(null, new RecordNotFoundException("Lead", "x")).Errors);
    }

    [Fact]
    public void AtRow_LocatesAnImportRow()
    {
        var outcome = RecordOutcome.Failed(null, "The e-mail address is not valid.").AtRow(12, "E-mail Address");

        Assert.Equal((12L, "E-mail Address"), (outcome.Row, outcome.Column));
        Assert.Equal("row 12 (E-mail Address): Failed — The e-mail address is not valid.", outcome.ToString());
        Assert.Throws<ArgumentOutOfRangeException>(() => RecordOutcome.Created(Ann).AtRow(0));
    }

    [Fact]
    public void With_KeepsTheChanges()
    {
        var skipped = RecordOutcome.Changed(Ann, [new FieldChange("title", "A", "B")]).With(OutcomeStatus.Skipped, "not written");

        Assert.Equal((OutcomeStatus.Skipped, "not written"), (skipped.Status, skipped.Reason));
        Assert.Equal("title: A → B", Assert.Single(skipped.Changes).ToString());
        Assert.Equal($"{Ann}: Skipped — not written", skipped.ToString());
    }

    [Fact]
    public void FieldChange_NeedsAField()
    {
        Assert.Throws<LeadKitValidationException>(() => new FieldChange(" ", "a", "b"));
        Assert.Equal("rating: (empty) → Good", new FieldChange("rating", null, "Good").ToString());
    }
}
