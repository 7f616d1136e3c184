namespace Microsoft.Extensions.DependencyInjection;

/// <summary>
/// What <c>services.AddLeadKit(…)</c> returns, to go on configuring LeadKit: choose a store
/// (<c>UseInMemory()</c>; <c>UseSqlite(…)</c> and <c>UsePostgres(…)</c> from LeadKit.EntityFrameworkCore),
/// replace the clock or the scorer, register a store of your own.
/// </summary>
public interface ILeadKitBuilder
{
    /// <summary>Gets the services LeadKit is registered in.</summary>
    IServiceCollection Services { get; }
}
