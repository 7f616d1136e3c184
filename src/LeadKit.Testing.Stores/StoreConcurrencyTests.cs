using System.Collections.Concurrent;
using LeadKit.CustomFields;
using LeadKit.Leads;
using LeadKit.Storage;
using NodaTime;

namespace LeadKit.Testing.Stores;

/// <summary>
/// Many writers at once: each increments a counter on one of a few shared leads with
/// read-modify-write and retries on <see cref="ConcurrencyConflictException"/>. Optimistic
/// concurrency must lose no update (every counter equals the commits made on it) and report every
/// collision as a conflict, never as another error. Derive and implement <see cref="CreateStoreAsync"/>
/// (one store shared by every writer, as an application would).
/// </summary>
public abstract class StoreConcurrencyTests
{
    private const int Writers = 8;
    private const int IncrementsPerWriter = 50;
    private const int SharedLeads = 3;
    private static readonly CustomFieldDefinition Counter = new(RecordKind.Lead, "Counter", CustomFieldType.WholeNumber);

    /// <summary>Creates (or opens) the store under test; it is shared by all writers of a test.</summary>
    /// <param name="clock">The clock the store must use.</param>
    /// <returns>The store; the test initialises it.</returns>
    protected abstract Task<ILeadKitStore> CreateStoreAsync(IClock clock);

    [StoreFact]
    public async Task ParallelReadModifyWrite_LosesNoUpdate()
    {
        var store = await CreateStoreAsync(SystemClock.Instance);
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Concurrency")).Id;
        var leads = Enumerable.Range(0, SharedLeads).Select(i =>
        {
            var lead = Lead.Create(PersonName.Parse($"Shared Lead {i}"), SystemClock.Instance);
            lead.SetCustomField(Counter, CustomFieldValue.FromWholeNumber(0));
            return lead;
        }).ToArray();
        await using (var unit = await store.BeginAsync(workspace))
        {
            await unit.Leads.AddAsync(leads);
            await unit.CommitAsync();
        }

        var commits = new int[SharedLeads];
        var conflicts = 0;
        var failures = new ConcurrentQueue<Exception>();
        var writers = Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            var random = new Random(w);
            for (var i = 0; i < IncrementsPerWriter; i++)
            {
                var target = random.Next(SharedLeads);
                for (var attempt = 0; ; attempt++)
                {
                    try
                    {
                        await using var unit = await store.BeginAsync(workspace);
                        var lead = await unit.Leads.GetAsync(leads[target].Id);
                        var value = lead.CustomFields[Counter.Name].AsWholeNumber;
                        lead.SetCustomField(Counter, CustomFieldValue.FromWholeNumber(value + 1));
                        await unit.Leads.UpdateAsync([lead]);
                        await unit.CommitAsync();
                        Interlocked.Increment(ref commits[target]);
                        break;
                    }
                    catch (ConcurrencyConflictException conflict)
                    {
                        Interlocked.Increment(ref conflicts);
                        if (conflict.RecordId != leads[target].Id.ToString() || conflict.ActualVersion <= conflict.ExpectedVersion || attempt > 10_000)
                        {
                            failures.Enqueue(conflict);
                            return;
                        }
                    }
                    catch (Exception e)
                    {
                        failures.Enqueue(e);
                        return;
                    }
                }
            }
        })).ToArray();
        await Task.WhenAll(writers);

        Assert.Empty(failures);
        Assert.Equal(Writers * IncrementsPerWriter, commits.Sum());
        await using var check = await store.BeginAsync(workspace);
        for (var i = 0; i < SharedLeads; i++)
        {
            var stored = await check.Leads.GetAsync(leads[i].Id);
            Assert.Equal(commits[i], stored.CustomFields[Counter.Name].AsWholeNumber);
            Assert.Equal(1 + commits[i], stored.Version);
        }
    }

    [StoreFact]
    public async Task ParallelAddsOfTheSameLead_OneWinsTheOthersConflict()
    {
        var store = await CreateStoreAsync(SystemClock.Instance);
        await store.InitializeAsync();
        var workspace = (await store.CreateWorkspaceAsync("Concurrency")).Id;
        var id = LeadId.New();
        var wins = 0;
        var conflicts = 0;
        var failures = new ConcurrentQueue<Exception>();

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(w => Task.Run(async () =>
        {
            try
            {
                await using var unit = await store.BeginAsync(workspace);
                await unit.Leads.AddAsync([Lead.Restore(id, PersonName.Parse($"Writer {w}"), SystemClock.Instance.GetCurrentInstant())]);
                await unit.CommitAsync();
                Interlocked.Increment(ref wins);
            }
            catch (ConcurrencyConflictException)
            {
                Interlocked.Increment(ref conflicts);
            }
            catch (Exception e)
            {
                failures.Enqueue(e);
            }
        })));

        Assert.Empty(failures);
        Assert.Equal(1, wins);
        Assert.Equal(Writers - 1, conflicts);
    }
}
