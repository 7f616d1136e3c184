using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using LeadKit.Storage;
using Microsoft.Extensions.Options;

namespace LeadKit.Extensions.DependencyInjection;

/// <summary>Checks <see cref="LeadKitOptions"/> when the host starts: a known store and batch sizes in range; each failure names the setting and says what it accepts.</summary>
internal sealed class LeadKitOptionsValidator : IValidateOptions<LeadKitOptions>
{
    private readonly IEnumerable<StoreRegistration> _stores;

    public LeadKitOptionsValidator(IEnumerable<StoreRegistration> stores)
    {
        _stores = stores;
    }

    public ValidateOptionsResult Validate(string? name, LeadKitOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        var known = _stores.Select(s => s.Name).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (string.IsNullOrWhiteSpace(options.Store))
        {
            failures.Add($"LeadKit:Store is empty; name a registered store: {string.Join(", ", known)}.");
        }
        else if (!known.Contains(options.Store, StringComparer.OrdinalIgnoreCase))
        {
            failures.Add(
                $"LeadKit:Store is '{options.Store}', which is not a registered store; the registered stores are {string.Join(", ", known)}."
                + " Sqlite and Postgres come with LeadKit.EntityFrameworkCore: call AddEntityFrameworkCoreStores(), UseSqlite(…) or UsePostgres(…) on AddLeadKit(…).");
        }

        Range(failures, nameof(LeadKitOptions.BatchSize), options.BatchSize, 1, RecordQuery.MaxLimit);
        Range(failures, nameof(LeadKitOptions.RescorePageSize), options.RescorePageSize, 1, RecordQuery.MaxLimit);
        Range(failures, nameof(LeadKitOptions.StoreBatchSize), options.StoreBatchSize, 1, int.MaxValue);
        if (options.BusyTimeout <= TimeSpan.Zero)
        {
            failures.Add(string.Create(CultureInfo.InvariantCulture, $"LeadKit:BusyTimeout is {options.BusyTimeout}; it must be more than zero (e.g. \"00:00:30\")."));
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Range(List<string> failures, string setting, int value, int min, int max)
    {
        if (value < min || value > max)
        {
            failures.Add(max == int.MaxValue
                ? string.Create(CultureInfo.InvariantCulture, $"LeadKit:{setting} is {value}; it must be at least {min}.")
                : string.Create(CultureInfo.InvariantCulture, $"LeadKit:{setting} is {value}; it must be {min} to {max}."));
        }
    }
}
