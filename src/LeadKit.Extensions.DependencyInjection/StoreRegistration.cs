using System;
using LeadKit.Storage;

namespace LeadKit.Extensions.DependencyInjection;

/// <summary>A store that <see cref="LeadKitOptions.Store"/> can name, and how to open it; registered as a singleton per name.</summary>
internal sealed class StoreRegistration
{
    internal StoreRegistration(string name, Func<IServiceProvider, LeadKitOptions, ILeadKitStore> create)
    {
        Name = name;
        Create = create;
    }

    /// <summary>Gets the name <see cref="LeadKitOptions.Store"/> gives (compared ignoring case).</summary>
    internal string Name { get; }

    /// <summary>Gets how to open the store from the services and the validated options.</summary>
    internal Func<IServiceProvider, LeadKitOptions, ILeadKitStore> Create { get; }
}
