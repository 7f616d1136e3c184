namespace LeadKit.Samples.WebApi;

/// <summary>The sample's own settings (section <c>Sample</c>): the workspace it serves and its owner.</summary>
internal sealed class SampleOptions
{
    /// <summary>The configuration section.</summary>
    public const string SectionName = "Sample";

    /// <summary>Gets or sets the workspace's name; created with the default criteria when missing.</summary>
    public string Workspace { get; set; } = "Sales";

    /// <summary>Gets or sets the owner's display name: the acting user of every request.</summary>
    public string Owner { get; set; } = "Olivia Owner";
}
