using Microsoft.Extensions.DependencyInjection;

namespace LeadKit.Extensions.DependencyInjection;

/// <summary>The <see cref="ILeadKitBuilder"/> <c>AddLeadKit</c> returns.</summary>
internal sealed class LeadKitBuilder : ILeadKitBuilder
{
    internal LeadKitBuilder(IServiceCollection services)
    {
        Services = services;
    }

    public IServiceCollection Services { get; }
}
