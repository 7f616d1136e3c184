using System;
using System.ComponentModel;
using System.Globalization;
using System.Linq;
using System.Threading;
using System.Threading.Tasks;
using LeadKit.BulkEdit;
using LeadKit.Cli.Hosting;
using LeadKit.Leads;
using LeadKit.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace LeadKit.Cli.Commands;

/// <summary><c>leadkit lead add</c>: creates a lead from options and prints its id.</summary>
/// <param name="host">The host.</param>
internal sealed class LeadAddCommand(CliHost host) : LeadKitCommand<LeadAddCommand.Settings>(host)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(Settings settings, CancellationToken cancellationToken)
    {
        await using var session = await OpenSessionAsync(settings, cancellationToken);
        var lead = Lead.Create(Build("--name", settings.Name, PersonName.Parse), Host.Clock, session.ActingUser.Id);
        foreach (var email in settings.Emails)
        {
            Apply("--email", email, text => lead.AddEmail(new EmailEntry(EmailKind.Business, EmailAddress.Parse(text))));
        }

        foreach (var phone in settings.Phones)
        {
            Apply("--phone", phone, text => lead.AddPhone(Settings.ParsePhone(text)));
        }

        Apply("--company", settings.Company, lead.SetCompanyName);
        Apply("--title", settings.Title, lead.SetJobTitle);
        Apply("--department", settings.Department, lead.SetDepartment);
        Apply("--office", settings.Office, lead.SetOffice);
        Apply("--territory", settings.Territory, lead.SetTerritory);
        Apply("--im", settings.ImAddress, lead.SetImAddress);
        Apply("--birthday", settings.Birthday, text => lead.SetBirthday(Settings.ParseDate(text)));
        Apply("--prefer", settings.Prefer, text => lead.SetPreferredContactMethod(Enum.Parse<PreferredContactMethod>(text, ignoreCase: true)));
        lead.SetDoNotCall(settings.DoNotCall);
        lead.SetDoNotEmail(settings.DoNotEmail);
        lead.SetDoNotFax(settings.DoNotFax);
        lead.SetDoNotSendLetter(settings.DoNotSendLetter);
        lead.SetActive(!settings.Inactive);

        if (settings.AssignTo is { } assignee)
        {
            lead.SetAssignedTo(session.ResolveUser(assignee, "--assign").Id);
        }

        // Any other field, by its name in the one field catalogue (the workspace's custom fields included).
        if (settings.Fields.Length > 0)
        {
            var catalog = await new BulkEditor(new LeadKit.Operations.OperationContext(session.Store, session.Workspace.Id, Host.Clock, session.ActingUser.Id)).GetCatalogAsync(cancellationToken);
            var now = Host.Clock.GetCurrentInstant();
            foreach (var assignment in settings.Fields)
            {
                var split = assignment.IndexOf('=', StringComparison.Ordinal);
                if (split <= 0)
                {
                    throw new CliException($"--field '{assignment}': write NAME=VALUE, e.g. --field territory=North or --field custom.Budget=5000.", ExitCodes.Usage);
                }

                var (name, value) = (assignment[..split].Trim(), assignment[(split + 1)..]);
                Build("--field", assignment, _ =>
                {
                    var field = catalog.Get(name);
                    var edit = value.Length == 0 ? FieldEdit.Clear(field) : FieldEdit.Parse(field, EditOperation.Set, value, CultureInfo.InvariantCulture);
                    if (edit.NamesUser)
                    {
                        edit = FieldEdit.Set(field, session.ResolveUser(value, "--field").Id);
                    }

                    edit.ApplyTo(lead, now);
                    return true;
                });
            }
        }

        await using (var work = await session.BeginAsync(cancellationToken))
        {
            // The workspace's lists spell the entries: "trade show" is stored as "Trade Show".
            var sources = await work.Picklists.GetAsync(PicklistKind.LeadSources, cancellationToken);
            var ratings = await work.Picklists.GetAsync(PicklistKind.Ratings, cancellationToken);
            Apply("--source", settings.Source, text => lead.SetSource(new LeadSource(sources.Find(text) ?? text)));
            Apply("--rating", settings.Rating, text => lead.SetRating(new Rating(ratings.Find(text) ?? text)));

            // Without --assign the workspace's assignment rules assign it (RuleAssignment). A new
            // source joins the workspace's list and a rating must be on it (PicklistRules); then the
            // new lead gets its stored score, so `stars` filters and sorts see it at once.
            var context = new LeadKit.Operations.OperationContext(session.Store, session.Workspace.Id, Host.Clock, session.ActingUser.Id)
            {
                Rescorer = new LeadKit.Operations.PicklistRules(new LeadKit.Operations.ProfileRescorer(Host.Clock)),
            };
            try
            {
                await new LeadKit.Assignment.RuleAssignment(context).StageLeadsAsync(work, [lead], cancellationToken);
            }
            catch (LeadKitValidationException ex) when (ex.Errors.Any(e => e.ErrorCode == "LeadKit.Rating.NotInPicklist"))
            {
                throw new CliException($"--rating '{settings.Rating}': {ex.Errors[0].Message}", ExitCodes.DomainError, ex);
            }

            await work.CommitAsync(cancellationToken);
        }

        if (settings.Json)
        {
            await WriteJsonAsync(
                json =>
                {
                    json.Writer.WriteStartObject();
                    json.Writer.WriteString("id", lead.Id.ToString());
                    json.Writer.WriteEndObject();
                },
                cancellationToken);
        }
        else
        {
            // The bare id on its own line, so that `id=$(leadkit lead add …)` works without --json.
            Host.Console.WriteLine(lead.Id.ToString());
        }

        return ExitCodes.Success;
    }

    /// <summary>Builds a value from an option's text; the domain's refusal names the option and the value.</summary>
    private static T Build<T>(string option, string text, Func<string, T> build)
    {
        try
        {
            return build(text);
        }
        catch (Exception ex) when (ex is LeadKitException)
        {
            throw new CliException($"{option} '{text}': {ex.Message}", ExitCodes.DomainError, ex);
        }
    }

    /// <summary>Applies an option given on the command line (a missing one changes nothing).</summary>
    private static void Apply(string option, string? text, Action<string> apply)
    {
        if (text is not null)
        {
            Build(option, text, t =>
            {
                apply(t);
                return true;
            });
        }
    }

    /// <summary>The options of <c>lead add</c>.</summary>
    internal sealed class Settings : GlobalSettings
    {
        /// <summary>Gets other fields to set, as NAME=VALUE.</summary>
        [CommandOption("--field <NAME=VALUE>")]
        [Description("Set any field by its catalogue name (repeatable), e.g. --field territory=North --field custom.Budget=5000 --field doNotCall=true; an empty value clears it.")]
        public string[] Fields { get; init; } = [];

        /// <summary>Gets the lead's full name.</summary>
        [CommandOption("--name <NAME>", true)]
        [Description("The full name, e.g. \"Dr. Ann B. Lee\": prefix, first, middle, last and suffix are recognised.")]
        public string Name { get; init; } = string.Empty;

        /// <summary>Gets the e-mail addresses.</summary>
        [CommandOption("--email <ADDRESS>")]
        [Description("A business e-mail address; repeat for more.")]
        public string[] Emails { get; init; } = [];

        /// <summary>Gets the phone numbers.</summary>
        [CommandOption("--phone <KIND:NUMBER>")]
        [Description("A phone number, optionally with its kind (Business, Mobile, Home, BusinessFax, …): --phone \"Mobile:+1 206 555 0100\"; repeat for more.")]
        public string[] Phones { get; init; } = [];

        /// <summary>Gets the company name.</summary>
        [CommandOption("--company <COMPANY>")]
        [Description("The company the person represents.")]
        public string? Company { get; init; }

        /// <summary>Gets the job title.</summary>
        [CommandOption("--title <TITLE>")]
        [Description("The job title.")]
        public string? Title { get; init; }

        /// <summary>Gets the lead source.</summary>
        [CommandOption("--source <SOURCE>")]
        [Description("How the lead was found, e.g. \"Trade Show\", Web, Partner: any text; the workspace's source list spells it when it matches, and a new source joins the list.")]
        public string? Source { get; init; }

        /// <summary>Gets the rating.</summary>
        [CommandOption("--rating <RATING>")]
        [Description("The rating: one of the workspace's ratings (Excellent, Good, Average, Fair, Poor unless edited with `picklist`).")]
        public string? Rating { get; init; }

        /// <summary>Gets the department.</summary>
        [CommandOption("--department <DEPARTMENT>")]
        [Description("The department.")]
        public string? Department { get; init; }

        /// <summary>Gets the office location.</summary>
        [CommandOption("--office <OFFICE>")]
        [Description("The office location.")]
        public string? Office { get; init; }

        /// <summary>Gets the sales territory.</summary>
        [CommandOption("--territory <TERRITORY>")]
        [Description("The sales territory.")]
        public string? Territory { get; init; }

        /// <summary>Gets the IM address.</summary>
        [CommandOption("--im <ADDRESS>")]
        [Description("The instant-messaging address.")]
        public string? ImAddress { get; init; }

        /// <summary>Gets the birthday.</summary>
        [CommandOption("--birthday <DATE>")]
        [Description("The birthday, as yyyy-MM-dd.")]
        public string? Birthday { get; init; }

        /// <summary>Gets the preferred contact method.</summary>
        [CommandOption("--prefer <METHOD>")]
        [Description("The preferred contact method: Any, Email, Phone, Fax or Letter.")]
        public string? Prefer { get; init; }

        /// <summary>Gets whether the person asked not to be phoned.</summary>
        [CommandOption("--do-not-call")]
        [Description("The person asked not to be phoned.")]
        public bool DoNotCall { get; init; }

        /// <summary>Gets whether the person asked not to be e-mailed.</summary>
        [CommandOption("--do-not-email")]
        [Description("The person asked not to be e-mailed.")]
        public bool DoNotEmail { get; init; }

        /// <summary>Gets whether the person asked not to be faxed.</summary>
        [CommandOption("--do-not-fax")]
        [Description("The person asked not to be faxed.")]
        public bool DoNotFax { get; init; }

        /// <summary>Gets whether the person asked not to be sent letters.</summary>
        [CommandOption("--do-not-send-letter")]
        [Description("The person asked not to be sent letters.")]
        public bool DoNotSendLetter { get; init; }

        /// <summary>Gets whether the lead is stored inactive.</summary>
        [CommandOption("--inactive")]
        [Description("Store the lead as inactive.")]
        public bool Inactive { get; init; }

        /// <summary>Gets the user to assign the lead to.</summary>
        [CommandOption("--assign <USER>")]
        [Description("The user to assign the lead to, by display name or id.")]
        public string? AssignTo { get; init; }

        /// <summary>Builds the phone number of a <c>--phone</c> value that <see cref="Validate"/> accepted.</summary>
        /// <param name="text">The option's text: <c>KIND:NUMBER</c>, or a business <c>NUMBER</c>.</param>
        /// <returns>The phone number.</returns>
        public static PhoneNumber ParsePhone(string text)
        {
            var (kind, number) = SplitPhone(text);
            return new PhoneNumber(kind ?? throw new InvalidOperationException($"'{text}' has no known phone kind."), number);
        }

        /// <summary>Reads a <c>--birthday</c> value that <see cref="Validate"/> accepted.</summary>
        /// <param name="text">The date as yyyy-MM-dd.</param>
        /// <returns>The date.</returns>
        public static NodaTime.LocalDate ParseDate(string text) => NodaTime.Text.LocalDatePattern.Iso.Parse(text.Trim()).Value;

        /// <inheritdoc />
        public override ValidationResult Validate()
        {
            var global = base.Validate();
            if (!global.Successful)
            {
                return global;
            }

            if (Birthday is { } birthday && !NodaTime.Text.LocalDatePattern.Iso.Parse(birthday.Trim()).Success)
            {
                return ValidationResult.Error($"--birthday '{birthday}': write the date as yyyy-MM-dd, e.g. 1980-02-29.");
            }

            if (Prefer is { } prefer && !(Enum.TryParse<PreferredContactMethod>(prefer, ignoreCase: true, out var method) && Enum.IsDefined(method) && !prefer.Trim().All(char.IsDigit)))
            {
                return ValidationResult.Error($"--prefer '{prefer}' is not a contact method; use one of {string.Join(", ", Enum.GetNames<PreferredContactMethod>())}.");
            }

            var badKind = Phones.Select(KindError).FirstOrDefault(e => e is not null);
            return badKind is null ? ValidationResult.Success() : ValidationResult.Error(badKind);
        }

        private static string? KindError(string text)
        {
            var (kind, _) = SplitPhone(text);
            return kind is null
                ? $"--phone '{text}': '{text[..text.IndexOf(':', StringComparison.Ordinal)].Trim()}' is not a phone kind; use one of {string.Join(", ", Enum.GetNames<PhoneKind>())}."
                : null;
        }

        private static (PhoneKind? Kind, string Number) SplitPhone(string text)
        {
            var colon = text.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? (PhoneKind.Business, text) : (KindNamed(text[..colon].Trim()), text[(colon + 1)..]);
        }

        private static PhoneKind? KindNamed(string text)
        {
            // "business-fax", "Business Fax" and "BusinessFax" all name PhoneKind.BusinessFax.
            var squeezed = string.Concat(text.Where(char.IsLetterOrDigit));
            return Enum.TryParse<PhoneKind>(squeezed, ignoreCase: true, out var kind) && Enum.IsDefined(kind) && !squeezed.All(char.IsDigit)
                ? kind
                : null;
        }
    }
}
